package be.veerkracht.store.screening;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list entry as stored: compact JSON with fixed field order (countries sorted), so the same entry always gives the
 * same text and the same fingerprint (SHA-256 of it), whichever version of the list it came from.
 */
final class ListEntryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ListEntryJson() {
    }

    static String write(ListEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", entry.entryId()).put("kind", entry.kind().name());
        ArrayNode names = node.putArray("names");
        for (ListedName name : entry.names()) {
            names.addObject().put("name", name.name()).put("quality", name.quality().name())
                    .put("language", name.language());
        }
        new TreeSet<>(entry.countries()).forEach(node.putArray("countries")::add);
        entry.birthDates().forEach(node.putArray("birth_dates")::add);
        ArrayNode ids = node.putArray("identifiers");
        for (Identifier id : entry.identifiers()) {
            ids.addObject().put("type", id.type()).put("value", id.value()).put("country", id.country());
        }
        entry.programmes().forEach(node.putArray("programmes")::add);
        node.put("listed_on", entry.listedOn()).put("remarks", entry.remarks());
        return node.toString();
    }

    static ListEntry read(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            List<ListedName> names = new ArrayList<>();
            for (JsonNode name : node.get("names")) {
                names.add(new ListedName(name.get("name").asText(), AliasQuality.valueOf(name.get("quality").asText()),
                        text(name.get("language"))));
            }
            Set<String> countries = new LinkedHashSet<>();
            node.get("countries").forEach(c -> countries.add(c.asText()));
            List<String> births = new ArrayList<>();
            node.get("birth_dates").forEach(b -> births.add(b.asText()));
            List<Identifier> ids = new ArrayList<>();
            for (JsonNode id : node.get("identifiers")) {
                ids.add(new Identifier(text(id.get("type")), id.get("value").asText(), text(id.get("country"))));
            }
            List<String> programmes = new ArrayList<>();
            node.get("programmes").forEach(p -> programmes.add(p.asText()));
            return new ListEntry(node.get("id").asText(), EntryKind.valueOf(node.get("kind").asText()), names,
                    countries, births, ids, programmes, text(node.get("listed_on")), text(node.get("remarks")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException broken) {
            throw new IllegalStateException("a stored sanctions entry is not valid JSON", broken);
        }
    }

    static String fingerprint(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
