package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and help as documented in docs/cli.md. */
class CommandLineBasicsTest {

    @TempDir
    Path dir;

    @Test
    void an_unknown_option_is_a_usage_error_with_exit_code_2() {
        CliRun run = CliRun.of("snapshots", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void every_command_lists_the_exit_codes_in_its_help() {
        for (String command : new String[] {"import", "snapshots", "generate", "audit"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(command).contains("Exit codes:", "3   A verification failed");
        }
    }

    @Test
    void an_unusable_database_url_is_bad_input() {
        CliRun run = CliRun.of("snapshots", "--db", "jdbc:sqlite:/tmp/x.db");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("veerkracht: not a database Veerkracht can use: jdbc:sqlite:/tmp/x.db");
    }

    @Test
    void a_database_that_cannot_be_created_is_an_unexpected_error_with_a_message_not_a_stack_trace() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRun run = CliRun.of("snapshots", "--db", "jdbc:h2:file:" + file.resolve("db"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("veerkracht: ").doesNotContain("\tat ");
    }
}
