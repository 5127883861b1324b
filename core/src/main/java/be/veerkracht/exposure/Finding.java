package be.veerkracht.exposure;

import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.PartId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong with one part's sourcing, ranked by {@code score}.
 *
 * @param score criticality weight × annual spend (EUR) × the kind's exposure weight: the ranking key
 * @param args  the message arguments, already formatted
 */
public record Finding(PartId part, FindingKind kind, Severity severity, double score, List<String> args) {

    public Finding {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        args = List.copyOf(args);
    }

    public String message(Locale locale) {
        return Messages.format(kind, locale, args.toArray());
    }
}
