package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the first Union General Export Authorisation, in rule-set order, that covers an export: valid for the
 * destination, limited to a circumstance the exporter stated (or to none), covering the item, not excluding it
 * (an exclusion finer than the classification counts, see {@link EntryPattern#overlaps}), not excluding Annex IV
 * items when the item is one, and covering technology when technology is sent. Linear in authorisations × patterns.
 */
final class UgeaFinder {

    /** The authorisation found, and why the others valid for the destination were not usable. */
    record Result(Optional<UgeaAuthorisation> found, List<String> refusals) {
    }

    private UgeaFinder() {
    }

    static Result find(RuleIndex index, DualUseCode code, ExportQuery query) {
        boolean annexIv = !index.annexIv(code).isEmpty();
        List<String> refusals = new ArrayList<>();
        for (UgeaAuthorisation ugea : index.ugeas()) {
            String refusal = refusal(ugea, code, query, annexIv, query.destination());
            if (refusal == null) {
                return new Result(Optional.of(ugea), refusals);
            }
            if (ugea.validFor(query.destination())) {
                refusals.add(ugea.id() + ": " + refusal);
            }
        }
        return new Result(Optional.empty(), refusals);
    }

    /** Why the authorisation does not cover this export, or null when it does. */
    private static String refusal(UgeaAuthorisation ugea, DualUseCode code, ExportQuery query, boolean annexIv,
                                  CountryCode destination) {
        if (!ugea.validFor(destination)) {
            return "not valid for " + destination;
        }
        if (ugea.condition() != UgeaCondition.NONE && !query.circumstances().contains(ugea.condition())) {
            return "only for " + ugea.condition();
        }
        if (!ugea.coveredEntries().isEmpty() && ugea.coveredEntries().stream().noneMatch(p -> p.covers(code))) {
            return code + " is not among the items it covers";
        }
        Optional<EntryPattern> excluded = ugea.excludedEntries().stream().filter(p -> p.overlaps(code)).findFirst();
        if (excluded.isPresent()) {
            return code + " is excluded (" + excluded.get() + ")";
        }
        if (annexIv && ugea.excludesAnnexIv()) {
            return code + " is an Annex IV item, which it excludes";
        }
        if (!query.technology() && !ugea.coversGoods()) {
            return "it covers software and technology only";
        }
        if (query.technology() && !ugea.coversTechnology()) {
            return "it does not cover technology";
        }
        return null;
    }
}
