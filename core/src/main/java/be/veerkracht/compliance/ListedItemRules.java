package be.veerkracht.compliance;

import java.util.List;
import java.util.Optional;

/**
 * Steps 5 to 8 of the {@link ExportCheck} precedence, for an item listed in Annex I that is neither prohibited nor
 * caught by a catch-all: a transfer inside the Union (Art. 11(1), Annex IV, the Benelux exception) or an export out
 * of it (a general authorisation of Annex II, else an individual licence under Art. 3(1)).
 */
final class ListedItemRules {

    private ListedItemRules() {
    }

    static ExportDecision intraUnion(RuleIndex index, ExportQuery query, DualUseCode code, EuMemberState member,
                                     DecisionDraft draft) {
        draft.apply(member).apply(LegalBasis.INTRA_EU_TRANSFER);
        List<AnnexIvEntry> annexIv = index.annexIv(code);
        if (annexIv.isEmpty()) {
            return draft.because(code + " is not an Annex IV item: it moves freely to " + query.destination()
                    + ", a member state.").decide(Decision.NO_LICENCE_REQUIRED);
        }
        annexIv.forEach(draft::apply);
        finerFlags(annexIv.stream().map(AnnexIvEntry::entry).toList(), code, "Annex IV", draft);
        Optional<BeneluxException> from = index.benelux(query.origin());
        Optional<BeneluxException> to = index.benelux(query.destination());
        if (from.isPresent() && to.isPresent()) {
            draft.apply(from.get()).apply(to.get());
            return draft.because(code + " is an Annex IV item, but " + query.origin() + " and "
                    + query.destination() + " are Benelux countries: no licence (Benelux exception).")
                    .decide(Decision.NO_LICENCE_REQUIRED);
        }
        return draft.because(code + " is an Annex IV item: even inside the Union its transfer needs an "
                + "authorisation.").decide(Decision.INDIVIDUAL_LICENCE);
    }

    static ExportDecision thirdCountry(RuleIndex index, ExportQuery query, DualUseCode code, DecisionDraft draft) {
        draft.apply(LegalBasis.EXPORT_NEEDS_AUTHORISATION);
        List<AnnexIvEntry> annexIv = index.annexIv(code);
        finerFlags(annexIv.stream().map(AnnexIvEntry::entry).toList(), code, "Annex IV", draft);
        Optional<Embargo> armsEmbargo = index.embargo(query.destination(), Embargo.Kind.ARMS_EMBARGO);
        if (armsEmbargo.isPresent()) {
            draft.apply(armsEmbargo.get()).apply(LegalBasis.NO_UGEA_UNDER_ARMS_EMBARGO);
            return draft.because(query.destination() + " is under an EU arms embargo: no general authorisation; "
                    + code + " needs an individual licence.").decide(Decision.INDIVIDUAL_LICENCE);
        }
        for (UgeaAuthorisation ugea : index.ugeas()) {
            if (ugea.validFor(query.destination())) {
                finerFlags(ugea.excludedEntries(), code, ugea.id() + " exclusion", draft);
            }
        }
        UgeaFinder.Result result = UgeaFinder.find(index, code, query);
        if (result.found().isPresent()) {
            UgeaAuthorisation ugea = result.found().get();
            draft.apply(ugea);
            return draft.because(ugea.id() + " covers " + code + " to " + query.destination() + " ("
                    + String.join("; ", ugea.conditionsOfUse()) + ").")
                    .decide(Decision.UGEA, Optional.of(Authorisation.of(ugea)));
        }
        String refused = result.refusals().isEmpty() ? "No general authorisation is valid for "
                + query.destination() + "." : "No general authorisation covers it: "
                + String.join("; ", result.refusals()) + ".";
        return draft.because(refused + " " + code + " needs an individual licence from the authority (in "
                + "Flanders: Dienst Controle Strategische Goederen).").decide(Decision.INDIVIDUAL_LICENCE);
    }

    /** Asks for a finer classification where a restricting pattern is finer than the item's code. */
    private static void finerFlags(List<EntryPattern> patterns, DualUseCode code, String what, DecisionDraft draft) {
        for (EntryPattern pattern : patterns) {
            if (pattern.isFinerThan(code)) {
                draft.flag(ReviewFlag.Kind.FINER_CLASSIFICATION, code.code(), code + " is classified less finely "
                        + "than " + what + " entry " + pattern + ": it was treated as falling under it; classify "
                        + "to the sub-item to know.", LegalBasis.REGULATION + ", Annex I");
            }
        }
    }
}
