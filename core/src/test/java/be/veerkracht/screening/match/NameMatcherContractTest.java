package be.veerkracht.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The invariants every {@link NameMatcher} keeps (house rule 7); an implementation's test extends this and gives
 * its matcher built over {@link #entries()}.
 */
abstract class NameMatcherContractTest {

    /** The matcher under test, with whatever it learns (token weights) from these entries. */
    protected abstract NameMatcher createMatcher(List<ListEntry> entries);

    static ListEntry entry(String id, EntryKind kind, String... names) {
        List<ListedName> listed = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            listed.add(new ListedName(names[i], i == 0 ? AliasQuality.PRIMARY : AliasQuality.STRONG, null));
        }
        return new ListEntry(id, kind, listed, Set.of(), List.of(), List.of(), List.of(), null, null);
    }

    static List<ListEntry> entries() {
        return List.of(
                entry("P1", EntryKind.PERSON, "John Smith"),
                entry("P2", EntryKind.PERSON, "Saddam Hussein Al-Tikriti", "Abu Ali"),
                entry("O1", EntryKind.ORGANISATION, "Al-Qaida", "The Base"),
                entry("O2", EntryKind.ORGANISATION, "Korea Ryonbong General Corporation"),
                entry("O3", EntryKind.ORGANISATION, "Tosan Trading International"),
                entry("O4", EntryKind.ORGANISATION, "Green Pine Associated Corporation"));
    }

    private final List<ListEntry> entries = entries();
    private final NameMatcher matcher = createMatcher(entries);

    @Test
    void every_listed_name_scores_one_against_its_entry() {
        for (ListEntry e : entries) {
            for (ListedName n : e.names()) {
                NameMatch m = matcher.match(ScreeningQuery.ofName(n.name()), e);
                assertThat(m.score()).as(n.name()).isEqualTo(1.0);
                assertThat(e.names()).contains(m.matchedName());
            }
        }
    }

    @Test
    void scores_stay_in_the_unit_interval_for_every_pair() {
        for (ListEntry query : entries) {
            for (ListEntry e : entries) {
                double s = matcher.match(ScreeningQuery.ofName(query.primaryName().name() + " x"), e).score();
                assertThat(s).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void the_same_question_gets_the_same_answer() {
        ScreeningQuery q = ScreeningQuery.ofName("Sadam Husein");
        assertThat(matcher.match(q, entries.get(1))).isEqualTo(matcher.match(q, entries.get(1)));
    }

    @Test
    void a_name_sharing_nothing_scores_zero() {
        assertThat(matcher.match(ScreeningQuery.ofName("Van Hoecke Metaalbewerking NV"), entries.get(1)).score())
                .isZero();
    }

    @Test
    void an_imperfect_name_scores_below_one() {
        assertThat(matcher.match(ScreeningQuery.ofName("Jon Smith"), entries.get(0)).score()).isLessThan(1.0);
        assertThat(matcher.match(ScreeningQuery.ofName("John Smith Jr"), entries.get(0)).score()).isLessThan(1.0);
    }
}
