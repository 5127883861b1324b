package be.veerkracht.web.page;

/** A page that says what went wrong, in the layout, without internals. */
public record ErrorView(Labels text, String message) {
}
