package be.veerkracht.quality.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CharacteristicTest {

    static Characteristic bore(Double margin) {
        return new Characteristic("bore_diameter", "mm", 25.0, 24.95, 25.05, "CMM, ISO 10360", 5, "every lot", true,
                margin);
    }

    @Test
    void the_default_margin_is_ten_percent_of_the_tolerance_width() {
        // width 25.05 - 24.95 = 0.10 mm; 10 % of it = 0.01 mm
        Characteristic bore = bore(null);
        assertThat(bore.toleranceWidth()).isCloseTo(0.10, within(1e-12));
        assertThat(bore.margin()).isCloseTo(0.01, within(1e-12));
        assertThat(bore.defaultMargin()).isTrue();
        assertThat(bore(0.02).margin()).isEqualTo(0.02);
    }

    @Test
    void a_one_sided_specification_needs_an_explicit_margin() {
        assertThatThrownBy(() -> new Characteristic("tensile_strength", "MPa", null, 420.0, null, "ISO 6892-1", 3,
                "every lot", true, null)).hasMessageContaining("explicit equivalence_margin");
        Characteristic strength = new Characteristic("tensile_strength", "MPa", null, 420.0, null, "ISO 6892-1", 3,
                "every lot", true, 15.0);
        assertThat(strength.oneSided()).isTrue();
        assertThat(strength.margin()).isEqualTo(15.0);
        assertThat(strength.inSpec(420.0)).isTrue();
        assertThat(strength.inSpec(419.9)).isFalse();
        assertThat(strength.inSpec(1e6)).isTrue();
    }

    @Test
    void limits_are_in_spec_and_values_beyond_them_are_not() {
        Characteristic bore = bore(null);
        assertThat(bore.inSpec(24.95)).isTrue();
        assertThat(bore.inSpec(25.05)).isTrue();
        assertThat(bore.inSpec(25.0501)).isFalse();
        assertThat(bore.inSpec(24.9499)).isFalse();
    }

    @Test
    void inconsistent_specifications_are_refused() {
        assertThatThrownBy(() -> new Characteristic("x", "mm", null, 2.0, 1.0, "m", 1, "f", false, null))
                .hasMessageContaining("below usl");
        assertThatThrownBy(() -> new Characteristic("x", "mm", null, 1.0, 1.0, "m", 1, "f", false, null))
                .hasMessageContaining("below usl");
        assertThatThrownBy(() -> new Characteristic("x", "mm", null, null, null, "m", 1, "f", false, 1.0))
                .hasMessageContaining("lsl, usl or both");
        assertThatThrownBy(() -> new Characteristic("x", "mm", 3.0, 1.0, 2.0, "m", 1, "f", false, null))
                .hasMessageContaining("outside the limits");
        assertThatThrownBy(() -> new Characteristic("x", "mm", null, 1.0, 2.0, "m", 0, "f", false, null))
                .hasMessageContaining("sample_size");
        assertThatThrownBy(() -> new Characteristic("x", "mm", null, 1.0, 2.0, "m", 1, "f", false, -0.1))
                .hasMessageContaining("equivalence_margin must be > 0");
        assertThatThrownBy(() -> new Characteristic("x", "mm", null, Double.NaN, 2.0, "m", 1, "f", false, 1.0))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new Characteristic(" x", "mm", null, 1.0, 2.0, "m", 1, "f", false, null))
                .hasMessageContaining("blanks");
    }
}
