package be.veerkracht.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class H2UrlTest {

    private static H2Url of(String url) {
        return H2Url.of(new DatabaseSettings(url, null, null));
    }

    @Test
    void a_file_gets_postgres_mode_and_the_auto_server() {
        assertThat(of("jdbc:h2:file:/data/vk").url()).isEqualTo("jdbc:h2:file:/data/vk;AUTO_SERVER=TRUE;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000;MODE=PostgreSQL");
    }

    @Test
    void settings_the_user_wrote_are_kept() {
        assertThat(of("jdbc:h2:/data/vk;lock_timeout=5;AUTO_SERVER=FALSE").url()).isEqualTo("jdbc:h2:/data/vk;"
                + "LOCK_TIMEOUT=5;AUTO_SERVER=FALSE;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;MODE=PostgreSQL");
    }

    @Test
    void memory_and_remote_databases_get_no_auto_server() {
        assertThat(of("jdbc:h2:mem:test").url()).doesNotContain("AUTO_SERVER");
        assertThat(of("jdbc:h2:tcp://host/~/vk").url()).doesNotContain("AUTO_SERVER");
    }

    @Test
    void credentials_in_the_url_are_passed_apart() {
        H2Url h2 = of("jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret");
        assertThat(h2.url()).doesNotContain("USER").doesNotContain("s3cret");
        assertThat(h2.user()).isEqualTo("sa");
        assertThat(h2.password()).isEqualTo("s3cret");
        assertThat(h2.toString()).doesNotContain("s3cret");
        assertThat(of("jdbc:h2:mem:x").user()).isEmpty();
    }

    @Test
    void the_folder_of_a_plain_file_url_is_known() {
        assertThat(H2Url.folder("jdbc:h2:file:/data/vk/veerkracht;MODE=PostgreSQL")).contains(Path.of("/data/vk"));
        assertThat(H2Url.folder("jdbc:h2:/data/vk")).contains(Path.of("/data"));
        assertThat(H2Url.folder("jdbc:h2:mem:x")).isEmpty();
        assertThat(H2Url.folder("jdbc:h2:split:/data/vk")).isEmpty();
    }
}
