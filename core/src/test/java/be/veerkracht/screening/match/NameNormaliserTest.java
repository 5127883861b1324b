package be.veerkracht.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    private final NameNormaliser normaliser = new NameNormaliser();

    @Test
    void folds_case_diacritics_and_punctuation() {
        assertThat(normaliser.normalise("Müller & Søn, Łódź").tokens()).containsExactly("muller", "son", "lodz");
        assertThat(normaliser.normalise("Al-Qa'ida (AQ)").tokens()).containsExactly("al", "qaida", "aq");
        assertThat(normaliser.normalise("Straße").tokens()).containsExactly("strasse");
        assertThat(normaliser.normalise("Müller").transliterated()).isFalse();
    }

    @Test
    void transliterates_cyrillic_greek_and_arabic() {
        // expected strings: ICU4J 74.2 "Any-Latin; Latin-ASCII", run by hand
        NormalisedName cyrillic = normaliser.normalise("Сергей Иванов");
        assertThat(cyrillic.tokens()).containsExactly("sergej", "ivanov");
        assertThat(cyrillic.transliterated()).isTrue();
        assertThat(normaliser.normalise("Γιώργος Παπαδόπουλος").tokens()).containsExactly("giorgos", "papadopoulos");
        assertThat(normaliser.normalise("صدام حسين التكريتي").tokens()).containsExactly("sdam", "hsyn", "altkryty");
    }

    @Test
    void strips_legal_forms_at_either_end_and_remembers_them() {
        NormalisedName be = normaliser.normalise("Van Hoecke Metaalbewerking NV");
        assertThat(be.tokens()).containsExactly("van", "hoecke", "metaalbewerking");
        assertThat(be.legalForms()).containsExactly("nv");
        assertThat(normaliser.normalise("Acme S.A.").tokens()).containsExactly("acme");
        assertThat(normaliser.normalise("Peeters B.V.B.A.").legalForms()).containsExactly("bvba");
        assertThat(normaliser.normalise("Peeters BV BA").legalForms()).containsExactly("bvba");
        assertThat(normaliser.normalise("Sunrise Trading Sdn. Bhd.").tokens()).containsExactly("sunrise", "trading");
        assertThat(normaliser.normalise("Shenzhen Widget Co., Ltd.").legalForms()).containsExactly("ltd", "co");
        assertThat(normaliser.normalise("Acme Corporation Limited").legalForms()).containsExactly("ltd", "corp");
        assertThat(normaliser.normalise("OOO Romashka").tokens()).containsExactly("romashka");
        assertThat(normaliser.normalise("ООО Ромашка").tokens()).containsExactly("romaska");
    }

    @Test
    void recognises_a_long_legal_form_with_one_typo() {
        assertThat(normaliser.normalise("Sepasad Engineering Compani").legalForms()).containsExactly("co");
        assertThat(normaliser.normalise("Korea Trading Corporatyon").tokens()).containsExactly("korea", "trading");
    }

    @Test
    void never_strips_the_whole_name() {
        assertThat(normaliser.normalise("Company").tokens()).containsExactly("company");
        assertThat(normaliser.normalise("AG").tokens()).containsExactly("ag");
    }

    @Test
    void a_legal_form_table_can_be_given() {
        NameNormaliser custom = new NameNormaliser(new LegalForms(List.of("Comm.V")));
        assertThat(custom.normalise("Janssens Comm.V").legalForms()).containsExactly("commv");
        assertThat(custom.normalise("Janssens NV").tokens()).containsExactly("janssens", "nv");
    }

    @Test
    void a_name_without_letters_has_no_tokens() {
        assertThat(normaliser.normalise("-- / --").tokens()).isEmpty();
    }
}
