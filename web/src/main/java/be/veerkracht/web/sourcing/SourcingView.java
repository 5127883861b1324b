package be.veerkracht.web.sourcing;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.sourcing.landed.EmissionFactor;
import be.veerkracht.sourcing.landed.TransportReference;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.web.page.Labels;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The page {@code /sourcing}: the data form, the live form (weight sliders, method, incumbent, rule) and the result
 * fragment ({@link SourcingResultView}), the data's source and date, and the emission factors with theirs.
 *
 * @param text       the texts in the visitor's language
 * @param reference  true when the matrix was built from the reference data ({@code countries} given)
 * @param countries  the codes typed, comma-separated; empty for the sample
 * @param dataSource where the country data come from and their date
 * @param criteria   one row per criterion with its slider
 * @param methods    the method select
 * @param incumbents the incumbent select (first: none)
 * @param rules      the rule select
 * @param result     the ranking; null when the settings were refused
 * @param refused    why the settings were refused; null otherwise
 * @param notes      the data's notes
 * @param factors    the emission factors with source and date
 * @param transportVersion the version of the transport tables
 * @param emissions  the Scope 3 cat. 4 line of the newest snapshot; null before the first import
 * @param parts      part ids of the newest snapshot for the landed-cost select
 */
public record SourcingView(Labels text, boolean reference, String countries, String dataSource,
                           List<CriterionRow> criteria, List<Choice> methods, List<Choice> incumbents,
                           List<Choice> rules, SourcingResultView result, String refused, List<String> notes,
                           List<FactorRow> factors, String transportVersion, String emissions, List<String> parts) {

    /**
     * Incumbents offered in the select besides the candidates: the countries a "plus one" is usually sought for.
     * The API takes any ISO code.
     */
    public static final List<String> INCUMBENTS = List.of("CN", "TW", "HK", "IN", "US", "JP", "KR");

    /** One criterion: name, type, unit, source, and its slider (0..100, the weight in per cent). */
    public record CriterionRow(int index, String name, String type, String unit, String source, int slider,
                               String weight) {
    }

    /** One option of a select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** One emission factor as shipped. */
    public record FactorRow(String mode, String gramsPerTonneKm, String basis, String status, String source,
                            String date) {
    }

    static String typeLabel(Labels text, CriterionType type) {
        return text.get(type == CriterionType.BENEFIT ? SourcingText.TYPE_BENEFIT : SourcingText.TYPE_COST);
    }

    static List<FactorRow> factors(Labels text, TransportReference transport) {
        return transport.factors().stream().map((EmissionFactor f) -> new FactorRow(f.mode().code(),
                text.number(f.gramsCo2ePerTonneKm()), f.basis().toString(),
                text.get(f.verified() ? SourcingText.VERIFIED : SourcingText.ASSUMPTION),
                f.source() + " (" + f.version() + ")", String.valueOf(f.date()))).toList();
    }

    static List<Choice> incumbents(Labels text, CountryCode selected, List<String> candidates) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", text.get(SourcingText.INCUMBENT_NONE), selected == null));
        LinkedHashSet<String> codes = new LinkedHashSet<>(INCUMBENTS);
        codes.addAll(candidates);
        if (selected != null) {
            codes.add(selected.alpha2());
        }
        for (String code : codes) {
            choices.add(new Choice(code, code + " · " + text.country(code), selected != null
                    && selected.alpha2().equals(code)));
        }
        return choices;
    }
}
