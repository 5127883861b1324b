package be.veerkracht.cli;

import be.veerkracht.simulation.ScenarioEvent;
import be.veerkracht.simulation.ScenarioEventSyntax;

/**
 * Reads one {@code --event KIND:TARGET[:DAYS]} by the rules of {@link ScenarioEventSyntax} (shared with the web
 * application's scenario form), refusing as the command line does: naming the option and the value.
 */
final class ScenarioEventArgument {

    static final String SYNTAX = ScenarioEventSyntax.SYNTAX;

    private ScenarioEventArgument() {
    }

    static ScenarioEvent parse(String text) throws BadInputException {
        try {
            return ScenarioEventSyntax.parse(text);
        } catch (ScenarioEventSyntax.BadEventException e) {
            throw bad(text, e.reason());
        }
    }

    static BadInputException bad(String text, String reason) {
        return new BadInputException("scenario: --event " + text + ": " + reason);
    }
}
