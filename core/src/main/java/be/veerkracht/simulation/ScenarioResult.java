package be.veerkracht.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a named scenario costs the portfolio.
 *
 * @param events       the events as applied (a tool's rebuild days filled in)
 * @param totalLossEur the sum of every part's loss, EUR, exact
 * @param parts        the parts that lost demand, largest loss first, then by id
 * @param assumptions  the model's rules, in English, to show with the result
 */
public record ScenarioResult(List<ScenarioOutages.ResolvedEvent> events, int horizonDays, BigDecimal totalLossEur,
                             List<PartLoss> parts, List<String> assumptions) {

    public ScenarioResult {
        events = List.copyOf(events);
        Objects.requireNonNull(totalLossEur, "totalLossEur");
        parts = List.copyOf(parts);
        assumptions = List.copyOf(assumptions);
    }
}
