package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.Role;
import be.veerkracht.store.user.TokenOwner;
import be.veerkracht.store.user.TokenStore;
import be.veerkracht.store.user.User;
import be.veerkracht.store.user.UserStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code user add} and {@code token create}, run in-process with standard input swapped (surefire runs the CLI
 * tests one at a time, and {@code System.console()} is null there, so the command reads standard input).
 */
class UserAndTokenCommandTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final InputStream STDIN = System.in;

    @TempDir
    Path dir;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(STDIN);
    }

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    private CliRun withInput(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return CliRun.of(args);
    }

    private <T> T inStore(java.util.function.Function<Database, T> work) {
        try (Database database = Database.open(new DatabaseSettings(db(), null, null))) {
            return work.apply(database);
        }
    }

    private Optional<User> login(String name, String password) {
        return inStore(d -> new UserStore(d.jdbi(), new AuditLog(d.jdbi(), Clock.systemUTC()), Clock.systemUTC(),
                PasswordHashing.owasp(), LockoutPolicy.DEFAULT).login(name, password));
    }

    @Test
    void user_add_reads_the_password_from_the_first_line_and_stores_the_user() {
        CliRun run = withInput(PASSWORD + "\nnot the password\n", "user", "add", "jan.claes", "--role", "buyer",
                "--db", db());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Added user jan.claes with role BUYER to jdbc:h2:file:");
        assertThat(login("jan.claes", PASSWORD)).map(User::role).contains(Role.BUYER);
        List<AuditEntry> entries = inStore(d -> new AuditLog(d.jdbi(), Clock.systemUTC()).entries(0, 10));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("user.add");
            assertThat(e.actor()).isEqualTo(System.getProperty("user.name"));
        });
    }

    @Test
    void a_password_with_a_windows_line_end_is_read_without_it() {
        withInput(PASSWORD + "\r\n", "user", "add", "jan.claes", "--role", "VIEWER", "--db", db());

        assertThat(login("jan.claes", PASSWORD)).isPresent();
    }

    @Test
    void an_empty_password_is_bad_input_and_nothing_is_stored() {
        CliRun run = withInput("", "user", "add", "jan.claes", "--role", "viewer", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the password is empty");
        List<AuditEntry> entries = inStore(d -> new AuditLog(d.jdbi(), Clock.systemUTC()).entries(0, 10));
        assertThat(entries).isEmpty();
    }

    @Test
    void a_password_under_12_characters_is_bad_input() {
        CliRun run = withInput("elevenchars\n", "user", "add", "jan.claes", "--role", "viewer", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the password is too short: use at least 12 characters");
    }

    @Test
    void the_message_follows_lang() {
        CliRun run = withInput("kort\n", "user", "add", "jan.claes", "--role", "viewer", "--lang", "nl",
                "--db", db());

        assertThat(run.err()).contains("het wachtwoord is te kort: gebruik minstens 12 tekens");
    }

    @Test
    void an_existing_name_is_bad_input() {
        withInput(PASSWORD + "\n", "user", "add", "jan.claes", "--role", "viewer", "--db", db());

        CliRun again = withInput(PASSWORD + "\n", "user", "add", "jan.claes", "--role", "admin", "--db", db());

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("there is already a user named jan.claes");
    }

    @Test
    void an_unknown_role_or_a_missing_role_is_a_usage_error() {
        assertThat(withInput(PASSWORD, "user", "add", "jan", "--role", "boss", "--db", db()).exitCode())
                .isEqualTo(2);
        assertThat(withInput(PASSWORD, "user", "add", "jan", "--db", db()).exitCode()).isEqualTo(2);
    }

    @Test
    void token_create_prints_only_the_token_which_then_authenticates() {
        withInput(PASSWORD + "\n", "user", "add", "jan.claes", "--role", "quality", "--db", db());

        CliRun run = CliRun.of("token", "create", "jan.claes", "--db", db());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("vk_[A-Za-z0-9_-]{43}\\R");
        assertThat(run.err()).contains("shown only this once");
        String token = run.out().strip();
        Optional<TokenOwner> owner = inStore(d -> new TokenStore(d.jdbi(), new AuditLog(d.jdbi(),
                Clock.systemUTC()), Clock.systemUTC(), new SecureRandom()).authenticate(token));
        assertThat(owner).map(TokenOwner::userName).contains("jan.claes");
    }

    @Test
    void token_create_for_an_unknown_user_is_bad_input() {
        CliRun run = CliRun.of("token", "create", "nobody", "--db", db());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("there is no user named nobody");
    }

    @Test
    void every_new_command_has_help_with_the_exit_codes() {
        for (String[] command : new String[][] {{"user"}, {"user", "add"}, {"token"}, {"token", "create"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--help")).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(String.join(" ", command)).contains("Usage: veerkracht", "Exit codes:");
        }
        assertThat(CliRun.of("user", "add", "--help").out()).contains("--role=ROLE", "ADMIN, BUYER, QUALITY, COMPLIANCE", "VIEWER");
    }
}
