package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Union General Export Authorisation (Reg. (EU) 2021/821, Art. 12(1)(a) and Annex II, EU001–EU008): exports of
 * the covered items to the destinations are authorised for every registered exporter in the Union.
 *
 * @param destinations          the destinations (empty when {@code anyDestination})
 * @param anyDestination        true when valid for every destination but {@code excludedDestinations} (EU007)
 * @param excludedDestinations  destinations the authorisation names as excluded
 * @param coveredEntries        the items covered; empty means every Annex I item not excluded
 * @param excludedEntries       items excluded (Annex II, Section I, and each authorisation's Part 1)
 * @param excludesAnnexIv       true when Annex IV items are excluded too
 * @param coversGoods           false when it covers only software and technology (EU007)
 * @param coversTechnology      false when the authorisation does not cover technology transfers
 * @param icpRequired           true when it may be used only with an Internal Compliance Programme (EU007)
 * @param registrationRequired  true when the exporter must register before first use (Annex II, registration and reporting requirements)
 * @param condition             the circumstance it is limited to
 */
public record UgeaAuthorisation(String id, String text, String source, Confidence confidence,
                                Set<CountryCode> destinations, boolean anyDestination,
                                Set<CountryCode> excludedDestinations, List<EntryPattern> coveredEntries,
                                List<EntryPattern> excludedEntries, boolean excludesAnnexIv,
                                boolean coversGoods, boolean coversTechnology, boolean icpRequired,
                                boolean registrationRequired, UgeaCondition condition) implements ExportRule {

    public UgeaAuthorisation {
        ExportRule.requireCommon(id, text, source, confidence);
        destinations = Set.copyOf(destinations);
        excludedDestinations = Set.copyOf(excludedDestinations);
        coveredEntries = List.copyOf(coveredEntries);
        excludedEntries = List.copyOf(excludedEntries);
        Objects.requireNonNull(condition, "condition");
        if (!coversGoods && !coversTechnology) {
            throw new IllegalArgumentException(id + ": covers neither goods nor technology");
        }
        if (anyDestination == !destinations.isEmpty()) {
            throw new IllegalArgumentException(id + ": give destinations, or any destination, not both or neither");
        }
    }

    /** True when the authorisation is valid for {@code destination}. */
    public boolean validFor(CountryCode destination) {
        return anyDestination ? !excludedDestinations.contains(destination) : destinations.contains(destination);
    }

    /** The conditions of use a decision shows with it, e.g. "registration required before first use". */
    public List<String> conditionsOfUse() {
        java.util.List<String> conditions = new java.util.ArrayList<>();
        if (registrationRequired) {
            conditions.add("registration required before first use");
        }
        if (icpRequired) {
            conditions.add("an Internal Compliance Programme is required");
        }
        if (condition != UgeaCondition.NONE) {
            conditions.add("only for: " + condition.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return List.copyOf(conditions);
    }
}
