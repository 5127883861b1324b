package be.veerkracht.ingest.reference;

import be.veerkracht.portfolio.Problem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Override files that cannot be used, with every problem found (not just the first), each naming the file, row and
 * column as a spreadsheet shows them. Nothing of the overrides is applied. The CLI reports it like an invalid
 * portfolio (exit code 2).
 */
public final class InvalidReferenceDataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidReferenceDataException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the reference data overrides, first: "
                + problems.get(0).message(Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one a line, in the user's language. */
    public String report(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(System.lineSeparator()));
    }
}
