package be.veerkracht.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IsoCountriesTest {

    @Test
    void knows_the_249_iso_codes_plus_kosovo() {
        // ISO 3166-1 has 249 officially assigned alpha-2 codes (ISO Online Browsing Platform, 2024)
        assertThat(IsoCountries.codes()).hasSize(250).contains("BE", "TW", "XK").doesNotContain("UK", "EU");
    }

    @Test
    void names_come_in_three_languages() {
        Country belgium = IsoCountries.country(new CountryCode("BE"));
        assertThat(belgium.name(Locale.ENGLISH)).isEqualTo("Belgium");
        assertThat(belgium.name(new Locale("nl", "BE"))).isEqualTo("België");
        assertThat(belgium.name(Locale.FRENCH)).isEqualTo("Belgique");
    }

    @Test
    void parse_accepts_lower_case_and_blanks_but_not_unknown_codes() {
        assertThat(CountryCode.parse(" de ")).isEqualTo(new CountryCode("DE"));
        assertThatThrownBy(() -> CountryCode.parse("XY")).isInstanceOf(IllegalArgumentException.class);
    }
}
