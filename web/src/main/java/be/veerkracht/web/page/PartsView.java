package be.veerkracht.web.page;

import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.web.app.AssessedSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The parts list: each part's criticality, sourcing class, spend and concentration, filtered by a search text
 * (part id, producing country or zone, case-insensitive) and optionally by one sourcing class.
 *
 * @param query         the search text as given, "" for none
 * @param sourcingClass the class filter as given, "" for none
 * @param shownLine     "N of M parts"; null without a snapshot
 */
public record PartsView(Labels text, boolean hasSnapshot, String query, String sourcingClass, List<PartRow> rows,
                        String shownLine) {

    /** Rows rendered at most, so a 10,000-part portfolio stays a light page; the search narrows it. */
    public static final int MAX_ROWS = 500;

    public PartsView {
        rows = List.copyOf(rows);
    }

    /** @param href the part's page */
    public record PartRow(String part, String href, String criticality, String sourcingClass, String annualSpend,
                          String hhiSupplier, String hhiZone, String countries) {
    }

    /** @throws PageError 400 when {@code sourcingClass} names no class */
    public static PartsView of(Labels text, Optional<AssessedSnapshot> latest, String query, String sourcingClass) {
        String q = query == null ? "" : query.strip();
        String c = sourcingClass == null ? "" : sourcingClass.strip();
        Predicate<PartExposure> byClass = byClass(text, c);
        if (latest.isEmpty()) {
            return new PartsView(text, false, q, c, List.of(), null);
        }
        List<PartExposure> all = latest.get().assessment().parts();
        List<PartExposure> matching = all.stream().filter(byClass.and(matches(q))).toList();
        List<PartRow> rows = matching.stream().limit(MAX_ROWS).map(p -> row(text, p)).toList();
        return new PartsView(text, true, q, c, rows,
                text.get(PageText.PARTS_SHOWN, text.count(rows.size()), text.count(matching.size()),
                        text.count(all.size())));
    }

    private static Predicate<PartExposure> byClass(Labels text, String given) {
        if (given.isEmpty()) {
            return p -> true;
        }
        try {
            SourcingClass wanted = SourcingClass.valueOf(given.toUpperCase(Locale.ROOT));
            return p -> p.sourcingClass() == wanted;
        } catch (IllegalArgumentException unknown) {
            throw new PageError(400, text.get(PageText.BAD_CLASS, given));
        }
    }

    private static Predicate<PartExposure> matches(String query) {
        if (query.isEmpty()) {
            return p -> true;
        }
        String needle = query.toLowerCase(Locale.ROOT);
        return p -> p.part().value().toLowerCase(Locale.ROOT).contains(needle)
                || p.countries().stream().anyMatch(c -> c.equalsIgnoreCase(needle))
                || p.zones().stream().anyMatch(z -> z.equalsIgnoreCase(needle));
    }

    private static PartRow row(Labels text, PartExposure p) {
        return new PartRow(p.part().value(), PartView.path(p.part().value()), p.criticality().name(), p.sourcingClass().name(),
                text.eur(p.annualSpendEur()), text.fraction(p.hhiSupplier()), text.fraction(p.hhiZone()),
                String.join(", ", p.countries()));
    }
}
