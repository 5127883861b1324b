package be.veerkracht.store.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.ListVersion;
import be.veerkracht.screening.ListedName;
import be.veerkracht.screening.SanctionsList;
import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.TestClock;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sanctions-list store and the review decisions promise on every database. */
abstract class SanctionsStoreContractTest {

    private static final String HASH_1 = "1".repeat(64);
    private static final String HASH_2 = "2".repeat(64);

    @TempDir
    Path temp;

    Database database;
    AuditLog audit;
    SanctionsListStore lists;
    ReviewStore reviews;

    abstract DatabaseSettings newDatabase(Path temp);

    @BeforeEach
    void open() {
        database = Database.open(newDatabase(temp));
        TestClock clock = new TestClock();
        audit = new AuditLog(database.jdbi(), clock);
        lists = new SanctionsListStore(database.jdbi(), audit, clock);
        reviews = new ReviewStore(database.jdbi(), audit, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The UN's QDe.115 style entity, with an alias of each quality, two countries and an identifier. */
    static ListEntry entity(String id, String remarks) {
        return new ListEntry(id, EntryKind.ORGANISATION, List.of(
                new ListedName("Al-Rashid Trust", AliasQuality.PRIMARY, null),
                new ListedName("Al-Rasheed Trust", AliasQuality.STRONG, null),
                new ListedName("Trust", AliasQuality.WEAK, null),
                new ListedName("الرشيد", AliasQuality.STRONG, "ar")),
                Set.of("PK", "AF"), List.of(), List.of(new Identifier("regnumber", "123-45", "PK")),
                List.of("1267"), "2001-10-06", remarks);
    }

    static ListEntry person(String id) {
        return new ListEntry(id, EntryKind.PERSON, List.of(new ListedName("Ivan Petrov", AliasQuality.PRIMARY, "ru")),
                Set.of("RU"), List.of("1960-01-01", "1961"), List.of(), List.of("RUSSIA-EO14024"), null, null);
    }

    static SanctionsList list(String hash, List<ListEntry> entries) {
        return new SanctionsList(new ListVersion(ListSource.UN, LocalDate.of(2026, 2, 27), hash, entries.size()),
                entries);
    }

    @Test
    void a_list_version_round_trips_with_every_field_of_its_entries() {
        SanctionsList list = list(HASH_1, List.of(entity("QDe.115", "remarks"), person("QDi.001")));
        StoredListVersion stored = lists.importList("an.peeters", list, "un_consolidated_2026-02-27.xml");
        assertThat(stored.created()).isTrue();
        assertThat(lists.load(stored)).isEqualTo(list);
        assertThat(lists.versions()).hasSize(1);
        assertThat(audit.entries(0, 5)).extracting(AuditEntry::action).containsExactly("sanctions.list_import");
        assertThat(audit.entries(0, 5).get(0).details()).contains(HASH_1).contains("\"entries\":2");
    }

    @Test
    void the_same_file_again_stores_nothing_and_a_new_version_coexists() {
        lists.importList("an.peeters", list(HASH_1, List.of(entity("QDe.115", "a"))), "un-1.xml");
        StoredListVersion again = lists.importList("an.peeters", list(HASH_1, List.of(entity("QDe.115", "a"))),
                "copy.xml");
        assertThat(again.created()).isFalse();
        assertThat(again.fileName()).isEqualTo("un-1.xml");
        StoredListVersion second = lists.importList("an.peeters", list(HASH_2, List.of(entity("QDe.115", "b"))),
                "un-2.xml");
        assertThat(lists.versions()).hasSize(2);
        assertThat(lists.latest()).extracting(StoredListVersion::id).containsExactly(second.id());
        assertThat(audit.entries(0, 5)).hasSize(2);
    }

    @Test
    void a_large_list_is_stored_in_batches_in_order() {
        List<ListEntry> many = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            many.add(person("P-" + i));
        }
        StoredListVersion stored = lists.importList("an.peeters", list(HASH_1, many), "big.xml");
        assertThat(lists.load(stored).entries()).hasSize(1234).first().isEqualTo(person("P-0"));
        assertThat(lists.fingerprints(stored)).hasSize(1234);
    }

    @Test
    void a_false_positive_holds_until_the_list_changes_the_entry() {
        StoredListVersion v1 = lists.importList("an.peeters", list(HASH_1, List.of(entity("QDe.115", "a"))), "1");
        String before = lists.fingerprints(v1).get("QDe.115");
        Review review = reviews.decide("an.peeters", "supplier:S-100", ListSource.UN, "QDe.115", before,
                ReviewDecision.FALSE_POSITIVE, "our supplier is a Ghent logistics firm, registered BE 0412.345.678");
        assertThat(reviews.latest("supplier:S-100", ListSource.UN, "QDe.115")).contains(review);

        StoredListVersion v2 = lists.importList("an.peeters", list(HASH_2, List.of(entity("QDe.115", "changed"))),
                "2");
        String after = lists.fingerprints(v2).get("QDe.115");
        assertThat(after).isNotEqualTo(before);
        assertThat(review.appliesTo(before)).isTrue();
        assertThat(review.appliesTo(after)).isFalse();
        assertThat(audit.entries(0, 5)).extracting(AuditEntry::action).containsExactly("sanctions.list_import",
                "screening.review", "sanctions.list_import");
        assertThatThrownBy(() -> reviews.decide("an.peeters", "supplier:S-100", ListSource.UN, "QDe.115", after,
                ReviewDecision.TRUE_MATCH, " ")).hasMessageContaining("reason");
    }

    @Test
    void a_screening_finds_the_listed_name_keeps_the_review_and_flags_an_embargoed_country() {
        lists.importList("an.peeters", list(HASH_1, List.of(entity("QDe.115", "a"), person("QDi.001"))), "1");
        Counterparty trust = new Counterparty("supplier:S-9", "Al Rashid Trust", "PK");
        Counterparty ghent = new Counterparty("supplier:S-1", "Van Hoecke Metaalbewerking NV", "BE");
        Counterparty moscow = new Counterparty("customer:K-7", "OOO Stankoimport Service", "RU");
        be.veerkracht.compliance.Embargo ban = new be.veerkracht.compliance.Embargo("EMB-RU", "dual-use ban on Russia",
                "Reg. (EU) 833/2014, Art. 2", be.veerkracht.compliance.Confidence.SECONDARY,
                new be.veerkracht.geo.CountryCode("RU"), be.veerkracht.compliance.Embargo.Kind.DUAL_USE_BAN);
        PortfolioScreening screening = new PortfolioScreening(lists, reviews, audit);

        ScreeningResult first = screening.screen(List.of(trust, ghent, moscow), 0.80, List.of(ban), "an.peeters",
                "snapshot:1");
        // "Al Rashid Trust" is the primary name with one token spelled apart: a hit; the Ghent firm and the Moscow
        // customer share no name with the list
        assertThat(first.hits()).extracting(h -> h.who().ref()).containsExactly("supplier:S-9");
        assertThat(first.hits().get(0).state()).isEqualTo(ReviewState.OPEN);
        assertThat(first.countries()).extracting(c -> c.who().ref()).containsExactly("customer:K-7");
        assertThat(first.open()).isEqualTo(1);
        assertThat(audit.entries(0, 5).get(1).action()).isEqualTo("screening.run");
        assertThat(audit.entries(0, 5).get(1).details()).contains("un 2026-02-27 11111111");

        reviews.decide("an.peeters", "supplier:S-9", ListSource.UN, "QDe.115", first.hits().get(0).fingerprint(),
                ReviewDecision.TRUE_MATCH, "same registration number 123-45");
        ScreeningResult second = screening.screen(List.of(trust), 0.80, List.of(), null, "name");
        assertThat(second.hits().get(0).state()).isEqualTo(ReviewState.TRUE_MATCH);
        assertThat(second.auditSeq()).isZero();
    }
}
