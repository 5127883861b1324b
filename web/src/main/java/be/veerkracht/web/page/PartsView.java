package be.veerkracht.web.page;

import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.exposure.SpendShare;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.BadQueryParameter;
import be.veerkracht.web.app.HhiBand;
import be.veerkracht.web.app.PartOrder;
import be.veerkracht.web.app.PartQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts list: each part's criticality, sourcing class, spend and concentration, filtered and ordered by a
 * {@link PartQuery} (the same one {@code GET /api/v1/parts} uses), with the choices of each filter.
 *
 * @param shownLine "N of M parts"; null without a snapshot
 */
public record PartsView(Labels text, boolean hasSnapshot, PartQuery query, List<Choice> classes,
                        List<Choice> criticalities, List<Choice> zones, List<Choice> countries, List<Choice> bands,
                        List<Choice> orders,
                        List<PartRow> rows, String shownLine) {

    /** Rows rendered at most, so a 10,000-part portfolio stays a light page; the filters narrow it. */
    public static final int MAX_ROWS = 500;

    public PartsView {
        rows = List.copyOf(rows);
    }

    /** One option of a filter: its parameter value, its label, and whether the query has it. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** @param href the part's page */
    public record PartRow(String part, String href, String description, String criticality, String sourcingClass,
                          String annualSpend, String hhiSupplier, String hhiZone, String countries) {
    }

    /** @throws PageError 400 when a filter or the order names nothing we know */
    public static PartsView of(Labels text, Optional<AssessedSnapshot> latest, ReferenceGeography geography,
                               Function<String, String> parameter) {
        PartQuery query;
        try {
            query = PartQuery.parse(parameter);
        } catch (BadQueryParameter bad) {
            throw new PageError(400, text.get(PageText.BAD_PARAMETER, bad.parameter(), bad.value()));
        }
        if (latest.isEmpty()) {
            return new PartsView(text, false, query, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), null);
        }
        AssessedSnapshot assessed = latest.get();
        List<PartExposure> matching = query.select(assessed);
        List<PartRow> rows = matching.stream().limit(MAX_ROWS).map(p -> row(text, assessed, p)).toList();
        int all = assessed.assessment().parts().size();
        // the options' labels (country names above all) are the same for every request of one language
        Options options = assessed.inLanguage(Options.class, text.locale(), () -> Options.of(text, geography, assessed));
        return new PartsView(text, true, query,
                choices(options.classes(), query.sourcingClass() == null ? "" : query.sourcingClass().name()),
                choices(options.criticalities(), query.criticality() == null ? "" : query.criticality().name()),
                choices(options.zones(), query.zone()), choices(options.countries(), query.country()),
                choices(options.bands(), query.hhiBand() == null ? "" : query.hhiBand().parameter()),
                choices(options.orders(), query.order().parameter()), rows,
                text.get(PageText.PARTS_SHOWN, text.count(rows.size()), text.count(matching.size()),
                        text.count(all)));
    }

    /** One option of a filter before a request selects any: parameter value and label. */
    record Option(String value, String label) {
    }

    /** Every filter's options in one language, for one snapshot (its zones and countries, largest spend first). */
    record Options(List<Option> classes, List<Option> criticalities, List<Option> zones, List<Option> countries,
                   List<Option> bands, List<Option> orders) {

        static Options of(Labels text, ReferenceGeography geography, AssessedSnapshot assessed) {
            return new Options(
                    Arrays.stream(SourcingClass.values()).map(c -> new Option(c.name(), text.sourcingClass(c))).toList(),
                    Arrays.stream(Criticality.values()).map(c -> new Option(c.name(), c.name())).toList(),
                    assessed.assessment().zones().stream().map(SpendShare::key).map(z -> new Option(z,
                            text.zone(geography, z))).toList(),
                    assessed.assessment().countries().stream().map(SpendShare::key)
                            .map(c -> new Option(c, text.country(c))).toList(),
                    Arrays.stream(HhiBand.values()).map(b -> new Option(b.parameter(),
                            text.get(PageText.valueOf("HHI_" + b.name())))).toList(),
                    Arrays.stream(PartOrder.values()).map(o -> new Option(o.parameter(),
                            text.get(PageText.valueOf("SORT_" + o.name())))).toList());
        }
    }

    private static List<Choice> choices(List<Option> options, String selected) {
        return options.stream().map(o -> new Choice(o.value(), o.label(), o.value().equalsIgnoreCase(selected)))
                .toList();
    }


    private static PartRow row(Labels text, AssessedSnapshot assessed, PartExposure p) {
        return new PartRow(p.part().value(), PartView.path(p.part().value()), assessed.parts().description(p.part()),
                p.criticality().name(),
                text.sourcingClass(p.sourcingClass()), text.eur(p.annualSpendEur()), text.fraction(p.hhiSupplier()),
                text.fraction(p.hhiZone()), String.join(", ", p.countries()));
    }
}
