package be.veerkracht.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.ProductId;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditExport;
import be.veerkracht.store.audit.AuditFileVerifier;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.audit.ChainBreak;
import be.veerkracht.store.audit.ChainVerification;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.MasterDataRegistry;
import be.veerkracht.store.snapshot.RegistryEntry;
import be.veerkracht.store.snapshot.RegistryKind;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the store promises on every database it supports; {@link H2StoreTest} and {@link PostgresStoreTest}
 * run all of it, each on a fresh database per test. One class with a group per facility, so no promise can be
 * checked on one database and forgotten on the other (JGraphT's contract tests are the model).
 */
abstract class StoreContractTest {

    /** SHA-256 of the empty file, as {@code sha256sum /dev/null} prints it. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final ImportInfo IMPORT = new ImportInfo("exports/portfolio-2026-11.xlsx", EMPTY_SHA256, "an.peeters");

    @TempDir
    Path temp;

    Database database;
    TestClock clock;
    AuditLog audit;
    SnapshotStore snapshots;
    MasterDataRegistry registry;

    /** A new, empty database for one test. */
    abstract DatabaseSettings newDatabase(Path temp);

    @BeforeEach
    void open() {
        database = Database.open(newDatabase(temp));
        clock = new TestClock();
        audit = new AuditLog(database.jdbi(), clock);
        snapshots = new SnapshotStore(database.jdbi(), audit, clock);
        registry = new MasterDataRegistry(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    void sql(String statement) {
        database.jdbi().useHandle(handle -> handle.execute(statement));
    }

    AuditEntryDraft draft(int n) {
        return AuditEntryDraft.of("tester", "test.append", "thing:" + n, Map.of("n", n));
    }

    @Nested
    class Opening {

        @Test
        void opening_again_finds_the_schema_up_to_date_and_the_data_kept() {
            snapshots.save(RichPortfolio.build(), IMPORT);
            database.close();
            database = Database.open(database.settings());
            SnapshotStore reopened = new SnapshotStore(database.jdbi(), new AuditLog(database.jdbi(), clock), clock);
            assertThat(reopened.list()).hasSize(1);
        }

        @Test
        void a_database_written_by_a_newer_veerkracht_is_refused() {
            sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__from_the_future.sql', 0, 'test', 0, TRUE)");
            database.close();
            assertThatThrownBy(() -> Database.open(database.settings()))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isEqualTo(StoreProblem.SCHEMA_TOO_NEW);
                        assertThat(e.args()).containsExactly(database.settings().displayUrl(), "99", "7");
                    });
        }

        @Test
        void the_audit_chain_starts_empty_and_intact() {
            assertThat(audit.verify()).isEqualTo(new ChainVerification.Intact(0, AuditEntry.GENESIS_HASH));
        }
    }

    @Nested
    class Snapshots {

        @Test
        void a_loaded_snapshot_equals_the_portfolio_saved() {
            Portfolio saved = RichPortfolio.build();
            SnapshotInfo info = snapshots.save(saved, IMPORT);
            Snapshot loaded = snapshots.load(info.id()).orElseThrow();
            assertThat(loaded.portfolio()).isEqualTo(saved);
            assertThat(loaded.portfolio().parts()).containsExactlyElementsOf(saved.parts());
            assertThat(loaded.portfolio().links()).containsExactlyElementsOf(saved.links());
            assertThat(loaded.portfolio().tools()).containsExactlyElementsOf(saved.tools());
            assertThat(loaded.info()).isEqualTo(info);
        }

        @Test
        void the_empty_portfolio_round_trips() {
            SnapshotInfo info = snapshots.save(Portfolio.empty(), IMPORT);
            assertThat(snapshots.load(info.id()).orElseThrow().portfolio()).isEqualTo(Portfolio.empty());
        }

        @Test
        void the_info_records_source_digest_actor_time_and_counts() {
            SnapshotInfo info = snapshots.save(RichPortfolio.build(), IMPORT);
            // RichPortfolio: 4 parts, 3 suppliers, 6 links, 3 tools
            assertThat(info).isEqualTo(new SnapshotInfo(info.id(), TestClock.START, IMPORT.source(),
                    EMPTY_SHA256, "an.peeters", 4, 3, 6, 3));
        }

        @Test
        void list_is_newest_first_and_latest_is_the_newest() {
            SnapshotInfo first = snapshots.save(RichPortfolio.build(), IMPORT);
            clock.advance(Duration.ofDays(31));
            SnapshotInfo second = snapshots.save(RichPortfolio.nextMonth(), IMPORT);
            assertThat(snapshots.list()).containsExactly(second, first);
            assertThat(snapshots.latest().orElseThrow().portfolio()).isEqualTo(RichPortfolio.nextMonth());
            assertThat(snapshots.load(first.id()).orElseThrow().portfolio()).isEqualTo(RichPortfolio.build());
        }

        @Test
        void nothing_is_found_before_the_first_import() {
            assertThat(snapshots.list()).isEmpty();
            assertThat(snapshots.latest()).isEmpty();
            assertThat(snapshots.load(42)).isEmpty();
        }

        @Test
        void import_time_is_stored_in_whole_milliseconds() {
            clock.set(Instant.parse("2026-11-28T09:30:00.123456789Z"));
            SnapshotInfo info = snapshots.save(RichPortfolio.build(), IMPORT);
            assertThat(info.importedAt()).isEqualTo(Instant.parse("2026-11-28T09:30:00.123Z"));
            assertThat(snapshots.list().get(0).importedAt()).isEqualTo(info.importedAt());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.123456789", "12345678901234567890.123456789012345678901234567890", "1E-30",
                "1E+50", "0.1000000000000000000000000000000000000000001", "99999999999999999999999999999999.99",
                "3.14159265358979323846264338327950288419716939937510582097494459"})
        void every_digit_of_an_amount_is_kept(String amount) {
            BigDecimal value = new BigDecimal(amount);
            Part part = new Part(Part.of("P-1", 1).id(), null, null, null, 1, 0, null, null, value, value, 0, null,
                    null, null, Map.of());
            SourcingLink link = new SourcingLink(part.id(), Supplier.of("S-1", "S", "BE").id(), null, 1,
                    new be.veerkracht.portfolio.Price(value, new BigDecimal(amount).abs().add(BigDecimal.ONE)),
                    be.veerkracht.portfolio.LeadTime.of(1), null, null, null, null, null, null, null, null, Map.of());
            Portfolio saved = RichPortfolio.assemble(List.of(part), List.of(Supplier.of("S-1", "S", "BE")),
                    List.of(link), List.of());
            long id = snapshots.save(saved, IMPORT).id();

            assertThat(snapshots.load(id).orElseThrow().portfolio()).isEqualTo(saved);
            BigDecimal stored = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT unit_price_eur FROM snapshot_sourcing WHERE snapshot_id = :id")
                    .bind("id", id).mapTo(BigDecimal.class).one());
            assertThat(stored).isEqualByComparingTo(value);
        }

        @Test
        void snapshots_are_queryable_with_sql() {
            long id = snapshots.save(RichPortfolio.build(), IMPORT).id();
            double shares = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT SUM(share) FROM snapshot_sourcing WHERE snapshot_id = :id AND part_id = 'P-100'")
                    .bind("id", id).mapTo(Double.class).one());
            List<String> twoPartTools = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT tool_id FROM snapshot_tool_part WHERE snapshot_id = :id GROUP BY tool_id "
                            + "HAVING COUNT(*) = 2").bind("id", id).mapTo(String.class).list());
            assertThat(shares).isEqualTo(1.0);
            assertThat(twoPartTools).containsExactly("T-1");
        }

        @Test
        void a_row_edited_into_nonsense_is_reported_with_where_it_is() {
            long id = snapshots.save(RichPortfolio.build(), IMPORT).id();
            sql("UPDATE snapshot_part SET annual_demand_units = -1 WHERE part_id = 'P-200'");
            assertThatThrownBy(() -> snapshots.load(id))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isEqualTo(StoreProblem.SNAPSHOT_INVALID);
                        // P-200 is the second part in key order
                        assertThat(e.getMessage()).contains("snapshot " + id + " [parts], row 2")
                                .contains("annual_demand_units");
                    });
        }
    }

    @Nested
    class Registries {

        @Test
        void ids_are_kept_across_imports_with_first_and_last_snapshot() {
            long first = snapshots.save(RichPortfolio.build(), IMPORT).id();
            long second = snapshots.save(RichPortfolio.nextMonth(), IMPORT).id();

            assertThat(registry.find(RegistryKind.PART, "P-100"))
                    .contains(new RegistryEntry(RegistryKind.PART, "P-100", first, second));
            assertThat(registry.find(RegistryKind.PART, "P-400")) // dropped in the second import
                    .contains(new RegistryEntry(RegistryKind.PART, "P-400", first, first));
            assertThat(registry.find(RegistryKind.PART, "P-500"))
                    .contains(new RegistryEntry(RegistryKind.PART, "P-500", second, second));
            assertThat(registry.list(RegistryKind.PART)).extracting(RegistryEntry::id)
                    .containsExactly("P-100", "P-200", "P-300", "P-400", "P-500");
            assertThat(registry.list(RegistryKind.SUPPLIER)).extracting(RegistryEntry::id)
                    .containsExactly("S-1", "S-2", "S-3");
            assertThat(registry.find(RegistryKind.TOOL, "T-2"))
                    .contains(new RegistryEntry(RegistryKind.TOOL, "T-2", first, second));
            assertThat(registry.find(RegistryKind.TOOL, "T-9")).isEmpty();
        }
    }

    @Nested
    class Atomicity {

        @Test
        void a_save_failing_midway_stores_nothing_and_leaves_earlier_snapshots_intact() {
            SnapshotInfo first = snapshots.save(RichPortfolio.build(), IMPORT);
            // Make the sourcing rows of any later snapshot fail: they are written after the snapshot row, the
            // audit entry, the registries, the parts and the suppliers.
            sql("ALTER TABLE snapshot_sourcing ADD CONSTRAINT test_fail_later CHECK (snapshot_id <= " + first.id()
                    + ")");

            assertThatThrownBy(() -> snapshots.save(RichPortfolio.nextMonth(), IMPORT))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreProblem.STORE_FAILED));

            assertThat(snapshots.list()).containsExactly(first);
            assertThat(registry.find(RegistryKind.PART, "P-500")).isEmpty();
            assertThat(registry.find(RegistryKind.PART, "P-100").orElseThrow().lastSeenSnapshotId())
                    .isEqualTo(first.id());
            assertThat(audit.verify()).isInstanceOfSatisfying(ChainVerification.Intact.class,
                    intact -> assertThat(intact.entries()).isEqualTo(1));
            assertThat(countRows("snapshot_part")).isEqualTo(4);
            assertThat(snapshots.load(first.id()).orElseThrow().portfolio()).isEqualTo(RichPortfolio.build());

            sql("ALTER TABLE snapshot_sourcing DROP CONSTRAINT test_fail_later");
            SnapshotInfo retried = snapshots.save(RichPortfolio.nextMonth(), IMPORT);
            assertThat(snapshots.load(retried.id()).orElseThrow().portfolio()).isEqualTo(RichPortfolio.nextMonth());
            assertThat(audit.entries(0, 10)).extracting(AuditEntry::subject)
                    .containsExactly(first.auditSubject(), retried.auditSubject());
        }

        private long countRows(String table) {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                    .mapTo(Long.class).one());
        }
    }

    @Nested
    class ProductsAndCustomers {

        @Test
        void products_bom_and_customers_round_trip_in_order() {
            Portfolio saved = RichPortfolio.build();
            Portfolio loaded = snapshots.load(snapshots.save(saved, IMPORT).id()).orElseThrow().portfolio();

            assertThat(loaded.products()).containsExactlyElementsOf(saved.products());
            assertThat(loaded.bom()).containsExactlyElementsOf(saved.bom());
            assertThat(loaded.customers()).containsExactlyElementsOf(saved.customers());
            // 0.1 + 0.2 = 0.30000000000000004 as a double: kept to the last bit
            assertThat(loaded.bomOf(new ProductId("M-1"))).extracting(BomLine::quantity)
                    .containsExactly(2.0, 0.30000000000000004);
        }

        @Test
        void a_portfolio_without_them_stores_no_rows_and_loads_with_empty_lists() {
            long id = snapshots.save(RichPortfolio.withoutProducts(), IMPORT).id();

            assertThat(snapshots.load(id).orElseThrow().portfolio()).isEqualTo(RichPortfolio.withoutProducts());
            assertThat(count("SELECT COUNT(*) FROM snapshot_product")).isZero();
            assertThat(count("SELECT COUNT(*) FROM customer")).isZero();
            // the import entry keeps the form it had before products existed
            assertThat(audit.entries(0, 1).get(0).details()).doesNotContain("products");
        }

        @Test
        void the_bom_is_queryable_with_sql() {
            long id = snapshots.save(RichPortfolio.build(), IMPORT).id();
            List<String> productsWithP100 = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT product_id FROM snapshot_bom WHERE snapshot_id = :id AND part_id = 'P-100' "
                            + "ORDER BY row_no").bind("id", id).mapTo(String.class).list());
            String country = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT country FROM snapshot_customer WHERE snapshot_id = :id AND customer_id = 'C-2'")
                    .bind("id", id).mapTo(String.class).one());

            assertThat(productsWithP100).containsExactly("M-1", "M-2");
            assertThat(country).isEqualTo("RU");
        }

        @Test
        void product_and_customer_ids_are_kept_across_imports() {
            long first = snapshots.save(RichPortfolio.build(), IMPORT).id();
            long second = snapshots.save(RichPortfolio.nextMonth(), IMPORT).id();

            assertThat(registry.find(RegistryKind.PRODUCT, "M-2"))
                    .contains(new RegistryEntry(RegistryKind.PRODUCT, "M-2", first, second));
            assertThat(registry.find(RegistryKind.CUSTOMER, "C-2")) // dropped in the second import
                    .contains(new RegistryEntry(RegistryKind.CUSTOMER, "C-2", first, first));
            assertThat(registry.list(RegistryKind.CUSTOMER)).extracting(RegistryEntry::id)
                    .containsExactly("C-1", "C-2", "C-3");
        }

        @Test
        void a_bom_row_edited_into_nonsense_is_reported_with_where_it_is() {
            long id = snapshots.save(RichPortfolio.build(), IMPORT).id();
            sql("UPDATE snapshot_bom SET quantity = 0 WHERE product_id = 'M-2'");

            assertThatThrownBy(() -> snapshots.load(id))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isEqualTo(StoreProblem.SNAPSHOT_INVALID);
                        // M-2 / P-100 is the third BOM line in key order
                        assertThat(e.getMessage()).contains("snapshot " + id + " [bom], row 3").contains("quantity");
                    });
        }

        @Test
        void a_save_failing_at_the_customers_stores_nothing() {
            SnapshotInfo first = snapshots.save(RichPortfolio.build(), IMPORT);
            // the customers are the last rows a save writes: after the products and the BOM
            sql("ALTER TABLE snapshot_customer ADD CONSTRAINT test_fail_last CHECK (snapshot_id <= " + first.id()
                    + ")");

            assertThatThrownBy(() -> snapshots.save(RichPortfolio.nextMonth(), IMPORT))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreProblem.STORE_FAILED));

            assertThat(snapshots.list()).containsExactly(first);
            assertThat(count("SELECT COUNT(*) FROM snapshot_product")).isEqualTo(2);
            assertThat(count("SELECT COUNT(*) FROM snapshot_bom")).isEqualTo(3);
            assertThat(registry.find(RegistryKind.CUSTOMER, "C-3")).isEmpty();
            assertThat(registry.find(RegistryKind.PRODUCT, "M-1").orElseThrow().lastSeenSnapshotId())
                    .isEqualTo(first.id());
            assertThat(audit.verify()).isInstanceOfSatisfying(ChainVerification.Intact.class,
                    intact -> assertThat(intact.entries()).isEqualTo(1));
        }

        private long count(String query) {
            return database.jdbi().withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
        }
    }

    @Nested
    class Audit {

        @Test
        void an_import_appends_one_entry_saying_what_came_in() {
            SnapshotInfo info = snapshots.save(RichPortfolio.build(), IMPORT);
            AuditEntry entry = audit.entries(0, 10).get(0);
            assertThat(entry.seq()).isEqualTo(1);
            assertThat(entry.at()).isEqualTo(info.importedAt());
            assertThat(entry.actor()).isEqualTo("an.peeters");
            assertThat(entry.action()).isEqualTo(SnapshotStore.IMPORT_ACTION);
            assertThat(entry.subject()).isEqualTo("snapshot:" + info.id());
            // RichPortfolio: 2 products, 3 BOM lines, 2 customers
            assertThat(entry.details()).isEqualTo("{\"bom_lines\":3,\"content_sha256\":\"" + EMPTY_SHA256
                    + "\",\"customers\":2,\"links\":6,\"parts\":4,\"products\":2,"
                    + "\"source\":\"exports/portfolio-2026-11.xlsx\",\"suppliers\":3,\"tools\":3}");
            assertThat(entry.prevHash()).isEqualTo(AuditEntry.GENESIS_HASH);
            assertThat(entry.hash()).isEqualTo(entry.computedHash());
        }

        @Test
        void entries_are_numbered_linked_and_stamped_by_the_clock() {
            AuditEntry first = audit.append(draft(1));
            clock.advance(Duration.ofMillis(1500));
            AuditEntry second = audit.append(draft(2));
            assertThat(second.seq()).isEqualTo(2);
            assertThat(second.prevHash()).isEqualTo(first.hash());
            assertThat(second.at()).isEqualTo(TestClock.START.plusMillis(1500));
            assertThat(audit.entries(0, 10)).containsExactly(first, second);
            assertThat(audit.entries(1, 10)).containsExactly(second);
            assertThat(audit.verify()).isEqualTo(new ChainVerification.Intact(2, second.hash()));
        }

        @Test
        void appending_outside_a_transaction_is_refused() {
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> audit.append(h, draft(1))))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void an_entry_appended_in_a_rolled_back_transaction_is_gone() {
            assertThatThrownBy(() -> database.jdbi().useTransaction(h -> {
                audit.append(h, draft(1));
                throw new IllegalStateException("the change being recorded failed");
            })).hasMessageContaining("failed");
            assertThat(audit.append(draft(2)).seq()).isEqualTo(1);
            assertThat(audit.verify().isIntact()).isTrue();
        }

        @Test
        void concurrent_appenders_queue_and_the_chain_stays_whole() throws Exception {
            int threads = 4;
            int each = 10;
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < each; i++) {
                        audit.append(draft(thread * 100 + i));
                    }
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (Future<Void> done : pool.invokeAll(work)) {
                    done.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(audit.verify()).isInstanceOfSatisfying(ChainVerification.Intact.class,
                    intact -> assertThat(intact.entries()).isEqualTo(threads * each));
        }

        @Test
        void concurrent_imports_all_land_with_their_registries() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<SnapshotInfo>> saves = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Portfolio portfolio = i % 2 == 0 ? RichPortfolio.build() : RichPortfolio.nextMonth();
                    saves.add(pool.submit(() -> snapshots.save(portfolio, IMPORT)));
                }
                for (Future<SnapshotInfo> save : saves) {
                    save.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(snapshots.list()).hasSize(4);
            assertThat(registry.list(RegistryKind.PART)).hasSize(5);
            assertThat(audit.verify()).isInstanceOfSatisfying(ChainVerification.Intact.class,
                    intact -> assertThat(intact.entries()).isEqualTo(4));
        }
    }

    @Nested
    class Tampering {

        /** Five entries; each test then tampers with entry 2 (or the last). */
        @BeforeEach
        void fiveEntries() {
            for (int n = 1; n <= 5; n++) {
                audit.append(draft(n));
                clock.advance(Duration.ofSeconds(1));
            }
        }

        @Test
        void an_edited_entry_is_found_in_the_database() {
            sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2");
            assertBroken(audit.verify(), ChainBreak.HASH_MISMATCH, 2, 2);
        }

        @Test
        void a_deleted_entry_is_found_in_the_database() {
            sql("DELETE FROM audit_entry WHERE seq = 2");
            ChainVerification verdict = audit.verify();
            assertBroken(verdict, ChainBreak.SEQ_GAP, 2, 3);
            assertThat(((ChainVerification.Broken) verdict).args()).containsExactly("2", "3");
        }

        /** In the database seq is the order, so a reordering means renumbering, and seq is hashed. */
        @Test
        void reordered_entries_are_found_in_the_database() {
            sql("UPDATE audit_entry SET seq = 1000 WHERE seq = 2");
            sql("UPDATE audit_entry SET seq = 2 WHERE seq = 3");
            sql("UPDATE audit_entry SET seq = 3 WHERE seq = 1000");
            assertBroken(audit.verify(), ChainBreak.HASH_MISMATCH, 2, 2);
        }

        @Test
        void entries_deleted_at_the_end_are_found_by_the_head() {
            sql("DELETE FROM audit_entry WHERE seq = 5");
            ChainVerification verdict = audit.verify();
            assertThat(verdict).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
                assertThat(broken.reason()).isEqualTo(ChainBreak.HEAD_MISMATCH);
                assertThat(broken.position()).isEqualTo(5);
            });
        }

        @Test
        void an_edit_with_a_recomputed_hash_is_found_at_the_next_entry() {
            AuditEntry original = audit.entries(1, 1).get(0);
            AuditEntry forged = new AuditEntry(2, original.at(), "mallory", original.action(), original.subject(),
                    original.details(), original.prevHash(), AuditEntry.GENESIS_HASH);
            sql("UPDATE audit_entry SET actor = 'mallory', hash = '" + forged.computedHash() + "' WHERE seq = 2");
            assertBroken(audit.verify(), ChainBreak.PREV_HASH_MISMATCH, 3, 3);
        }

        @Test
        void a_row_that_is_no_entry_is_reported_not_thrown() {
            sql("UPDATE audit_entry SET details = 'not json' WHERE seq = 3");
            assertThat(audit.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
                assertThat(broken.reason()).isEqualTo(ChainBreak.MALFORMED);
                assertThat(broken.position()).isEqualTo(3);
                assertThat(broken.seq()).isEqualTo(OptionalLong.of(3));
            });
            assertThatThrownBy(() -> audit.export(temp.resolve("audit.jsonl")))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.getMessage()).contains("seq 3 is malformed"));
            assertThat(temp.resolve("audit.jsonl")).doesNotExist();
        }

        @Test
        void an_intact_export_verifies_with_the_same_head() throws IOException {
            AuditExport export = audit.export(temp.resolve("audit.jsonl"));
            assertThat(export.entries()).isEqualTo(5);
            assertThat(Files.readAllLines(export.file())).hasSize(5);
            assertThat(AuditFileVerifier.verify(export.file()))
                    .isEqualTo(new ChainVerification.Intact(5, export.headHash()))
                    .isEqualTo(audit.verify());
        }

        @Test
        void an_edited_line_is_found_in_the_export() throws IOException {
            Path file = audit.export(temp.resolve("audit.jsonl")).file();
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.set(1, lines.get(1).replace("\"actor\":\"tester\"", "\"actor\":\"mallory\""));
            Files.write(file, lines, StandardCharsets.UTF_8);
            assertBroken(AuditFileVerifier.verify(file), ChainBreak.HASH_MISMATCH, 2, 2);
        }

        @Test
        void a_deleted_line_is_found_in_the_export() throws IOException {
            Path file = audit.export(temp.resolve("audit.jsonl")).file();
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.remove(1);
            Files.write(file, lines, StandardCharsets.UTF_8);
            assertBroken(AuditFileVerifier.verify(file), ChainBreak.SEQ_GAP, 2, 3);
        }

        @Test
        void reordered_lines_are_found_in_the_export() throws IOException {
            Path file = audit.export(temp.resolve("audit.jsonl")).file();
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.add(1, lines.remove(2));
            Files.write(file, lines, StandardCharsets.UTF_8);
            assertBroken(AuditFileVerifier.verify(file), ChainBreak.SEQ_OUT_OF_ORDER, 2, 3);
        }

        @Test
        void an_export_of_a_tampered_database_shows_the_tampering() {
            sql("UPDATE audit_entry SET details = '{\"n\":999}' WHERE seq = 4");
            Path file = audit.export(temp.resolve("audit.jsonl")).file();
            assertBroken(AuditFileVerifier.verify(file), ChainBreak.HASH_MISMATCH, 4, 4);
        }

        @Test
        void the_verdict_reads_as_a_sentence_in_each_language() {
            sql("DELETE FROM audit_entry WHERE seq = 2");
            ChainVerification verdict = audit.verify();
            assertThat(verdict.message(Locale.ENGLISH))
                    .isEqualTo("position 2 (seq 3): entry 2 is missing, so an entry was deleted (expected seq 2, found 3)");
            assertThat(verdict.message(new Locale("nl"))).startsWith("positie 2 (seq 3): regel 2 ontbreekt");
            assertThat(verdict.message(Locale.FRENCH)).startsWith("position 2 (seq 3) : l'entrée 2 manque");
        }

        private void assertBroken(ChainVerification verdict, ChainBreak reason, long position, long seq) {
            assertThat(verdict).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
                assertThat(broken.reason()).isEqualTo(reason);
                assertThat(broken.position()).isEqualTo(position);
                assertThat(broken.seq()).isEqualTo(OptionalLong.of(seq));
            });
        }
    }
}
