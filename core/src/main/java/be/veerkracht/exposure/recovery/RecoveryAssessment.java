package be.veerkracht.exposure.recovery;

import be.veerkracht.action.Action;
import java.util.List;
import java.util.Objects;

/**
 * Every disrupted node's time to survive, time to recover and performance impact, with the actions they call for.
 *
 * @param nodes            sorted by performance impact, largest first, then kind, then id
 * @param actions          for the exposed nodes' parts that run short, origin {@code exposure/TTS_TTR}
 * @param assumptions      the model's simplifications, in English
 * @param geographyVersion the reference geography used
 * @param catalogueVersion the event catalogue used
 */
public record RecoveryAssessment(List<NodeRecovery> nodes, List<Action> actions, List<String> assumptions,
                                 String geographyVersion, String catalogueVersion) {

    public RecoveryAssessment {
        nodes = List.copyOf(nodes);
        actions = List.copyOf(actions);
        assumptions = List.copyOf(assumptions);
        Objects.requireNonNull(geographyVersion, "geographyVersion");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    }
}
