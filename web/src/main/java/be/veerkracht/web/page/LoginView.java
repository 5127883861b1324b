package be.veerkracht.web.page;

/**
 * The login form: its CSRF token, the name typed last time, and the message of a refused attempt (null for none).
 */
public record LoginView(Labels text, String csrfToken, String name, String message) {
}
