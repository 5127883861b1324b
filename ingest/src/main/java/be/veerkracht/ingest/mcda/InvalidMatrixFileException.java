package be.veerkracht.ingest.mcda;

import be.veerkracht.portfolio.Problem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A matrix file that cannot be used, with every problem found, each naming file, row and column. */
public final class InvalidMatrixFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidMatrixFileException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0).message(Locale.ENGLISH));
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
