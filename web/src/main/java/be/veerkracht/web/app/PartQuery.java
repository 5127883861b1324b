package be.veerkracht.web.app;

import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.portfolio.Criticality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which parts a list shows and in what order: the same filters for the parts page and {@code GET /api/v1/parts}.
 * Every filter is optional; an empty text or null means "any".
 *
 * @param text          part id or description contains it, or a producing country or zone equals it (any case)
 * @param sourcingClass keep one class
 * @param criticality   keep one criticality
 * @param zone          keep parts with an active source in this zone (code, any case)
 * @param country       keep parts with an active source producing in this country (alpha-2, any case)
 * @param hhiBand       keep parts whose supplier concentration is in this band
 */
public record PartQuery(String text, SourcingClass sourcingClass, Criticality criticality, String zone,
                        String country, HhiBand hhiBand, PartOrder order) {

    public PartQuery {
        text = text == null ? "" : text.strip();
        zone = zone == null ? "" : zone.strip().toUpperCase(Locale.ROOT);
        country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        order = order == null ? PartOrder.RISK : order;
    }

    /**
     * From request parameters {@code q}, {@code class}, {@code criticality}, {@code zone}, {@code country},
     * {@code hhi} and {@code sort}, each possibly null or blank.
     *
     * @throws BadQueryParameter for a class, criticality or sort that does not exist
     */
    public static PartQuery parse(Function<String, String> parameter) {
        return new PartQuery(parameter.apply("q"),
                named("class", parameter.apply("class"), SourcingClass.class),
                named("criticality", parameter.apply("criticality"), Criticality.class),
                parameter.apply("zone"), parameter.apply("country"), band(parameter.apply("hhi")),
                order(parameter.apply("sort")));
    }

    /** The matching parts of an assessed snapshot, in this query's order. */
    public List<PartExposure> select(AssessedSnapshot assessed) {
        Predicate<PartExposure> keep = matching();
        String needle = text.toLowerCase(Locale.ROOT);
        String code = text.toUpperCase(Locale.ROOT);
        List<PartExposure> selected = new ArrayList<>();
        // a plain loop: 10,000 parts per request, where a stream per part cost more than the comparisons
        for (PartIndex.Entry entry : assessed.parts().in(order)) {
            if (keep.test(entry.exposure()) && (text.isEmpty() || entry.searchText().contains(needle)
                    || entry.codes().contains(code))) {
                selected.add(entry.exposure());
            }
        }
        return selected;
    }

    private Predicate<PartExposure> matching() {
        Predicate<PartExposure> keep = p -> true;
        if (sourcingClass != null) {
            keep = keep.and(p -> p.sourcingClass() == sourcingClass);
        }
        if (criticality != null) {
            keep = keep.and(p -> p.criticality() == criticality);
        }
        if (!zone.isEmpty()) {
            keep = keep.and(p -> p.zones().contains(zone));
        }
        if (!country.isEmpty()) {
            keep = keep.and(p -> p.countries().contains(country));
        }
        if (hhiBand != null) {
            keep = keep.and(p -> HhiBand.of(p).filter(hhiBand::equals).isPresent());
        }
        return keep;
    }

    private static <E extends Enum<E>> E named(String parameter, String given, Class<E> type) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadQueryParameter(parameter, given);
        }
    }

    private static HhiBand band(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return HhiBand.parse(given.strip()).orElseThrow(() -> new BadQueryParameter("hhi", given));
    }

    private static PartOrder order(String given) {
        if (given == null || given.isBlank()) {
            return PartOrder.RISK;
        }
        Optional<PartOrder> order = PartOrder.parse(given.strip());
        return order.orElseThrow(() -> new BadQueryParameter("sort", given));
    }
}
