package be.veerkracht.web.stress;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.NamedScenario;
import be.veerkracht.simulation.ScenarioEvent;
import be.veerkracht.simulation.ScenarioEventException;
import be.veerkracht.simulation.ScenarioEventSyntax;
import be.veerkracht.simulation.ScenarioOutages;
import be.veerkracht.simulation.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Named scenarios over one portfolio: events as written ({@link ScenarioEventSyntax}), each checked against the
 * portfolio and geography first so a refusal names the event exactly as the user wrote it.
 */
public final class ScenarioComparison {

    private final ReferenceGeography geography;

    public ScenarioComparison(ReferenceGeography geography) {
        this.geography = Objects.requireNonNull(geography, "geography");
    }

    /** An event that cannot be read or cannot apply: the text as given, and why (in English). */
    public static final class BadEvent extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String text;
        private final String reason;

        BadEvent(String text, String reason) {
            super(text + ": " + reason);
            this.text = text;
            this.reason = reason;
        }

        public String text() {
            return text;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * Runs one scenario: all its events together.
     *
     * @throws BadEvent for the first event that cannot be read or applied
     */
    public ScenarioResult run(Portfolio portfolio, List<String> events, int horizonDays) {
        if (events.isEmpty()) {
            throw new BadEvent("", "give at least one event, e.g. zone:CN_SPHERE:90");
        }
        ScenarioOutages outages = new ScenarioOutages(portfolio, geography);
        List<ScenarioEvent> parsed = new ArrayList<>();
        for (String text : events) {
            ScenarioEvent event;
            try {
                event = ScenarioEventSyntax.parse(text);
                outages.resolve(event);
            } catch (ScenarioEventSyntax.BadEventException e) {
                throw new BadEvent(text, e.reason());
            } catch (ScenarioEventException e) {
                throw new BadEvent(text, e.reason());
            }
            parsed.add(event);
        }
        return new NamedScenario(geography).run(portfolio, parsed, horizonDays);
    }

    /** The events of one line of the page's form: separated by spaces, commas or semicolons. */
    public static List<String> events(String line) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        return List.of(line.strip().split("[\\s,;]+"));
    }
}
