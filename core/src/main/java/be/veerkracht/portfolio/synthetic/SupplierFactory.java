package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws the supplier legal entities: country by {@link CountryProfiles} weight, a company name in that country's
 * manner, one to three specialties (mostly the country's strengths), some members of parent groups that span
 * countries, and for some a plant abroad they ship from.
 */
final class SupplierFactory {

    /** One parent group per this many suppliers (assumed). */
    static final int SUPPLIERS_PER_GROUP = 12;
    /** Probability that a supplier belongs to a group, when there are groups (assumed). */
    static final double GROUP_MEMBER_SHARE = 0.18;
    /** Probability that a group member sits in the group's home country; else anywhere. */
    static final double GROUP_MEMBER_AT_HOME = 0.6;
    /** Probability that a specialty is one of the country's strengths rather than any category. */
    static final double STRENGTH_SHARE = 0.8;
    /** Probability that a supplier's row carries a {@code certification} attribute (an extra ERP column). */
    static final double CERTIFIED_SHARE = 0.4;
    static final List<String> CERTIFICATIONS = List.of("ISO 9001", "ISO 9001, ISO 14001", "IATF 16949");
    private static final Spread SIZE = new Spread(1.0, 1.0);
    private static final List<PartCategory> ALL_CATEGORIES = List.of(PartCategory.values());

    private final Draws draws;
    private final WeightedChoice<CountryProfile> countries =
            new WeightedChoice<>(CountryProfiles.supplierCountries(), CountryProfile::supplierWeight);

    SupplierFactory(Draws draws) {
        this.draws = draws;
    }

    private record Group(String name, String stem, CountryProfile home) {
    }

    List<GeneratedSupplier> suppliers(int count) {
        List<Group> groups = groups(count / SUPPLIERS_PER_GROUP);
        String idFormat = "S%0" + Math.max(4, String.valueOf(count).length()) + "d";
        List<GeneratedSupplier> suppliers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Group group = !groups.isEmpty() && draws.chance(GROUP_MEMBER_SHARE) ? draws.pick(groups) : null;
            suppliers.add(supplier(i, String.format(Locale.ROOT, idFormat, i + 1), group));
        }
        return suppliers;
    }

    private List<Group> groups(int count) {
        List<Group> groups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CountryProfile home = countries.draw(draws);
            String stem = draws.pick(home.nameStems());
            groups.add(new Group(stem + " " + draws.pick(List.of("Group", "Holding", "Industries Group")), stem, home));
        }
        return groups;
    }

    private GeneratedSupplier supplier(int index, String id, Group group) {
        boolean atGroupHome = group != null && draws.chance(GROUP_MEMBER_AT_HOME);
        CountryProfile home = atGroupHome ? group.home() : countries.draw(draws);
        String city = draws.pick(home.cities());
        String stem = group != null ? group.stem() : draws.pick(home.nameStems());
        String name = home.companyName(draws, stem, city);
        CountryProfile production = home.offshoreSites().isEmpty() || !draws.chance(home.offshoreShare())
                ? home : CountryProfiles.of(draws.pick(home.offshoreSites()));
        List<PartCategory> specialties = specialties(home);
        double size = SIZE.draw(draws);
        Map<String, String> attributes = draws.chance(CERTIFIED_SHARE)
                ? Map.of("certification", draws.pick(CERTIFICATIONS)) : Map.of();
        Supplier supplier = new Supplier(new SupplierId(id), name, home.code(), city,
                group == null ? null : group.name(), null, attributes);
        return new GeneratedSupplier(index, supplier, home, production, specialties, size);
    }

    private List<PartCategory> specialties(CountryProfile home) {
        int count = draws.between(1, 3);
        Set<PartCategory> specialties = EnumSet.noneOf(PartCategory.class);
        for (int i = 0; i < count; i++) {
            specialties.add(draws.chance(STRENGTH_SHARE) ? draws.pick(home.strengths())
                    : draws.pick(ALL_CATEGORIES));
        }
        return List.copyOf(specialties);
    }
}
