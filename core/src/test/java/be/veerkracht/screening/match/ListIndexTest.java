package be.veerkracht.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.ListVersion;
import be.veerkracht.screening.SanctionsList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListIndexTest {

    private static SanctionsList list(ListSource source, ListEntry... entries) {
        return new SanctionsList(new ListVersion(source, LocalDate.of(2026, 2, 27), "a".repeat(64), entries.length),
                List.of(entries));
    }

    private final SanctionsList un = list(ListSource.UN,
            NameMatcherContractTest.entry("QDe.004", EntryKind.ORGANISATION, "Al-Qaida", "The Base"),
            NameMatcherContractTest.entry("IQi.001", EntryKind.PERSON, "Saddam Hussein Al-Tikriti"),
            NameMatcherContractTest.entry("KPe.001", EntryKind.ORGANISATION, "Korea Mining Development Trading Corporation"));
    private final SanctionsList eu = list(ListSource.EU,
            NameMatcherContractTest.entry("EU.2", EntryKind.ORGANISATION, "Al Qaida"),
            NameMatcherContractTest.entry("EU.1", EntryKind.ORGANISATION, "Alqaida"));
    private final ListIndex index = new ListIndex(List.of(un, eu));

    @Test
    void finds_typos_reorderings_and_other_scripts() {
        assertThat(index.search(ScreeningQuery.ofName("Hussein Sadam Al Tikriti")))
                .extracting(ScreeningHit::entryId).containsExactly("IQi.001");
        assertThat(index.search(ScreeningQuery.ofName("Корея Майнинг Девелопмент Трейдинг")))
                .extracting(ScreeningHit::entryId).containsExactly("KPe.001");
    }

    @Test
    void hits_are_sorted_by_score_then_list_then_entry_id() {
        List<ScreeningHit> hits = index.search(ScreeningQuery.ofName("Al Qaida"), 0.5);
        // two exact hits tie at 1.0: EU before UN (ListSource order), then the concatenation "Alqaida" below 1
        assertThat(hits).extracting(ScreeningHit::entryId).containsExactly("EU.2", "QDe.004", "EU.1");
        assertThat(hits.get(1).list().source()).isEqualTo(ListSource.UN);
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits.get(2).score()).isLessThan(1.0);
    }

    @Test
    void an_ordinary_belgian_company_gets_no_hit() {
        assertThat(index.search(ScreeningQuery.ofName("Van Hoecke Metaalbewerking NV"))).isEmpty();
        assertThat(index.search(ScreeningQuery.ofName("Global Trading Corporation"))).isEmpty();
        assertThat(index.search(ScreeningQuery.ofName("NV"))).isEmpty();
    }

    @Test
    void the_threshold_filters_and_search_is_repeatable() {
        ScreeningQuery q = ScreeningQuery.ofName("Korea Mining Trading");
        assertThat(index.search(q, 0.0)).isEqualTo(index.search(q, 0.0));
        assertThat(index.search(q, 0.99)).isEmpty();
        assertThat(index.size()).isEqualTo(5);
    }
}
