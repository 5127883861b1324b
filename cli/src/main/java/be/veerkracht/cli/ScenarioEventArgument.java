package be.veerkracht.cli;

import be.veerkracht.simulation.ScenarioEvent;
import java.util.Locale;

/**
 * Reads one {@code --event KIND:TARGET[:DAYS]}. Zone and footprint codes are upper-cased (they are written so
 * everywhere); supplier and tool ids are kept as the ERP writes them.
 */
final class ScenarioEventArgument {

    static final String SYNTAX =
            "zone:CODE:DAYS, footprint:CODE:DAYS, lane:CODE:DAYS, supplier:ID:DAYS or tool:ID[:DAYS]";

    private ScenarioEventArgument() {
    }

    static ScenarioEvent parse(String text) throws BadInputException {
        String[] pieces = text.split(":", -1);
        if (pieces.length < 2 || pieces.length > 3 || pieces[1].isBlank()) {
            throw bad(text, "expected " + SYNTAX);
        }
        String kind = pieces[0].strip().toLowerCase(Locale.ROOT);
        String target = pieces[1].strip();
        Integer days = pieces.length == 3 ? days(text, pieces[2]) : null;
        if (kind.equals("tool")) {
            return new ScenarioEvent.ToolLoss(target, days);
        }
        if (!kind.equals("zone") && !kind.equals("footprint") && !kind.equals("supplier") && !kind.equals("lane")) {
            throw bad(text, "unknown kind '" + pieces[0] + "'; expected " + SYNTAX);
        }
        if (days == null) {
            throw bad(text, "give the days the event lasts, e.g. " + kind + ":" + target + ":90");
        }
        return switch (kind) {
            case "zone" -> new ScenarioEvent.ZoneOutage(target.toUpperCase(Locale.ROOT), days);
            case "footprint" -> new ScenarioEvent.FootprintOutage(target.toUpperCase(Locale.ROOT), days);
            case "lane" -> new ScenarioEvent.LaneClosure(target.toUpperCase(Locale.ROOT), days);
            default -> new ScenarioEvent.SupplierOutage(target, days);
        };
    }

    private static int days(String text, String piece) throws BadInputException {
        int days;
        try {
            days = Integer.parseInt(piece.strip());
        } catch (NumberFormatException e) {
            throw bad(text, "days must be a whole number, got '" + piece + "'");
        }
        if (days <= 0) {
            throw bad(text, "days must be at least 1, got " + days);
        }
        return days;
    }

    static BadInputException bad(String text, String reason) {
        return new BadInputException("scenario: --event " + text + ": " + reason);
    }
}
