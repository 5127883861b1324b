package be.veerkracht.store.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code attributes} of a part, supplier or link (import columns the model does not use) as a JSON object
 * of text, sorted by key: readable in SQL ({@code attributes::json ->> 'colour'} on PostgreSQL) and exact.
 */
final class AttributesJson {

    private static final JsonMapper MAPPER = new JsonMapper();
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };

    private AttributesJson() {
    }

    static String write(Map<String, String> attributes) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings is always JSON", impossible);
        }
    }

    static Map<String, String> read(String json) {
        try {
            return MAPPER.readValue(json, TEXT_MAP);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("attributes are not a JSON object of text: "
                    + malformed.getOriginalMessage(), malformed);
        }
    }
}
