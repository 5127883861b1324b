package be.veerkracht.web.sourcing;

/** A query parameter or body field of the sourcing page or API that cannot be used; the API answers 400 naming it. */
public final class BadSourcingParameter extends RuntimeException {

    private final String parameter;

    public BadSourcingParameter(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    /** The parameter's name, e.g. {@code weights}. */
    public String parameter() {
        return parameter;
    }
}
