package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.List;
import java.util.Optional;

/**
 * The export-control decision engine: answers one {@link ExportQuery} from an {@link ExportRuleSet} under
 * Regulation (EU) 2021/821 of the European Parliament and of the Council of 20 May 2021 setting up a Union regime for
 * the control of exports, brokering, technical assistance, transit and transfer of dual-use items (recast), OJ L 206,
 * 11.6.2021, p. 1, and the sanctions the rule set names. Deterministic, no I/O: the same query and rules give the
 * same decision. Described in docs/export-control.md.
 *
 * <p>Precedence, first match decides (each step cites its rules):
 * <ol>
 *   <li>Same country: no export ({@code NOT_LISTED} for a not-listed item, else {@code NO_LICENCE_REQUIRED},
 *       classified or not: nothing leaves).</li>
 *   <li>Prohibition: a sanctions ban on Annex I items for the destination makes a listed item {@code PROHIBITED}
 *       (e.g. Reg. (EU) 833/2014, Art. 2, Russia).</li>
 *   <li>Catch-all (exports out of the Union only): a WMD/missile end use (Art. 4(1)(a)), a military end use in an
 *       arms-embargoed country (Art. 4(1)(b)) or cyber-surveillance (Art. 5(1)) needs an
 *       {@code INDIVIDUAL_LICENCE}, listed or not, classified or not.</li>
 *   <li>Unclassified item: {@code UNCLASSIFIED} (classify first). Not listed: {@code NOT_LISTED}, with a
 *       principal-element review per listed component of a product (Annex I, General Note 2).</li>
 *   <li>Inside the Union, Annex IV item: {@code INDIVIDUAL_LICENCE} (Art. 11(1)), unless origin and destination are
 *       both Benelux countries ({@code NO_LICENCE_REQUIRED}, the Benelux exception).</li>
 *   <li>Inside the Union, other listed item: {@code NO_LICENCE_REQUIRED} (Art. 11(1)).</li>
 *   <li>Out of the Union: the first usable general authorisation gives {@code UGEA} (Art. 12(1)(a), Annex II),
 *       except towards an arms-embargoed destination.</li>
 *   <li>Otherwise: {@code INDIVIDUAL_LICENCE} (Art. 3(1)).</li>
 * </ol>
 * Technology sent to a supplier ({@link TransferKind#TECHNOLOGY_TO_SUPPLIER}) is checked as the export of the
 * technology for the item's entry; a general authorisation that does not cover technology is not usable for it.
 *
 * <p>Limits: national controls (Art. 9 and 10), brokering, transit and technical assistance, end-user screening
 * against sanctions lists, and the non-Annex-I bans of sanctions regulations are not modelled (the last raises a
 * review flag). Running time: linear in the number of rules and BOM components.
 */
public final class ExportCheck {

    private final ExportRuleSet ruleSet;
    private final RuleIndex index;

    public ExportCheck(ExportRuleSet ruleSet) {
        this.ruleSet = java.util.Objects.requireNonNull(ruleSet, "ruleSet");
        this.index = new RuleIndex(ruleSet);
    }

    public ExportRuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * The decision for one query.
     *
     * @throws IllegalArgumentException when the origin is not a member state of the rule set (the Regulation
     *                                  governs exports from the Union only)
     */
    public ExportDecision check(ExportQuery query) {
        CountryCode origin = query.origin();
        if (index.member(origin).isEmpty()) {
            throw new IllegalArgumentException("the origin " + origin + " is not an EU member state in "
                    + ruleSet.version() + ": the dual-use regulation governs exports from the Union");
        }
        DecisionDraft draft = new DecisionDraft(query, ruleSet.version());
        if (query.technology()) {
            draft.apply(LegalBasis.TECHNOLOGY_IS_EXPORTED);
        }
        if (origin.equals(query.destination())) {
            return domestic(query, draft);
        }
        Optional<EuMemberState> member = index.member(query.destination());
        if (member.isEmpty()) {
            Optional<ExportDecision> early = sanctionsAndCatchAll(query, draft);
            if (early.isPresent()) {
                return early.get();
            }
        } else {
            intraUnionRedFlags(query, draft);
        }
        ControlStatus status = query.item().status();
        if (status instanceof ControlStatus.Unclassified) {
            componentFlags(query, draft);
            return draft.apply(LegalBasis.EXPORT_NEEDS_AUTHORISATION)
                    .flag(ReviewFlag.Kind.CLASSIFY_FIRST, query.item().id(), "Classify " + query.item().id()
                            + " against Annex I (or record why it is not listed) before it is exported.",
                            LegalBasis.REGULATION + ", Art. 3(1)")
                    .because("The item is not classified, so no decision can be given: classify first.")
                    .decide(Decision.UNCLASSIFIED);
        }
        if (status instanceof ControlStatus.NotListed notListed) {
            componentFlags(query, draft);
            return draft.apply(LegalBasis.NOT_IN_ANNEX_I)
                    .because("The item is not listed in Annex I (" + notListed.reason() + ") and no catch-all "
                            + "applies.")
                    .decide(Decision.NOT_LISTED);
        }
        DualUseCode code = ((ControlStatus.Listed) status).code();
        return member.isPresent() ? ListedItemRules.intraUnion(index, query, code, member.get(), draft)
                : ListedItemRules.thirdCountry(index, query, code, draft);
    }

