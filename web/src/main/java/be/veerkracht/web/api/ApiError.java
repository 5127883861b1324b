package be.veerkracht.web.api;

import java.util.List;

/**
 * A request the API refuses, answered as {@code {"error": ..., "details": [...]}} with a 4xx status. Thrown by
 * handlers and mapped once, in {@code Routes}.
 */
public final class ApiError extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int UNPROCESSABLE = 422;

    private final int status;
    private final List<String> details;

    public ApiError(int status, String error, List<String> details) {
        super(error);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("an API error is a 4xx, got " + status);
        }
        this.status = status;
        this.details = List.copyOf(details);
    }

    public int status() {
        return status;
    }

    public List<String> details() {
        return details;
    }
}
