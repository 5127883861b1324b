package be.veerkracht.web.imports;

import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An import refused before anything was stored: the HTTP status, the short reason, and every detail. The texts are
 * kept as keys, not strings, because the page shows them in the visitor's language and the API in English.
 */
public final class ImportRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file is not a valid portfolio, or the request carries no file, or an unsafe zip. */
    public static final int BAD_REQUEST = 400;
    /** Larger than {@link ImportLimits#maxUploadBytes()}. */
    public static final int TOO_LARGE = 413;
    /** Neither an xlsx workbook nor a zip. */
    public static final int UNSUPPORTED = 415;

    /** One line of the refusal, in any of the product's languages. */
    @FunctionalInterface
    public interface Detail {
        String in(Locale language);

        static Detail of(ImportText key, Object... args) {
            return language -> Messages.format(key, language, args);
        }
    }

    private final int status;
    private final transient Detail error;
    private final transient List<Detail> details;

    ImportRefusal(int status, Detail error, List<Detail> details) {
        super(error.in(Locale.ENGLISH));
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
        this.details = List.copyOf(details);
    }

    static ImportRefusal of(int status, ImportText error, Detail... details) {
        return new ImportRefusal(status, Detail.of(error), List.of(details));
    }

    /** Every problem the reader found, each as the CLI prints it ({@link Problem#message(Locale)}). */
    static ImportRefusal invalid(InvalidPortfolioException e) {
        List<Detail> problems = e.problems().stream().<Detail>map(p -> p::message).toList();
        return new ImportRefusal(BAD_REQUEST, Detail.of(ImportText.INVALID_PORTFOLIO, e.problems().size()),
                problems);
    }

    static ImportRefusal noFile(boolean api) {
        return of(BAD_REQUEST, ImportText.NO_FILE,
                Detail.of(api ? ImportText.NO_FILE_API_HELP : ImportText.NO_FILE_HELP));
    }

    static ImportRefusal tooLarge(ImportLimits limits) {
        return of(TOO_LARGE, ImportText.TOO_LARGE, Detail.of(ImportText.TOO_LARGE_HELP, limits.maxUploadMib()));
    }

    static ImportRefusal badZip(ImportText detail, Object... args) {
        return of(BAD_REQUEST, ImportText.BAD_ZIP, Detail.of(detail, args));
    }

    public int status() {
        return status;
    }

    public String error(Locale language) {
        return error.in(language);
    }

    public List<String> details(Locale language) {
        return details.stream().map(d -> d.in(language)).toList();
    }
}
