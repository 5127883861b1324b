package be.veerkracht.ingest.sanctions;

import java.util.Objects;

/**
 * A sanctions-list file that cannot be read as its format says: not XML, the wrong root element, a required field
 * missing, a date that is no date, a truncated file. The whole file is refused; a reader never returns part of a list.
 *
 * <p>The message names the file, the line and the field, like the portfolio import does:
 * {@code SDN.CSV: line 3, ent_num: must be a whole number, got 'x'}. For XML the line is the one the StAX parser
 * reports for the element (or the point where the XML broke); for CSV it is the line on which the record ends
 * (the record's own line for the usual one-line record).
 */
public final class InvalidSanctionsListException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The line number used when no line can be named (e.g. a file that is missing as a whole). */
    public static final long NO_LINE = 0;

    private final String file;
    private final long line;
    private final String field;
    private final String problem;

    public InvalidSanctionsListException(String file, long line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public InvalidSanctionsListException(String file, long line, String field, String problem, Throwable cause) {
        super(format(file, line, field, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.field = field;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String file, long line, String field, String problem) {
        StringBuilder where = new StringBuilder();
        if (line > NO_LINE) {
            where.append("line ").append(line);
        }
        if (field != null) {
            where.append(where.length() > 0 ? ", " : "").append(field);
        }
        return file + (where.length() > 0 ? ": " + where : "") + ": " + problem;
    }

    /** The file name (not the full path) of the refused file. */
    public String file() {
        return file;
    }

    /** The line of the problem, {@link #NO_LINE} when none can be named. */
    public long line() {
        return line;
    }

    /** The element, attribute or column at fault; null when the problem is the file as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
