package be.veerkracht.web.map;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SourcingClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Parts whose second source is false security: two or more active sources that one zone takes out together
 * ({@link PartExposure#sameZoneDualSource()}, which includes all sources in one country) or that one named event
 * footprint takes out together ({@link SourcingClass#SAME_FOOTPRINT}, e.g. China + Taiwan inside
 * {@code TAIWAN_STRAIT}). Straight from the exposure assessment (docs/exposure.md); nothing is recomputed.
 */
public final class FlaggedSources {

    /**
     * One flagged part.
     *
     * @param sharedKind  {@code zone} or {@code footprint}: what takes all its sources out together
     * @param sharedCode  the zone's code, or the footprint's ({@link PartExposure#worstFootprint()}, which for
     *                    {@code SAME_FOOTPRINT} is the named footprint covering every source)
     * @param countries   the producing countries of its active sources, sorted
     */
    public record FlaggedPart(String part, SourcingClass sourcingClass, List<String> countries, String sharedKind,
                              String sharedCode, BigDecimal annualSpendEur) {
        public FlaggedPart {
            Objects.requireNonNull(part, "part");
            countries = List.copyOf(countries);
        }
    }

    /** Two producing countries joined by flagged parts (drawn as a red dashed line), {@code from < to}. */
    public record CountryPair(String from, String to, List<String> parts) {
        public CountryPair {
            parts = List.copyOf(parts);
        }
    }

    /** One country where flagged parts have every active source (drawn as a warning triangle). */
    public record SameCountry(String country, List<String> parts) {
        public SameCountry {
            parts = List.copyOf(parts);
        }
    }

    public static final String ZONE = "zone";
    public static final String FOOTPRINT = "footprint";

    private FlaggedSources() {
    }

    /** Largest annual spend first (part id on a tie): the false security that costs most comes first. */
    public static List<FlaggedPart> of(ExposureAssessment assessment) {
        List<FlaggedPart> flagged = new ArrayList<>();
        for (PartExposure part : assessment.parts()) {
            if (part.sameZoneDualSource()) {
                flagged.add(new FlaggedPart(part.part().value(), part.sourcingClass(), part.countries(), ZONE,
                        part.zones().get(0), part.annualSpendEur()));
            } else if (part.sourcingClass() == SourcingClass.SAME_FOOTPRINT) {
                flagged.add(new FlaggedPart(part.part().value(), part.sourcingClass(), part.countries(), FOOTPRINT,
                        part.worstFootprint(), part.annualSpendEur()));
            }
        }
        flagged.sort(Comparator.comparing(FlaggedPart::annualSpendEur).reversed()
                .thenComparing(FlaggedPart::part));
        return List.copyOf(flagged);
    }

    /** Every pair of distinct countries of a flagged part, with the parts joining them. */
    public static List<CountryPair> pairs(List<FlaggedPart> flagged) {
        Map<String, List<String>> byPair = new TreeMap<>();
        for (FlaggedPart part : flagged) {
            List<String> countries = part.countries();
            for (int i = 0; i < countries.size(); i++) {
                for (int j = i + 1; j < countries.size(); j++) {
                    byPair.computeIfAbsent(countries.get(i) + "-" + countries.get(j), k -> new ArrayList<>())
                            .add(part.part());
                }
            }
        }
        return byPair.entrySet().stream()
                .map(e -> new CountryPair(e.getKey().substring(0, 2), e.getKey().substring(3), e.getValue()))
                .toList();
    }

    /** The countries where flagged parts have all their sources, with those parts. */
    public static List<SameCountry> sameCountry(List<FlaggedPart> flagged) {
        Map<String, List<String>> byCountry = new TreeMap<>();
        flagged.stream().filter(p -> p.countries().size() == 1)
                .forEach(p -> byCountry.computeIfAbsent(p.countries().get(0), k -> new ArrayList<>()).add(p.part()));
        return byCountry.entrySet().stream().map(e -> new SameCountry(e.getKey(), e.getValue())).toList();
    }
}
