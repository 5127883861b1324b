package be.veerkracht.cli;

/** Input a command cannot use (a file it cannot write, a value out of range), reported as exit code 2. */
final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
