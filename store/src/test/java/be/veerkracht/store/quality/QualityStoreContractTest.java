package be.veerkracht.store.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementHistory;
import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.measurement.Batch;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.TestClock;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the quality records promise on every database: agreement versions appended and never overwritten, batches
 * stored once per supplier and batch ID, imports all or nothing, supplier tokens kept only as hashes, and an audit
 * entry with each change.
 */
abstract class QualityStoreContractTest {

    static final PartId PART = new PartId("100234");
    static final SupplierId PRIMARY = new SupplierId("S-100");
    static final SupplierId SECOND = new SupplierId("S-200");
    static final Characteristic BORE = new Characteristic("bore_diameter", "mm", 25.0, 24.95, 25.05, "CMM", 3,
            "every lot", true, null);
    static final Characteristic ROUGHNESS = new Characteristic("roughness_ra", "um", null, null, 1.6, "profilometer",
            1, "weekly", false, 0.2);

    @TempDir
    Path temp;

    Database database;
    TestClock clock;
    AuditLog audit;
    AgreementStore agreements;
    MeasurementStore measurements;
    SupplierTokenStore tokens;

    abstract DatabaseSettings newDatabase(Path temp);

    @BeforeEach
    void open() {
        database = Database.open(newDatabase(temp));
        clock = new TestClock();
        audit = new AuditLog(database.jdbi(), clock);
        agreements = new AgreementStore(database.jdbi(), audit, clock);
        measurements = new MeasurementStore(database.jdbi(), audit, clock);
        tokens = new SupplierTokenStore(database.jdbi(), audit, clock, new SecureRandom());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void changed_terms_add_a_version_the_same_terms_add_nothing_and_old_versions_stay() {
        AgreementTerms first = new AgreementTerms(PART, PRIMARY, List.of(BORE, ROUGHNESS));
        assertThat(agreements.record("an.peeters", first, "PPAP").created()).isTrue();
        clock.advance(Duration.ofDays(1));
        AgreementStore.Recorded again = agreements.record("jan.claes", first, "re-import");
        assertThat(again.created()).isFalse();
        assertThat(again.agreement().version()).isEqualTo(1);
        Characteristic widened = new Characteristic("bore_diameter", "mm", 25.0, 24.94, 25.06, "CMM", 3, "every lot",
                true, null);
        clock.advance(Duration.ofDays(1));
        agreements.record("jan.claes", new AgreementTerms(PART, PRIMARY, List.of(widened, ROUGHNESS)), "USL widened");

        AgreementHistory history = agreements.history(PART);
        assertThat(history.versions()).hasSize(2);
        assertThat(history.version(1).orElseThrow().characteristics()).containsExactly(BORE, ROUGHNESS);
        assertThat(history.version(1).orElseThrow().change().author()).isEqualTo("an.peeters");
        assertThat(history.version(1).orElseThrow().change().at()).isEqualTo(TestClock.START);
        assertThat(history.current().orElseThrow().characteristics()).containsExactly(widened, ROUGHNESS);
        assertThat(history.current().orElseThrow().change().reason()).isEqualTo("USL widened");
        // the one-sided roughness keeps its empty lsl and explicit margin; the bore its default margin
        Characteristic roughness = history.current().orElseThrow().characteristic("roughness_ra").orElseThrow();
        assertThat(roughness.lsl()).isNull();
        assertThat(roughness.margin()).isEqualTo(0.2);
        assertThat(agreements.all()).extracting(AgreementHistory::part).containsExactly(PART);
        assertThat(audit.entries(0, 100)).extracting(AuditEntry::action, AuditEntry::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("quality.agreement", "part:100234"),
                org.assertj.core.groups.Tuple.tuple("quality.agreement", "part:100234"));
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    void a_batch_is_stored_once_a_repeat_is_a_no_op_and_other_content_under_its_id_is_refused() {
        Batch batch = new Batch("COA-2406-01", SECOND, List.of(m(SECOND, "L1", 25.01), m(SECOND, "L1", 24.99)));
        BatchReceipt first = measurements.post("vks_abcdefgh", batch);
        assertThat(first.alreadyStored()).isFalse();
        assertThat(first.batch().measurementCount()).isEqualTo(2);

        // the same measurements in another order are the same batch
        Batch reordered = new Batch("COA-2406-01", SECOND, List.of(m(SECOND, "L1", 24.99), m(SECOND, "L1", 25.01)));
        BatchReceipt repeat = measurements.post("vks_abcdefgh", reordered);
        assertThat(repeat.alreadyStored()).isTrue();
        assertThat(repeat.batch().ref()).isEqualTo(first.batch().ref());

        Batch changed = new Batch("COA-2406-01", SECOND, List.of(m(SECOND, "L1", 25.02), m(SECOND, "L1", 24.99)));
        assertThatThrownBy(() -> measurements.post("vks_abcdefgh", changed))
                .isInstanceOfSatisfying(QualityException.class, e -> {
                    assertThat(e.problem()).isEqualTo(QualityProblem.BATCH_CONFLICT);
                    assertThat(e.message(Locale.ENGLISH)).startsWith("supplier S-200 posted batch COA-2406-01 before");
                });
        // another supplier may use the same batch ID
        assertThat(measurements.post("vks_zyxwvuts", new Batch("COA-2406-01", PRIMARY,
                List.of(m(PRIMARY, "A7", 25.0)))).alreadyStored()).isFalse();

        // 2 + 1 measurements stored; nothing from the repeat or the conflict
        assertThat(measurements.measurements(PART)).hasSize(3);
        assertThat(measurements.counts(PART)).containsExactly(
                new MeasurementCount(PRIMARY, "bore_diameter", Source.SUPPLIER_CERTIFICATE, 1, AT, AT),
                new MeasurementCount(SECOND, "bore_diameter", Source.SUPPLIER_CERTIFICATE, 2, AT, AT));
        assertThat(audit.entries(0, 100)).extracting(AuditEntry::action).containsExactly("quality.batch",
                "quality.batch");
        assertThat(measurements.batch(SECOND, "COA-2406-01").orElseThrow().contentSha256())
                .isEqualTo(MeasurementStore.contentSha256(batch.measurements()));
    }

    @Test
    void a_file_import_stores_agreements_and_measurements_together_and_the_same_file_once() {
        QualityFileImport file = new QualityFileImport("quality.xlsx", "ab".repeat(32),
                List.of(new QualityFileImport.Agreement(new AgreementTerms(PART, PRIMARY, List.of(BORE)), null)),
                List.of(m(PRIMARY, "L1", 25.0), m(SECOND, "L9", 25.03)));
        QualityFileImport.Result result = measurements.importFile("an.peeters", file);
        assertThat(result.newVersions()).isEqualTo(1);
        assertThat(result.measurementsStored()).isEqualTo(2);
        assertThat(agreements.current(PART).orElseThrow().change().reason()).isEqualTo("imported from quality.xlsx");

        QualityFileImport.Result again = measurements.importFile("an.peeters", file);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.newVersions()).isZero();
        assertThat(measurements.measurements(PART)).hasSize(2);
        assertThat(measurements.parts()).containsExactly(PART);
        assertThat(audit.entries(0, 100)).extracting(AuditEntry::action)
                .containsExactly("quality.agreement", "quality.import");
    }

    @Test
    void a_failing_import_stores_nothing_not_even_its_agreements() {
        // received_by holds at most 200 characters: the batch row fails after the agreement and audit rows
        String longActor = "a".repeat(250);
        QualityFileImport file = new QualityFileImport("quality.xlsx", "cd".repeat(32),
                List.of(new QualityFileImport.Agreement(new AgreementTerms(PART, PRIMARY, List.of(BORE)), "PPAP")),
                List.of(m(PRIMARY, "L1", 25.0)));
        assertThatThrownBy(() -> measurements.importFile(longActor, file))
                .isInstanceOf(be.veerkracht.store.StoreException.class);
        assertThat(agreements.history(PART).versions()).isEmpty();
        assertThat(measurements.measurements(PART)).isEmpty();
        assertThat(audit.entries(0, 100)).isEmpty();
    }

    @Test
    void a_supplier_token_names_its_supplier_until_revoked_and_only_its_hash_is_kept() {
        SupplierTokenStore.NewSupplierToken created = tokens.create("an.peeters", SECOND);
        assertThat(created.text()).startsWith("vks_").hasSize(4 + 43); // 32 bytes in unpadded base64url: 43
        assertThat(created.token().prefix()).isEqualTo(created.text().substring(0, 12));
        assertThat(tokens.authenticate(created.text())).map(SupplierToken::supplier).contains(SECOND);
        assertThat(tokens.authenticate(created.text() + "x")).isEmpty();
        assertThat(tokens.authenticate("vk_" + created.text().substring(4))).isEmpty();
        long stored = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM supplier_token WHERE token_sha256 = :sha")
                .bind("sha", be.veerkracht.store.user.TokenStore.sha256(created.text())).mapTo(Long.class).one());
        assertThat(stored).isEqualTo(1);

        tokens.revoke("an.peeters", created.token().id());
        assertThat(tokens.authenticate(created.text())).isEmpty();
        assertThat(tokens.list()).singleElement().satisfies(t -> assertThat(t.isRevoked()).isTrue());
        assertThatThrownBy(() -> tokens.revoke("an.peeters", 999)).isInstanceOf(QualityException.class);
        assertThat(audit.entries(0, 100)).extracting(AuditEntry::action)
                .containsExactly("quality.token_create", "quality.token_revoke")
                .allSatisfy(action -> assertThat(action).doesNotContain(created.text()));
        assertThat(audit.entries(0, 100)).allSatisfy(e -> assertThat(e.details()).doesNotContain(
                created.text().substring(12)));
    }

    static final Instant AT = Instant.parse("2026-06-01T06:00:00Z");

    private static Measurement m(SupplierId supplier, String lot, double value) {
        return new Measurement(PART, "bore_diameter", supplier, lot, AT, value, Source.SUPPLIER_CERTIFICATE);
    }
}
