package be.veerkracht.inventory.dualsourcing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds a heuristic policy from its code and its parameters under their documented names (the names
 * {@link DualSourcingPolicy#parameters()} gives), e.g. {@code cdi} with {@code expedited_order_up_to=4,
 * regular_order_up_to=9, regular_cap=3}.
 */
public final class PolicyParameters {

    private PolicyParameters() {
    }

    /**
     * Reads {@code name=value,name=value}.
     *
     * @throws IllegalArgumentException on a missing '=', a repeated name or a non-integer value
     */
    public static Map<String, Integer> parse(String text) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String pair : text.split(",", -1)) {
            String[] parts = pair.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("expected name=value pairs separated by commas, got '" + pair
                        + "'");
            }
            String name = parts[0].trim();
            try {
                if (values.put(name, Integer.parseInt(parts[1].trim())) != null) {
                    throw new IllegalArgumentException("'" + name + "' is given twice");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + name + "' must be an integer, got '" + parts[1].trim()
                        + "'", e);
            }
        }
        return values;
    }

    /**
     * The policy with this code (si, di, cdi, tbs) and exactly these parameters.
     *
     * @throws IllegalArgumentException on an unknown code, a missing or unknown name, or values the policy refuses
     */
    public static DualSourcingPolicy policy(String code, Map<String, Integer> values) {
        switch (code) {
            case "si":
                expect(code, values, "expedited_base_stock", "regular_base_stock");
                return new SingleIndexPolicy(values.get("expedited_base_stock"), values.get("regular_base_stock"));
            case "di":
                expect(code, values, "expedited_order_up_to", "regular_order_up_to");
                return new DualIndexPolicy(values.get("expedited_order_up_to"), values.get("regular_order_up_to"));
            case "cdi":
                expect(code, values, "expedited_order_up_to", "regular_order_up_to", "regular_cap");
                return new CappedDualIndexPolicy(values.get("expedited_order_up_to"),
                        values.get("regular_order_up_to"), values.get("regular_cap"));
            case "tbs":
                expect(code, values, "regular_quantity", "expedited_order_up_to");
                return new TailoredBaseSurgePolicy(values.get("regular_quantity"),
                        values.get("expedited_order_up_to"));
            default:
                throw new IllegalArgumentException("parameters can be given for si, di, cdi or tbs, not '" + code
                        + "'");
        }
    }

    private static void expect(String code, Map<String, Integer> values, String... names) {
        if (!values.keySet().equals(Set.of(names))) {
            throw new IllegalArgumentException(code + " takes exactly " + String.join(", ", names) + "; got "
                    + String.join(", ", values.keySet()));
        }
    }
}
