package be.veerkracht.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSimilarityTest {

    @Test
    void optimal_string_alignment_distance() {
        // textbook values: kitten/sitting 3 (Levenshtein 1966 example), one adjacent transposition costs 1
        // (Damerau 1964), OSA "ca"/"abc" is 3 (the unrestricted Damerau distance would be 2)
        assertThat(TokenSimilarity.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(TokenSimilarity.distance("qaida", "qaeda", 2)).isEqualTo(1);
        assertThat(TokenSimilarity.distance("hussein", "hussien", 2)).isEqualTo(1);
        assertThat(TokenSimilarity.distance("ca", "abc", 5)).isEqualTo(3);
        assertThat(TokenSimilarity.distance("same", "same", 0)).isZero();
    }

    @Test
    void distance_is_cut_off_above_the_bound() {
        assertThat(TokenSimilarity.distance("kitten", "sitting", 1)).isEqualTo(2);
        assertThat(TokenSimilarity.distance("a", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void allowed_edits_grow_with_length_as_elasticsearch_auto() {
        assertThat(TokenSimilarity.maxEdits("al", "el")).isZero();
        assertThat(TokenSimilarity.maxEdits("gye", "gaye")).isEqualTo(1);
        assertThat(TokenSimilarity.maxEdits("hasan", "hassan")).isEqualTo(1);
        assertThat(TokenSimilarity.maxEdits("ibrahim", "ibrahem")).isEqualTo(2);
    }

    @Test
    void romanisations_of_one_name_share_a_skeleton() {
        assertThat(TokenSimilarity.skeleton("mohammed")).isEqualTo("mhmd");
        assertThat(TokenSimilarity.skeleton("muhammad")).isEqualTo("mhmd");
        assertThat(TokenSimilarity.skeleton("mohamed")).isEqualTo("mhmd");
        assertThat(TokenSimilarity.skeleton("ali")).isNull();
    }

    @Test
    void the_script_loss_fold_merges_what_greek_cannot_keep_apart() {
        assertThat(TokenSimilarity.scriptLossFold("myhammad")).isEqualTo(TokenSimilarity.scriptLossFold("muhammad"));
        assertThat(TokenSimilarity.scriptLossFold("mobement")).isEqualTo(TokenSimilarity.scriptLossFold("movement"));
    }

    @Test
    void initials() {
        assertThat(TokenSimilarity.isInitialOf("j", "john")).isTrue();
        assertThat(TokenSimilarity.isInitialOf("j", "j")).isFalse();
        assertThat(TokenSimilarity.isInitialOf("jo", "john")).isFalse();
    }
}
