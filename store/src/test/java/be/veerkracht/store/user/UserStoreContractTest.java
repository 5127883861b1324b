package be.veerkracht.store.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.TestClock;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.audit.ChainVerification;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link UserStore} and {@link TokenStore} promise on every database; {@link H2UserStoreTest} and
 * {@link PostgresUserStoreTest} run it, each test on a fresh database (the pattern of {@code StoreContractTest}).
 */
abstract class UserStoreContractTest {

    /** Argon2id at 64 KiB and one pass: the same code path as production, a thousandth of its cost. */
    static final Argon2Settings CHEAP = new Argon2Settings(16, 32, 1, 64, 1);
    static final LockoutPolicy LOCKOUT = new LockoutPolicy(5, Duration.ofMinutes(15));
    static final String PASSWORD = "correct horse battery staple";
    static final String ADMIN = "an.peeters";

    @TempDir
    Path temp;

    Database database;
    TestClock clock;
    AuditLog audit;
    UserStore users;
    TokenStore tokens;

    /** A new, empty database for one test. */
    abstract DatabaseSettings newDatabase(Path temp);

    @BeforeEach
    void open() {
        database = Database.open(newDatabase(temp));
        clock = new TestClock();
        audit = new AuditLog(database.jdbi(), clock);
        users = new UserStore(database.jdbi(), audit, clock, new PasswordHashing(CHEAP), LOCKOUT);
        tokens = new TokenStore(database.jdbi(), audit, clock, new SecureRandom());
    }

    @AfterEach
    void close() {
        database.close();
    }

    List<String> column(String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    List<AuditEntry> entries() {
        return audit.entries(0, 1000);
    }

    @Nested
    class Users {

        @Test
        void an_added_user_is_stored_with_role_and_time_and_audited() {
            User added = users.add(ADMIN, "jan.claes", Role.BUYER, PASSWORD);

            assertThat(added).isEqualTo(new User("jan.claes", Role.BUYER, TestClock.START, 0, Optional.empty()));
            assertThat(users.find("jan.claes")).contains(added);
            assertThat(entries()).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo(ADMIN);
                assertThat(e.action()).isEqualTo("user.add");
                assertThat(e.subject()).isEqualTo("user:jan.claes");
                assertThat(e.details()).isEqualTo("{\"role\":\"BUYER\"}");
            });
        }

        @Test
        void the_stored_hash_is_argon2id_and_not_the_password() {
            users.add(ADMIN, "jan.claes", Role.BUYER, PASSWORD);

            String hash = column("SELECT password_hash FROM app_user").get(0);
            assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=1$").doesNotContain(PASSWORD);
            assertThat(new PasswordHashing(CHEAP).matches(PASSWORD, hash)).isTrue();
        }

