package be.veerkracht.simulation;

/** An event that cannot apply to this portfolio and geography (an unknown code, a lane delay); names the event. */
public final class ScenarioEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ScenarioEvent event;
    private final String reason;

    public ScenarioEventException(ScenarioEvent event, String reason) {
        super(event.label() + ": " + reason);
        this.event = event;
        this.reason = reason;
    }

    /** Why, without the event's label: for a caller that names the event as the user wrote it. */
    public String reason() {
        return reason;
    }

    public ScenarioEvent event() {
        return event;
    }
}
