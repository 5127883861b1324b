package be.veerkracht.web.page;

/** A page request that cannot be answered, with its 4xx status and the text to show. Mapped in {@code Routes}. */
public final class PageError extends RuntimeException {

    private final int status;

    public PageError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
