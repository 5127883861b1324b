package be.veerkracht.simulation;

import java.util.Locale;

/**
 * The written form of a named-scenario event, {@code KIND:TARGET[:DAYS]}, as the command line's {@code --event} and
 * the web application's scenario form take it. Zone, footprint and lane codes are upper-cased (they are written so
 * everywhere); supplier and tool ids are kept as the ERP writes them. Days are required except for a tool (whose
 * {@code rebuild_days} apply then) and must be a whole number of at least 1.
 */
public final class ScenarioEventSyntax {

    /** The forms an event may take, for messages. */
    public static final String SYNTAX =
            "zone:CODE:DAYS, footprint:CODE:DAYS, lane:CODE:DAYS, supplier:ID:DAYS or tool:ID[:DAYS]";

    private ScenarioEventSyntax() {
    }

    /** Text that is not an event; {@link #getMessage()} is the reason, without the text itself. */
    public static final class BadEventException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String text;

        BadEventException(String text, String reason) {
            super(reason);
            this.text = text;
        }

        /** The text as it was given. */
        public String text() {
            return text;
        }

        /** Why it is not an event (the same as {@link #getMessage()}). */
        public String reason() {
            return getMessage();
        }
    }

    /**
     * Reads one event.
     *
     * @throws BadEventException naming why {@code text} is not an event
     */
    public static ScenarioEvent parse(String text) {
        String[] pieces = text.split(":", -1);
        if (pieces.length < 2 || pieces.length > 3 || pieces[1].isBlank()) {
            throw new BadEventException(text, "expected " + SYNTAX);
        }
        String kind = pieces[0].strip().toLowerCase(Locale.ROOT);
        String target = pieces[1].strip();
        Integer days = pieces.length == 3 ? days(text, pieces[2]) : null;
        if (kind.equals("tool")) {
            return new ScenarioEvent.ToolLoss(target, days);
        }
        if (!kind.equals("zone") && !kind.equals("footprint") && !kind.equals("supplier") && !kind.equals("lane")) {
            throw new BadEventException(text, "unknown kind '" + pieces[0] + "'; expected " + SYNTAX);
        }
        if (days == null) {
            throw new BadEventException(text, "give the days the event lasts, e.g. " + kind + ":" + target + ":90");
        }
        return switch (kind) {
            case "zone" -> new ScenarioEvent.ZoneOutage(target.toUpperCase(Locale.ROOT), days);
            case "footprint" -> new ScenarioEvent.FootprintOutage(target.toUpperCase(Locale.ROOT), days);
            case "lane" -> new ScenarioEvent.LaneClosure(target.toUpperCase(Locale.ROOT), days);
            default -> new ScenarioEvent.SupplierOutage(target, days);
        };
    }

    private static int days(String text, String piece) {
        int days;
        try {
            days = Integer.parseInt(piece.strip());
        } catch (NumberFormatException e) {
            throw new BadEventException(text, "days must be a whole number, got '" + piece + "'");
        }
        if (days <= 0) {
            throw new BadEventException(text, "days must be at least 1, got " + days);
        }
        return days;
    }
}
