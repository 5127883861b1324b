package be.veerkracht.compliance;

import static be.veerkracht.compliance.TestRuleSets.cc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 8's "Done when", each expected value with the article or annex it follows from. The rules are
 * {@link TestRuleSets#standard()}.
 */
class ExportCheckTest {

    private static final ExportCheck CHECK = new ExportCheck(TestRuleSets.standard());
    private static final ExportItem LISTED = ExportItem.part("P-FPGA", ControlStatus.listed("3A001.a.1"));
    private static final ExportItem NOT_LISTED = ExportItem.part("P-BOLT",
            ControlStatus.notListed("standard M8 bolt, no Annex I parameter"));
    private static final ExportItem ANNEX_IV = ExportItem.part("P-CRYPT", ControlStatus.listed("5A004.a"));

    private static ExportDecision check(ExportItem item, String destination) {
        return CHECK.check(ExportQuery.of(item, cc(destination)));
    }

    // --- EU001 destinations ---

    @Test
    void a_listed_item_to_the_united_states_goes_under_eu001_after_registration() {
        ExportDecision decision = check(LISTED, "US");

        // Reg. (EU) 2021/821, Annex II, Section A: EU001 covers Annex I items (bar exclusions) to the US.
        assertThat(decision.decision()).isEqualTo(Decision.UGEA);
        assertThat(decision.authorisation()).get().satisfies(a -> {
            assertThat(a.id()).isEqualTo("EU001");
            assertThat(a.conditions()).contains("registration required before first use");
        });
        assertThat(decision.ruleIds()).containsExactly("ART-3", "EU001");
        assertThat(decision.ruleSetVersion()).isEqualTo(TestRuleSets.VERSION);
        assertThat(decision.explanation()).contains("UGEA").contains("EU001 covers 3A001.a.1 to US");
    }

    @Test
    void a_not_listed_item_to_the_united_states_needs_nothing() {
        ExportDecision decision = check(NOT_LISTED, "US");

        // Art. 3(1) reaches Annex I items only; no catch-all end use was declared (Art. 4, 5).
        assertThat(decision.decision()).isEqualTo(Decision.NOT_LISTED);
        assertThat(decision.ruleIds()).containsExactly("NOT-LISTED");
        assertThat(decision.reviewFlags()).isEmpty();
        assertThat(decision.explanation()).contains("standard M8 bolt");
    }

    @Test
    void an_item_excluded_from_eu001_needs_an_individual_licence_even_to_the_united_states() {
        // Annex II, Section A, Part 1 (exclusions) and Art. 3(1).
        ExportDecision decision = check(ExportItem.part("P-CFRP", ControlStatus.listed("1C012.a")), "US");

        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.explanation()).contains("EU001: 1C012.a is excluded (1C012)");
    }

    @Test
    void a_code_coarser_than_an_exclusion_is_treated_as_excluded_and_flagged_for_a_finer_classification() {
        ExportDecision decision = check(ExportItem.part("P-RADIO", ControlStatus.listed("5A001")), "JP");

        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.flagged(ReviewFlag.Kind.FINER_CLASSIFICATION)).isTrue();
    }

    // --- other destinations ---

    @Test
    void a_listed_item_to_china_needs_an_individual_licence() {
        ExportDecision decision = check(LISTED, "CN");

        // Art. 3(1); China is no EU001 destination (Annex II, Section A, Part 2).
        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.authorisation()).isEmpty();
        assertThat(decision.ruleIds()).containsExactly("ART-3");
        assertThat(decision.explanation()).contains("No general authorisation covers it")
                .contains("EU007: only for INTRA_GROUP");
    }

    @Test
    void a_not_listed_item_to_china_needs_nothing() {
        assertThat(check(NOT_LISTED, "CN").decision()).isEqualTo(Decision.NOT_LISTED);
    }

    // --- embargoed destinations ---

    @Test
    void a_listed_item_to_russia_is_prohibited() {
        ExportDecision decision = check(LISTED, "RU");

        // Reg. (EU) 833/2014, Art. 2(1): no Annex I dual-use items to Russia.
        assertThat(decision.decision()).isEqualTo(Decision.PROHIBITED);
        assertThat(decision.ruleIds()).containsExactly("DUAL-USE-BAN RU");
    }

    @Test
    void a_not_listed_item_to_russia_is_not_listed_but_flagged_for_the_sanctions_beyond_annex_i() {
        ExportDecision decision = check(NOT_LISTED, "RU");

        assertThat(decision.decision()).isEqualTo(Decision.NOT_LISTED);
        assertThat(decision.flagged(ReviewFlag.Kind.SANCTIONS_REVIEW)).isTrue();
    }

    @Test
    void a_listed_item_to_syria_needs_an_individual_licence_and_no_general_authorisation_applies() {
        ExportDecision decision = check(LISTED, "SY");

        // Arms embargo on the state (Decision 2013/255/CFSP): no general authorisation, Art. 3(1) licence.
        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.ruleIds()).contains("ARMS-EMBARGO SY", "NO-UGEA-EMBARGO");
    }

    @Test
    void a_not_listed_item_for_the_army_of_an_embargoed_country_needs_a_licence_under_the_catch_all() {
        ExportQuery query = ExportQuery.of(NOT_LISTED, cc("SY")).withEndUse("spare parts for the army",
                EndUseCategory.UNSPECIFIED);

        ExportDecision decision = CHECK.check(query);

        // Art. 4(1)(b): military end use in a country under an arms embargo, listed or not.
        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.ruleIds()).containsExactly("ARMS-EMBARGO SY", "ART4-1B");
        assertThat(decision.reviewFlags()).extracting(ReviewFlag::kind).containsExactly(
                ReviewFlag.Kind.RED_FLAG_END_USE);
        assertThat(decision.reviewFlags().get(0).text()).contains("'army'");
    }

    @Test
    void military_end_use_outside_an_embargoed_country_is_no_catch_all() {
        ExportQuery query = ExportQuery.of(NOT_LISTED, cc("US")).withEndUse("", EndUseCategory.MILITARY);

        // Art. 4(1)(b) applies only where an arms embargo applies.
        assertThat(CHECK.check(query).decision()).isEqualTo(Decision.NOT_LISTED);
    }

    @Test
    void a_not_listed_item_for_a_missile_programme_needs_a_licence_even_to_an_eu001_country() {
        ExportQuery query = ExportQuery.of(NOT_LISTED, cc("US")).withEndUse("Bolts for a BALLISTIC test stand",
                EndUseCategory.UNSPECIFIED);

        // Art. 4(1)(a): WMD or missile end use, any destination outside the Union.
        ExportDecision decision = CHECK.check(query);
        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.ruleIds()).containsExactly("ART4-1A");
    }

    @Test
    void a_partial_embargo_is_a_review_flag() {
        ExportDecision decision = check(NOT_LISTED, "CD");

        assertThat(decision.decision()).isEqualTo(Decision.NOT_LISTED);
        assertThat(decision.flagged(ReviewFlag.Kind.SANCTIONS_REVIEW)).isTrue();
    }

    // --- inside the Union ---

    @Test
    void a_listed_item_outside_annex_iv_moves_freely_to_germany() {
        ExportDecision decision = check(LISTED, "DE");

        // Art. 11(1): only Annex IV items need an authorisation inside the Union.
        assertThat(decision.decision()).isEqualTo(Decision.NO_LICENCE_REQUIRED);
        assertThat(decision.ruleIds()).containsExactly("EU-MEMBER DE", "ART-11");
    }

    @Test
    void an_annex_iv_item_needs_a_licence_even_to_germany() {
        ExportDecision decision = check(ANNEX_IV, "DE");

        // Art. 11(1) and Annex IV, Part I (cryptanalytic items, 5A004).
        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.ruleIds()).containsExactly("EU-MEMBER DE", "ART-11", "ANNEX-IV 5A004");
    }

    @Test
    void a_not_listed_item_inside_the_union_is_not_listed_and_catch_alls_do_not_apply() {
        ExportQuery query = ExportQuery.of(NOT_LISTED, cc("FR")).withEndUse("", EndUseCategory.WMD);

        // Art. 4 governs exports out of the Union, not transfers inside it; the end use is still a red flag.
        ExportDecision decision = CHECK.check(query);
        assertThat(decision.decision()).isEqualTo(Decision.NOT_LISTED);
        assertThat(decision.flagged(ReviewFlag.Kind.RED_FLAG_END_USE)).isTrue();
    }

    // --- Benelux ---

    @Test
    void an_annex_iv_item_from_belgium_to_the_netherlands_needs_no_licence_under_the_benelux_exception() {
        ExportDecision decision = check(ANNEX_IV, "NL");

        // Reference notes, CSG: "Transfers to NL and LU need no licence (Benelux free movement)"; unverified.
        assertThat(decision.decision()).isEqualTo(Decision.NO_LICENCE_REQUIRED);
        assertThat(decision.ruleIds()).containsExactly("EU-MEMBER NL", "ART-11", "ANNEX-IV 5A004", "BENELUX BE",
                "BENELUX NL");
        assertThat(decision.reviewFlags()).extracting(ReviewFlag::kind).containsOnly(
                ReviewFlag.Kind.UNVERIFIED_RULE);
        assertThat(decision.explanation()).contains("Benelux exception");
    }

    @Test
    void the_benelux_exception_needs_both_ends_in_the_benelux() {
        ExportQuery fromGermany = ExportQuery.of(ANNEX_IV, cc("NL")).withOrigin(cc("DE"));

        // Art. 11(1): DE is no Benelux country, so the Annex IV licence stands.
        assertThat(CHECK.check(fromGermany).decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
    }

    @Test
    void an_item_that_does_not_leave_the_country_is_no_export() {
        assertThat(check(ANNEX_IV, "BE").decision()).isEqualTo(Decision.NO_LICENCE_REQUIRED);
        assertThat(check(ANNEX_IV, "BE").ruleIds()).containsExactly("DOMESTIC");
    }

    // --- technology to a supplier ---

    @Test
    void drawings_of_a_listed_part_sent_to_a_supplier_in_china_need_an_individual_licence() {
        ExportQuery query = ExportQuery.of(LISTED, cc("CN")).withTransfer(TransferKind.TECHNOLOGY_TO_SUPPLIER);

        ExportDecision decision = CHECK.check(query);

        // Art. 2(2)(iv): sending technology is an export; Art. 3(1): it needs an authorisation; no EU001 for CN.
        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.ruleIds()).containsExactly("TECHNOLOGY", "ART-3");
        assertThat(decision.explanation()).startsWith("Technology for part P-FPGA from BE to CN");
    }

    @Test
    void drawings_sent_within_the_group_go_under_eu007_which_asks_for_an_icp() {
        ExportQuery query = ExportQuery.of(LISTED, cc("IN")).withTransfer(TransferKind.TECHNOLOGY_TO_SUPPLIER)
                .withCircumstances(Set.of(UgeaCondition.INTRA_GROUP));

        ExportDecision decision = CHECK.check(query);

        // Annex II, Section G (EU007): intra-group software and technology, with an ICP.
        assertThat(decision.decision()).isEqualTo(Decision.UGEA);
        assertThat(decision.authorisation()).get().extracting(Authorisation::conditions).asList()
                .contains("registration required before first use", "an Internal Compliance Programme is required");
    }

    @Test
    void eu007_does_not_cover_goods() {
        ExportQuery goods = ExportQuery.of(LISTED, cc("IN")).withCircumstances(Set.of(UgeaCondition.INTRA_GROUP));

        assertThat(CHECK.check(goods).decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(CHECK.check(goods).explanation()).contains("EU007: it covers software and technology only");
    }

    @Test
    void a_general_authorisation_without_technology_is_not_used_for_drawings() {
        ExportRuleSet rules = TestRuleSets.standard();
        UgeaAuthorisation eu001 = rules.rulesOf(UgeaAuthorisation.class).get(0);
        UgeaAuthorisation goodsOnly = new UgeaAuthorisation(eu001.id(), eu001.text(), eu001.source(),
                eu001.confidence(), eu001.destinations(), false, Set.of(), List.of(), eu001.excludedEntries(), true,
                true, false, false, true, UgeaCondition.NONE);
        List<ExportRule> changed = rules.rules().stream().map(r -> r == eu001 ? (ExportRule) goodsOnly : r).toList();
        ExportCheck check = new ExportCheck(new ExportRuleSet("goods only", rules.effectiveDate(), changed));

        ExportQuery drawings = ExportQuery.of(LISTED, cc("JP")).withTransfer(TransferKind.TECHNOLOGY_TO_SUPPLIER);

        assertThat(check.check(drawings).decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(check.check(drawings.withTransfer(TransferKind.GOODS)).decision()).isEqualTo(Decision.UGEA);
    }

    // --- products and their bill of materials ---

    @Test
    void a_not_listed_machine_holding_a_listed_component_is_flagged_for_principal_element_review() {
        ExportItem machine = ExportItem.product("M-PACK-200", ControlStatus.notListed("packaging machine"));
        ExportQuery query = ExportQuery.of(machine, cc("CN")).withComponents(List.of(
                new BomComponent("P-BOLT", NOT_LISTED.status()), new BomComponent("P-FPGA", LISTED.status()),
                new BomComponent("P-NEW", ControlStatus.unclassified())));

        ExportDecision decision = CHECK.check(query);

        // Annex I, General Note 2: the product is controlled only if the listed component is its principal element.
        assertThat(decision.decision()).isEqualTo(Decision.NOT_LISTED);
        assertThat(decision.ruleIds()).containsExactly("GN-2", "NOT-LISTED");
        assertThat(decision.reviewFlags()).extracting(ReviewFlag::kind, ReviewFlag::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewFlag.Kind.PRINCIPAL_ELEMENT, "P-FPGA"),
                org.assertj.core.groups.Tuple.tuple(ReviewFlag.Kind.CLASSIFY_FIRST, "P-NEW"));
        assertThat(decision.reviewFlags().get(0).text()).contains("3A001.a.1").endsWith("INDIVIDUAL_LICENCE.");
    }

    @Test
    void the_principal_element_flag_names_the_authorisation_the_component_would_use() {
        ExportItem machine = ExportItem.product("M-PACK-200", ControlStatus.notListed("packaging machine"));
        ExportQuery query = ExportQuery.of(machine, cc("US"))
                .withComponents(List.of(new BomComponent("P-FPGA", LISTED.status())));

        assertThat(CHECK.check(query).reviewFlags().get(0).text()).endsWith("UGEA EU001.");
    }

    // --- unclassified ---

    @Test
    void an_unclassified_item_gets_classify_first() {
        ExportDecision decision = check(ExportItem.part("P-NEW", ControlStatus.unclassified()), "US");

        assertThat(decision.decision()).isEqualTo(Decision.UNCLASSIFIED);
        assertThat(decision.flagged(ReviewFlag.Kind.CLASSIFY_FIRST)).isTrue();
    }

    @Test
    void a_catch_all_decides_even_for_an_unclassified_item() {
        ExportQuery query = ExportQuery.of(ExportItem.part("P-NEW", ControlStatus.unclassified()), cc("US"))
                .withEndUse("", EndUseCategory.CYBER_SURVEILLANCE);

        ExportDecision decision = CHECK.check(query);

        // Art. 5(1): the requirement follows from the end use, whatever the item is.
        assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(decision.ruleIds()).containsExactly("ART5-1");
        assertThat(decision.flagged(ReviewFlag.Kind.CLASSIFY_FIRST)).isTrue();
    }

    // --- the query ---

    @Test
    void an_export_from_outside_the_union_is_refused() {
        ExportQuery fromSwitzerland = ExportQuery.of(LISTED, cc("US")).withOrigin(cc("CH"));

        assertThatThrownBy(() -> CHECK.check(fromSwitzerland)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CH");
    }

    @Test
    void keywords_match_whole_words_only() {
        assertThat(EndUseScreen.containsWords("harmonic drives for the army", "army")).isTrue();
        assertThat(EndUseScreen.containsWords("harmony", "army")).isFalse();
        assertThat(EndUseScreen.containsWords("anti-missile", "missile")).isTrue();
    }
}
