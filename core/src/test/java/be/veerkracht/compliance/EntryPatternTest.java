package be.veerkracht.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntryPatternTest {

    private static DualUseCode code(String text) {
        return DualUseCode.parse(text);
    }

    @Test
    void a_category_group_or_regime_prefix_covers_every_code_that_starts_with_it() {
        assertThat(EntryPattern.parse("0").covers(code("0B001.a"))).isTrue();
        assertThat(EntryPattern.parse("9A1").covers(code("9A106.c"))).isTrue();
        assertThat(EntryPattern.parse("9A1").covers(code("9A004"))).isFalse();
        assertThat(EntryPattern.parse("5a").covers(code("5A002.a"))).isTrue();
    }

    @Test
    void an_entry_covers_its_sub_items_but_not_a_longer_entry_number() {
        EntryPattern entry = EntryPattern.parse("1C012");
        assertThat(entry.covers(code("1C012"))).isTrue();
        assertThat(entry.covers(code("1C012.a"))).isTrue();
        assertThat(entry.covers(code("1C011"))).isFalse();
    }

    @Test
    void a_coarser_code_overlaps_a_finer_pattern_without_being_covered() {
        EntryPattern subItem = EntryPattern.parse("5A001.B.5");

        assertThat(subItem.prefix()).isEqualTo("5A001.b.5");
        assertThat(subItem.covers(code("5A001"))).isFalse();
        assertThat(subItem.overlaps(code("5A001"))).isTrue();
        assertThat(subItem.isFinerThan(code("5A001.b"))).isTrue();
        assertThat(subItem.overlaps(code("5A001.b.4"))).isFalse();
        assertThat(subItem.covers(code("5A001.b.5.a"))).isTrue();
    }

    @Test
    void a_pattern_must_be_the_start_of_an_annex_i_code() {
        assertThatThrownBy(() -> EntryPattern.parse("5A01.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryPattern.parse("X")).isInstanceOf(IllegalArgumentException.class);
    }
}
