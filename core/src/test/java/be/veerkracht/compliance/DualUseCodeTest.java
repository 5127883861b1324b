package be.veerkracht.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Code structure per Reg. (EU) 2021/821, Annex I, "Structure" (project reference notes: 3A001.a.1 decomposed). */
class DualUseCodeTest {

    @Test
    void a_code_is_read_into_its_parts() {
        DualUseCode code = DualUseCode.parse("3A001.a.1");

        assertThat(code.category()).isEqualTo(3);
        assertThat(code.productGroup()).isEqualTo('A');
        assertThat(code.regime()).isZero(); // 0 = Wassenaar
        assertThat(code.entry()).isEqualTo("3A001");
        assertThat(code.subItems()).containsExactly("a", "1");
        assertThat(code.isTechnology()).isFalse();
    }

    @Test
    void a_code_as_a_person_writes_it_is_normalised() {
        assertThat(DualUseCode.parse(" 9a106.C ").code()).isEqualTo("9A106.c");
        assertThat(DualUseCode.parse("9A106").regime()).isEqualTo(1); // 1 = MTCR
        assertThat(DualUseCode.parse("5E002").isTechnology()).isTrue();
        assertThat(DualUseCode.parse("5E002").subItems()).isEmpty();
    }

    @Test
    void what_is_not_a_code_is_refused() {
        assertThat(DualUseCode.isValid("3F001")).isFalse();
        assertThat(DualUseCode.isValid("3A01")).isFalse();
        assertThat(DualUseCode.isValid("EAR99")).isFalse();
        assertThat(DualUseCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> new DualUseCode("3a001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3a001");
    }
}