    private ExportDecision domestic(ExportQuery query, DecisionDraft draft) {
        draft.apply(LegalBasis.DOMESTIC).because("It does not leave " + query.origin() + ".");
        return draft.decide(query.item().status() instanceof ControlStatus.NotListed ? Decision.NOT_LISTED
                : Decision.NO_LICENCE_REQUIRED);
    }

    /** Steps 2 and 3 for a destination out of the Union: a prohibition, then the catch-alls. */
    private Optional<ExportDecision> sanctionsAndCatchAll(ExportQuery query, DecisionDraft draft) {
        CountryCode destination = query.destination();
        Optional<Embargo> ban = index.embargo(destination, Embargo.Kind.DUAL_USE_BAN);
        if (ban.isPresent()) {
            draft.apply(ban.get());
            if (query.item().status() instanceof ControlStatus.Listed listed) {
                return Optional.of(draft.because("Sanctions on " + destination + " forbid exporting Annex I items ("
                        + listed.code() + ").").decide(Decision.PROHIBITED));
            }
            draft.flag(ReviewFlag.Kind.SANCTIONS_REVIEW, destination.alpha2(), "Sanctions on " + destination
                    + " also ban many goods outside Annex I; they are not modelled item by item: check the "
                    + "sanctions regulation's annexes.", ban.get().source());
        }
        index.embargo(destination, Embargo.Kind.PARTIAL_ARMS_EMBARGO).ifPresent(partial -> draft.apply(partial)
                .flag(ReviewFlag.Kind.SANCTIONS_REVIEW, destination.alpha2(), "A partial or non-state arms "
                        + "embargo applies to " + destination + ": screen the end user.", partial.source()));
        List<EndUseScreen.Hit> hits = EndUseScreen.screen(index.catchAlls(), query,
                index.armsEmbargoed(destination));
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        index.embargo(destination, Embargo.Kind.ARMS_EMBARGO).ifPresent(draft::apply);
        for (EndUseScreen.Hit hit : hits) {
            draft.apply(hit.rule()).flag(ReviewFlag.Kind.RED_FLAG_END_USE, hit.rule().id(), hit.rule().text()
                    + " Triggered by: " + hit.trigger() + ". Tell the authority (CSG) before exporting.",
                    hit.rule().source());
        }
        if (query.item().status() instanceof ControlStatus.Unclassified) {
            draft.flag(ReviewFlag.Kind.CLASSIFY_FIRST, query.item().id(), "The item is not classified; the "
                    + "catch-all requires a licence whatever its classification.", LegalBasis.REGULATION
                    + ", Art. 4");
        }
        return Optional.of(draft.because("A catch-all applies (" + hits.get(0).trigger() + "): an authorisation "
                + "is required even for items not listed in Annex I.").decide(Decision.INDIVIDUAL_LICENCE));
    }

    /**
     * Inside the Union the catch-alls do not apply (Art. 4 and 5 govern exports), but an end use of concern is still
     * a red flag for the transaction (e.g. a re-export): it is flagged without changing the decision.
     */
    private void intraUnionRedFlags(ExportQuery query, DecisionDraft draft) {
        for (EndUseScreen.Hit hit : EndUseScreen.screen(index.catchAlls(), query, false)) {
            draft.flag(ReviewFlag.Kind.RED_FLAG_END_USE, hit.rule().id(), "Inside the Union " + hit.rule().id()
                    + " does not apply, but " + hit.trigger() + ": check the customer and any re-export.",
                    hit.rule().source());
        }
    }

    /**
     * Flags for a product's bill of materials when the product is not listed or not classified: every listed
     * component asks for a principal-element review (General Note 2 to Annex I), with the decision the product
     * would get if that component were its principal element; every unclassified component asks to be classified.
     */
    private void componentFlags(ExportQuery query, DecisionDraft draft) {
        for (BomComponent component : query.components()) {
            if (component.status() instanceof ControlStatus.Listed listed) {
                ExportDecision asPrincipal = check(query.withItem(ExportItem.part(component.partId(),
                        component.status())));
                String would = asPrincipal.decision() + asPrincipal.authorisation().map(a -> " " + a.id())
                        .orElse("");
                draft.apply(LegalBasis.PRINCIPAL_ELEMENT).flag(ReviewFlag.Kind.PRINCIPAL_ELEMENT,
                        component.partId(), "Component " + component.partId() + " is listed (" + listed.code()
                                + "). If it is the principal element of " + query.item().id() + " and can feasibly "
                                + "be removed or used for other purposes, the product is controlled as "
                                + listed.code() + " and this export would be " + would + ".",
                        LegalBasis.PRINCIPAL_ELEMENT.source());
            } else if (component.status() instanceof ControlStatus.Unclassified) {
                draft.flag(ReviewFlag.Kind.CLASSIFY_FIRST, component.partId(), "Component "
                        + component.partId() + " is not classified: a listed component could control the product "
                        + "(General Note 2 to Annex I).", LegalBasis.PRINCIPAL_ELEMENT.source());
            }
        }
    }
}