        @Test
        void a_taken_name_is_refused_and_nothing_is_audited() {
            users.add(ADMIN, "jan.claes", Role.BUYER, PASSWORD);

            assertThatThrownBy(() -> users.add(ADMIN, "jan.claes", Role.VIEWER, PASSWORD))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.problem()).isEqualTo(UserProblem.NAME_TAKEN));
            assertThat(entries()).hasSize(1);
            assertThat(users.find("jan.claes").orElseThrow().role()).isEqualTo(Role.BUYER);
        }

        @Test
        void a_short_password_is_refused_before_anything_is_stored() {
            assertThatThrownBy(() -> users.add(ADMIN, "jan.claes", Role.BUYER, "elevenchars"))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.problem()).isEqualTo(UserProblem.PASSWORD_TOO_SHORT));
            assertThat(users.list()).isEmpty();
            assertThat(entries()).isEmpty();
        }

        @Test
        void a_role_change_is_stored_and_audited_with_before_and_after() {
            users.add(ADMIN, "jan.claes", Role.VIEWER, PASSWORD);

            User changed = users.changeRole(ADMIN, "jan.claes", Role.QUALITY);

            assertThat(changed.role()).isEqualTo(Role.QUALITY);
            assertThat(users.find("jan.claes").orElseThrow().role()).isEqualTo(Role.QUALITY);
            assertThat(entries().get(1).action()).isEqualTo("user.role_change");
            assertThat(entries().get(1).details()).isEqualTo("{\"from\":\"VIEWER\",\"to\":\"QUALITY\"}");
        }

        @Test
        void changing_the_role_of_an_unknown_user_fails() {
            assertThatThrownBy(() -> users.changeRole(ADMIN, "nobody", Role.ADMIN))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.problem()).isEqualTo(UserProblem.NO_SUCH_USER));
        }

        @Test
        void users_are_listed_by_name() {
            users.add(ADMIN, "zoë", Role.VIEWER, PASSWORD);
            users.add(ADMIN, "anna", Role.ADMIN, PASSWORD);

            assertThat(users.list()).extracting(User::name).containsExactly("anna", "zoë");
        }
    }

    @Nested
    class Logins {

        @BeforeEach
        void aUser() {
            users.add(ADMIN, "jan.claes", Role.BUYER, PASSWORD);
        }

        void failTimes(int n) {
            for (int i = 0; i < n; i++) {
                assertThat(users.login("jan.claes", "wrong password " + i)).isEmpty();
            }
        }

        @Test
        void the_right_password_logs_in() {
            assertThat(users.login("jan.claes", PASSWORD)).map(User::role).contains(Role.BUYER);
        }

        @Test
        void a_wrong_password_and_an_unknown_name_get_the_same_answer() {
            Optional<User> wrongPassword = users.login("jan.claes", "not the password");
            Optional<User> unknownName = users.login("jan.klaes", PASSWORD);

            assertThat(wrongPassword).isEmpty().isEqualTo(unknownName);
        }

        @Test
        void failures_below_the_limit_do_not_lock_and_success_resets_the_count() {
            failTimes(4);
            assertThat(users.find("jan.claes").orElseThrow().failedLogins()).isEqualTo(4);

            assertThat(users.login("jan.claes", PASSWORD)).isPresent();
            assertThat(users.find("jan.claes").orElseThrow().failedLogins()).isZero();
            failTimes(4);
            assertThat(users.login("jan.claes", PASSWORD)).isPresent();
        }

        @Test
        void the_fifth_failure_locks_out_even_the_right_password_and_is_audited() {
            failTimes(5);

            User locked = users.find("jan.claes").orElseThrow();
            assertThat(locked.lockedUntil()).contains(TestClock.START.plus(Duration.ofMinutes(15)));
            assertThat(users.login("jan.claes", PASSWORD)).isEmpty();
            AuditEntry lock = entries().get(1);
            assertThat(lock.action()).isEqualTo("user.lock");
            assertThat(lock.actor()).isEqualTo("system");
            assertThat(lock.subject()).isEqualTo("user:jan.claes");
            assertThat(lock.details()).isEqualTo("{\"failures\":5,\"until\":\"2026-11-28T09:45:00Z\"}");
        }

        @Test
        void the_lock_holds_until_the_period_ends_and_then_the_right_password_works() {
            failTimes(5);

            clock.advance(Duration.ofMinutes(15).minusSeconds(1));
            assertThat(users.login("jan.claes", PASSWORD)).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            assertThat(users.login("jan.claes", PASSWORD)).isPresent();
            assertThat(users.find("jan.claes").orElseThrow())
                    .satisfies(u -> assertThat(u.lockedUntil()).isEmpty())
                    .satisfies(u -> assertThat(u.failedLogins()).isZero());
        }

        @Test
        void a_new_password_replaces_the_old_ends_the_lock_and_is_audited_without_the_password() {
            failTimes(5);
            String fresh = "a new and long enough password";

            User user = users.setPassword(ADMIN, "jan.claes", fresh);

            assertThat(user.lockedUntil()).isEmpty();
            assertThat(users.login("jan.claes", PASSWORD)).isEmpty();
            assertThat(users.login("jan.claes", fresh)).isPresent();
            AuditEntry set = entries().get(2); // user.add, user.lock, then this
            assertThat(set.action()).isEqualTo("user.password_set");
            assertThat(set.subject()).isEqualTo("user:jan.claes");
            assertThat(set.details()).isEqualTo("{}");
            assertThatThrownBy(() -> users.setPassword(ADMIN, "nobody", fresh)).isInstanceOf(UserException.class);
        }

        @Test
        void attempts_during_the_lock_neither_count_nor_extend_it() {
            failTimes(5);
            Instant until = users.find("jan.claes").orElseThrow().lockedUntil().orElseThrow();

            clock.advance(Duration.ofMinutes(10));
            failTimes(7);

            assertThat(users.find("jan.claes").orElseThrow().lockedUntil()).contains(until);
            assertThat(entries()).filteredOn(e -> e.action().equals("user.lock")).hasSize(1);
        }

        @Test
        void after_a_lock_the_count_starts_again_from_zero() {
            failTimes(5);
            clock.advance(Duration.ofMinutes(15));

            failTimes(4);
            assertThat(users.find("jan.claes").orElseThrow().isLockedAt(clock.instant())).isFalse();
            failTimes(1);
            assertThat(users.find("jan.claes").orElseThrow().isLockedAt(clock.instant())).isTrue();
        }
    }

    @Nested
    class Tokens {

        @BeforeEach
        void aUser() {
            users.add(ADMIN, "jan.claes", Role.BUYER, PASSWORD);
        }

        @Test
        void a_new_token_authenticates_as_its_user_with_the_current_role() {
            NewToken created = tokens.create(ADMIN, "jan.claes");

            assertThat(created.text()).matches("vk_[A-Za-z0-9_-]{43}");
            assertThat(tokens.authenticate(created.text()))
                    .contains(new TokenOwner(created.token().id(), "jan.claes", Role.BUYER));
            users.changeRole(ADMIN, "jan.claes", Role.VIEWER);
            assertThat(tokens.authenticate(created.text())).map(TokenOwner::role).contains(Role.VIEWER);
        }

        @Test
        void only_the_sha256_and_the_display_prefix_are_stored() {
            NewToken created = tokens.create(ADMIN, "jan.claes");

            assertThat(column("SELECT token_sha256 FROM api_token"))
                    .containsExactly(TokenStore.sha256(created.text()));
            assertThat(column("SELECT prefix FROM api_token"))
                    .containsExactly(created.text().substring(0, 11));
            assertThat(created.token().prefix()).isEqualTo(created.text().substring(0, 11));
            String everything = String.join("|", column("SELECT CONCAT(id, prefix, token_sha256, created_at) "
                    + "FROM api_token")) + String.join("|", column("SELECT details FROM audit_entry"));
            assertThat(everything).doesNotContain(created.text().substring(11));
        }

        @Test
        void the_sha256_is_the_standard_one() {
            // FIPS 180-2, appendix B.1: SHA-256("abc").
            assertThat(TokenStore.sha256("abc"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }

        @Test
        void unknown_and_malformed_tokens_do_not_authenticate() {
            NewToken created = tokens.create(ADMIN, "jan.claes");
            String text = created.text();
            String other = text.substring(0, text.length() - 1) + (text.endsWith("A") ? "B" : "A");

            assertThat(tokens.authenticate(other)).isEmpty();
            assertThat(tokens.authenticate(text.substring(3))).isEmpty();
            assertThat(tokens.authenticate("")).isEmpty();
            assertThat(tokens.authenticate(null)).isEmpty();
        }

        @Test
        void a_revoked_token_fails_and_revoking_is_audited_once() {
            NewToken created = tokens.create(ADMIN, "jan.claes");
            clock.advance(Duration.ofMinutes(1));

            ApiToken revoked = tokens.revoke(ADMIN, created.token().id());
            tokens.revoke(ADMIN, created.token().id());

            assertThat(revoked.revokedAt()).contains(TestClock.START.plus(Duration.ofMinutes(1)));
            assertThat(tokens.authenticate(created.text())).isEmpty();
            assertThat(entries()).extracting(AuditEntry::action)
                    .containsExactly("user.add", "token.create", "token.revoke");
        }

        @Test
        void use_is_recorded_and_tokens_are_listed_per_user() {
            NewToken first = tokens.create(ADMIN, "jan.claes");
            tokens.create(ADMIN, "jan.claes");
            clock.advance(Duration.ofHours(2));

            tokens.authenticate(first.text());

            List<ApiToken> listed = tokens.list("jan.claes");
            assertThat(listed).hasSize(2);
            assertThat(listed.get(0).lastUsed()).contains(TestClock.START.plus(Duration.ofHours(2)));
            assertThat(listed.get(1).lastUsed()).isEmpty();
        }

        @Test
        void the_last_use_is_recorded_to_the_minute_not_on_every_call() {
            NewToken token = tokens.create(ADMIN, "jan.claes");
            tokens.authenticate(token.text());                 // first use: START
            clock.advance(Duration.ofSeconds(59));
            tokens.authenticate(token.text());                 // within the minute: not written again
            assertThat(tokens.list("jan.claes").get(0).lastUsed()).contains(TestClock.START);
            clock.advance(Duration.ofSeconds(1));
            tokens.authenticate(token.text());                 // a minute after the recorded use: written
            assertThat(tokens.list("jan.claes").get(0).lastUsed()).contains(TestClock.START.plus(Duration.ofMinutes(1)));
        }

        @Test
        void a_token_for_an_unknown_user_or_revoking_an_unknown_token_fails() {
            assertThatThrownBy(() -> tokens.create(ADMIN, "nobody"))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.problem()).isEqualTo(UserProblem.NO_SUCH_USER));
            assertThatThrownBy(() -> tokens.revoke(ADMIN, 999))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.problem()).isEqualTo(UserProblem.NO_SUCH_TOKEN));
            assertThat(column("SELECT COUNT(*) FROM api_token")).containsExactly("0");
        }

        @Test
        void the_creation_entry_names_the_user_and_prefix_but_not_the_secret() {
            NewToken created = tokens.create(ADMIN, "jan.claes");

            AuditEntry entry = entries().get(1);
            assertThat(entry.subject()).isEqualTo("token:" + created.token().id());
            assertThat(entry.details()).isEqualTo(
                    "{\"prefix\":\"" + created.token().prefix() + "\",\"user\":\"jan.claes\"}");
        }
    }

    @Nested
    class Audit {

        @Test
        void the_chain_stays_intact_and_holds_every_user_and_token_change() {
            users.add(ADMIN, "jan.claes", Role.VIEWER, PASSWORD);
            users.changeRole(ADMIN, "jan.claes", Role.BUYER);
            NewToken token = tokens.create(ADMIN, "jan.claes");
            tokens.revoke(ADMIN, token.token().id());
            for (int i = 0; i < LOCKOUT.maxFailures(); i++) {
                users.login("jan.claes", "wrong");
            }

            assertThat(audit.verify()).isInstanceOfSatisfying(ChainVerification.Intact.class,
                    intact -> assertThat(intact.entries()).isEqualTo(5));
            assertThat(entries()).extracting(AuditEntry::action).containsExactly(
                    "user.add", "user.role_change", "token.create", "token.revoke", "user.lock");
        }

        @Test
        void a_failed_change_leaves_no_entry_behind() {
            users.add(ADMIN, "jan.claes", Role.VIEWER, PASSWORD);
            database.jdbi().useHandle(h -> h.execute("DROP TABLE api_token"));

            assertThatThrownBy(() -> tokens.create(ADMIN, "jan.claes"));

            assertThat(entries()).hasSize(1);
            assertThat(audit.verify().isIntact()).isTrue();
        }
    }
}
