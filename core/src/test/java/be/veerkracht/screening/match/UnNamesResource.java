package be.veerkracht.screening.match;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.ListVersion;
import be.veerkracht.screening.ListedName;
import be.veerkracht.screening.SanctionsList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The UN list's names as a test resource ({@link UnNamesExtractor}), read back into list entries. */
final class UnNamesResource {

    static final String RESOURCE = "un_names_2026-02-27.tsv";
    /** Not the file's hash (the resource is an extract): a fixed marker so versions are well-formed. */
    private static final String EXTRACT_HASH = "0".repeat(63) + "1";

    private UnNamesResource() {
    }

    /** Entries in file order, names primary first. */
    static List<ListEntry> entries() {
        Map<String, EntryKind> kinds = new LinkedHashMap<>();
        Map<String, List<ListedName>> names = new LinkedHashMap<>();
        try (InputStream in = UnNamesResource.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                kinds.putIfAbsent(f[0], EntryKind.valueOf(f[1]));
                names.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new ListedName(f[4], AliasQuality.valueOf(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ListEntry> entries = new ArrayList<>();
        names.forEach((id, list) -> entries.add(new ListEntry(id, kinds.get(id), list, Set.of(), List.of(),
                List.of(), List.of(), null, null)));
        return entries;
    }

    static SanctionsList list() {
        List<ListEntry> entries = entries();
        return new SanctionsList(new ListVersion(ListSource.UN, LocalDate.of(2026, 2, 27), EXTRACT_HASH,
                entries.size()), entries);
    }
}
