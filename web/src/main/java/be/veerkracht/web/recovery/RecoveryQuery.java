package be.veerkracht.web.recovery;

import be.veerkracht.exposure.recovery.NodeKind;
import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.web.app.BadQueryParameter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which nodes to list: {@code kind} ({@code supplier}, {@code site}, {@code footprint}, {@code zone}; any case;
 * absent or empty for all) and {@code exposed} ({@code true} for only the nodes whose time to survive is shorter than
 * their time to recover, {@code false} or absent for all).
 *
 * @param kind        null for every kind
 * @param exposedOnly only the exposed nodes
 */
public record RecoveryQuery(NodeKind kind, boolean exposedOnly) {

    public static final String KIND = "kind";
    public static final String EXPOSED = "exposed";

    /** Every node. */
    public static final RecoveryQuery ALL = new RecoveryQuery(null, false);

    /**
     * From request parameters.
     *
     * @throws BadQueryParameter naming the parameter whose value we do not know
     */
    public static RecoveryQuery parse(Function<String, String> parameter) {
        String kindText = parameter.apply(KIND);
        NodeKind kind = null;
        if (kindText != null && !kindText.isBlank()) {
            kind = NodePaths.kind(kindText).orElseThrow(() -> new BadQueryParameter(KIND, kindText));
        }
        String exposedText = parameter.apply(EXPOSED);
        boolean exposed = false;
        if (exposedText != null && !exposedText.isBlank()) {
            exposed = switch (exposedText.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new BadQueryParameter(EXPOSED, exposedText);
            };
        }
        return new RecoveryQuery(kind, exposed);
    }

    /** The nodes that pass, in the order given. */
    public List<NodeRecovery> select(List<NodeRecovery> nodes) {
        return nodes.stream().filter(n -> kind == null || n.node().kind() == kind)
                .filter(n -> !exposedOnly || n.exposed()).toList();
    }
}
