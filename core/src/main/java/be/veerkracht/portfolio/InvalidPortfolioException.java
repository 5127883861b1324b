package be.veerkracht.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A portfolio that cannot be accepted, with every problem found (not just the first). */
public final class InvalidPortfolioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public InvalidPortfolioException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0).message(Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** "3 problem(s); nothing was stored", in the user's language. */
    public String summary(Locale locale) {
        return be.veerkracht.i18n.Messages.format(Problem.Label.SUMMARY, locale, String.valueOf(problems.size()));
    }

    /** Every problem, one a line, in the user's language. */
    public String report(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(System.lineSeparator()));
    }
}
