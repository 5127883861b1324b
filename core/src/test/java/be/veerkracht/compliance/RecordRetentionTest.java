package be.veerkracht.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Art. 27(3) Reg. (EU) 2021/821 counts from the end of the calendar year of the export; worked by hand. */
class RecordRetentionTest {

    @Test
    void a_flemish_record_of_2026_may_go_from_1_january_2034() {
        RecordRetention retention = RecordRetention.flemish();
        // end of 2026 + 7 years = 31 December 2033
        assertThat(retention.deletableFrom(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2034, 1, 1));
        assertThat(retention.deletableFrom(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2034, 1, 1));
        assertThat(retention.mayDelete(LocalDate.of(2026, 6, 1), LocalDate.of(2033, 12, 31))).isFalse();
        assertThat(retention.mayDelete(LocalDate.of(2026, 6, 1), LocalDate.of(2034, 1, 1))).isTrue();
    }

    @Test
    void fewer_than_the_eu_minimum_of_five_years_is_refused() {
        assertThat(new RecordRetention(5).deletableFrom(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThatThrownBy(() -> new RecordRetention(4)).hasMessageContaining("Art. 27(3)");
    }
}
