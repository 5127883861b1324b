package be.veerkracht.web.app;

/**
 * A filter or sort parameter that names nothing we know; the page and the API each turn it into their own 400.
 *
 * @see PartQuery#parse
 */
public final class BadQueryParameter extends RuntimeException {

    private final String parameter;
    private final String value;

    public BadQueryParameter(String parameter, String value) {
        super(parameter + ": unknown value '" + value + "'");
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
