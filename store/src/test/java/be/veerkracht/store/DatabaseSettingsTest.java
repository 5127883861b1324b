package be.veerkracht.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static final Path HOME = Path.of("/home/an");
    private static final String PG = "jdbc:postgresql://db.example:5432/veerkracht";

    @Test
    void without_db_or_environment_it_is_the_h2_file_in_the_home_folder() {
        assertThat(DatabaseSettings.resolve(null, Map.of(), HOME))
                .isEqualTo(new DatabaseSettings("jdbc:h2:file:/home/an/.veerkracht/veerkracht", null, null));
    }

    @Test
    void the_command_line_wins_over_the_environment() {
        Map<String, String> env = Map.of(DatabaseSettings.ENV_URL, "jdbc:h2:file:/srv/env");
        assertThat(DatabaseSettings.resolve("jdbc:h2:file:/srv/cli", env, HOME).url()).isEqualTo("jdbc:h2:file:/srv/cli");
        assertThat(DatabaseSettings.resolve(null, env, HOME).url()).isEqualTo("jdbc:h2:file:/srv/env");
        assertThat(DatabaseSettings.resolve("  ", env, HOME).url()).isEqualTo("jdbc:h2:file:/srv/env");
    }

    @Test
    void postgres_credentials_come_from_the_environment() {
        Map<String, String> env = Map.of(DatabaseSettings.ENV_URL, PG, DatabaseSettings.ENV_USER, "veerkracht",
                DatabaseSettings.ENV_PASSWORD, "s3cret");
        assertThat(DatabaseSettings.resolve(null, env, HOME))
                .isEqualTo(new DatabaseSettings(PG, "veerkracht", "s3cret"));
    }

    @Test
    void h2_ignores_the_postgres_credentials() {
        Map<String, String> env = Map.of(DatabaseSettings.ENV_USER, "veerkracht", DatabaseSettings.ENV_PASSWORD, "x");
        assertThat(DatabaseSettings.resolve(null, env, HOME).user()).isNull();
    }

    @Test
    void passwords_never_show_in_messages() {
        DatabaseSettings settings = new DatabaseSettings(PG + "?user=an&password=s3cret&ssl=true", "an", "s3cret");
        assertThat(settings.displayUrl()).isEqualTo(PG + "?user=an&password=***&ssl=true");
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(new DatabaseSettings("jdbc:h2:file:/x;USER=sa;PASSWORD=s3cret", null, null).displayUrl())
                .isEqualTo("jdbc:h2:file:/x;USER=sa;PASSWORD=***");
    }
}
