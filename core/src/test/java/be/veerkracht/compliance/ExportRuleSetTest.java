package be.veerkracht.compliance;

import static be.veerkracht.compliance.TestRuleSets.cc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportRuleSetTest {

    private static EuMemberState member(String id, String country) {
        return new EuMemberState(id, "A member state.", "TEU, Art. 52(1)", Confidence.VERIFIED, cc(country));
    }

    @Test
    void rule_ids_are_unique() {
        assertThatThrownBy(() -> new ExportRuleSet("v", LocalDate.of(2026, 11, 28),
                List.of(member("X", "BE"), member("X", "NL")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X");
    }

    @Test
    void rules_are_found_by_kind_in_order() {
        ExportRuleSet set = TestRuleSets.standard();

        assertThat(set.rulesOf(UgeaAuthorisation.class)).extracting(ExportRule::id).containsExactly("EU001", "EU007");
        assertThat(set.rulesOf(CatchAll.class)).hasSize(3);
    }

    @Test
    void every_rule_needs_its_text_and_source() {
        assertThatThrownBy(() -> new EuMemberState("EU-MEMBER BE", "A member state.", " ", Confidence.VERIFIED,
                cc("BE"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    }

    @Test
    void a_general_authorisation_names_its_conditions_of_use() {
        UgeaAuthorisation eu007 = TestRuleSets.standard().rulesOf(UgeaAuthorisation.class).get(1);

        assertThat(eu007.conditionsOfUse()).containsExactly("registration required before first use",
                "an Internal Compliance Programme is required", "only for: intra group");
        assertThat(eu007.validFor(cc("IN"))).isTrue();
        assertThat(eu007.validFor(cc("RU"))).isFalse();
    }

    @Test
    void a_general_authorisation_needs_destinations_or_any_and_goods_or_technology() {
        assertThatThrownBy(() -> new UgeaAuthorisation("EU009", "t", "s", Confidence.VERIFIED, Set.of(), false,
                Set.of(), List.of(), List.of(), true, true, true, false, true, UgeaCondition.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UgeaAuthorisation("EU009", "t", "s", Confidence.VERIFIED, Set.of(cc("US")),
                false, Set.of(), List.of(), List.of(), true, false, false, false, true, UgeaCondition.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_not_listed_classification_needs_its_reason() {
        assertThatThrownBy(() -> ControlStatus.notListed(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
