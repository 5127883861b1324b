package be.veerkracht.portfolio;

import java.util.Map;
import java.util.TreeMap;

/**
 * Extra columns kept with a record, normalised as the importer reads cells: names and values stripped, empty
 * values dropped, sorted by name. So a record made in code equals the one read back from its file.
 */
final class Attributes {

    private Attributes() {
    }

    static Map<String, String> normalised(Map<String, String> attributes) {
        Map<String, String> result = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                if (name != null && !name.isBlank() && value != null && !value.isBlank()) {
                    result.put(name.strip(), value.strip());
                }
            });
        }
        return Map.copyOf(result);
    }
}
