package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides who supplies each part: a {@link SourcingPattern}, then suppliers specialised in the part's category
 * (weighted by their size, so big suppliers carry many parts), any supplier when no specialist exists. A second
 * source is any other specialist, so some pairs sit in one region and some straddle two (China + Taiwan happens).
 */
final class SourcingPlanner {

    /** Draws of a second specialist before falling back to any other supplier. */
    private static final int SECOND_SOURCE_TRIES = 8;

    private final List<GeneratedSupplier> suppliers;
    private final Draws draws;
    private final LinkFactory links;
    private final WeightedChoice<SourcingPattern> patterns =
            new WeightedChoice<>(List.of(SourcingPattern.values()), p -> p.probability);
    private final Map<PartCategory, WeightedChoice<GeneratedSupplier>> specialists =
            new EnumMap<>(PartCategory.class);

    SourcingPlanner(List<GeneratedSupplier> suppliers, Draws draws) {
        this.suppliers = List.copyOf(suppliers);
        this.draws = draws;
        this.links = new LinkFactory(draws);
        WeightedChoice<GeneratedSupplier> anyone = new WeightedChoice<>(this.suppliers, GeneratedSupplier::size);
        for (PartCategory category : PartCategory.values()) {
            List<GeneratedSupplier> makers =
                    this.suppliers.stream().filter(s -> s.specialties().contains(category)).toList();
            specialists.put(category,
                    makers.isEmpty() ? anyone : new WeightedChoice<>(makers, GeneratedSupplier::size));
        }
    }

    /** The sources of one part; their shares sum to exactly 1. */
    List<SourcingLink> links(GeneratedPart part) {
        SourcingPattern pattern = patterns.draw(draws);
        if (pattern.needsTwoSuppliers() && suppliers.size() < 2) {
            pattern = SourcingPattern.SINGLE;
        }
        WeightedChoice<GeneratedSupplier> choice = specialists.get(part.category());
        GeneratedSupplier first = choice.draw(draws);
        List<BigDecimal> shares = pattern.shares;
        if (pattern == SourcingPattern.SINGLE) {
            return List.of(links.link(part, first, first.production(), null, shares.get(0), false));
        }
        if (pattern.sameSupplier) {
            return twoSites(part, first, shares);
        }
        GeneratedSupplier second = secondSource(choice, first);
        boolean candidate = shares.get(1).signum() == 0;
        return List.of(links.link(part, first, first.production(), null, shares.get(0), false),
                links.link(part, second, second.production(), null, shares.get(1), candidate));
    }

    /** The home plant and a second plant: abroad where the supplier has one, else another town at home. */
    private List<SourcingLink> twoSites(GeneratedPart part, GeneratedSupplier supplier, List<BigDecimal> shares) {
        CountryProfile home = supplier.home();
        String homeCity = supplier.supplier().city();
        CountryProfile other = supplier.production();
        String otherCity = other == home ? anotherCity(home, homeCity) : draws.pick(other.cities());
        return List.of(links.link(part, supplier, home, homeCity, shares.get(0), false),
                links.link(part, supplier, other, otherCity, shares.get(1), false));
    }

    private String anotherCity(CountryProfile country, String city) {
        List<String> others = country.cities().stream().filter(c -> !c.equals(city)).toList();
        return draws.pick(others);
    }

    private GeneratedSupplier secondSource(WeightedChoice<GeneratedSupplier> choice, GeneratedSupplier first) {
        for (int i = 0; i < SECOND_SOURCE_TRIES; i++) {
            GeneratedSupplier second = choice.draw(draws);
            if (second.index() != first.index()) {
                return second;
            }
        }
        int offset = draws.between(1, suppliers.size() - 1);
        return suppliers.get((first.index() + offset) % suppliers.size());
    }
}
