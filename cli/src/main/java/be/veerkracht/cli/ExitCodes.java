package be.veerkracht.cli;

/** The exit codes of every command, listed in {@code --help} and {@code docs/cli.md}. */
public final class ExitCodes {

    /** Done as asked. */
    public static final int OK = 0;
    /** Something unexpected went wrong; the message says what. */
    public static final int UNEXPECTED = 1;
    /** Bad input or usage: a broken file, an unknown option. Nothing was stored. */
    public static final int BAD_INPUT = 2;
    /** A verification failed, e.g. the audit chain was edited. */
    public static final int VERIFICATION_FAILED = 3;

    /** What each code means, as every command's help lists it. */
    public static final java.util.Map<String, String> HELP = new java.util.LinkedHashMap<>();

    static {
        HELP.put("0", "Successful");
        HELP.put("1", "Unexpected error (the message says what)");
        HELP.put("2", "Bad input or usage; nothing was stored");
        HELP.put("3", "A verification failed");
    }

    private ExitCodes() {
    }
}
