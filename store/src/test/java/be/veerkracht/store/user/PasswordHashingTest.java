package be.veerkracht.store.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing cheap = new PasswordHashing(UserStoreContractTest.CHEAP);

    @Test
    void a_hash_verifies_its_password_only_and_is_not_the_password() {
        String hash = cheap.hash("correct horse battery staple");

        assertThat(hash).doesNotContain("correct horse");
        assertThat(cheap.matches("correct horse battery staple", hash)).isTrue();
        assertThat(cheap.matches("correct horse battery stapl", hash)).isFalse();
        assertThat(cheap.matches("", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time_because_of_the_salt() {
        assertThat(cheap.hash("correct horse battery staple")).isNotEqualTo(cheap.hash("correct horse battery staple"));
    }

    @Test
    void a_hash_carries_its_parameters_so_it_verifies_under_other_settings() {
        String hash = cheap.hash("correct horse battery staple");

        assertThat(new PasswordHashing(new Argon2Settings(16, 32, 1, 128, 3))
                .matches("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void production_uses_the_owasp_argon2id_setting() {
        // OWASP Password Storage Cheat Sheet, Argon2id: m=19456 (19 MiB), t=2, p=1.
        assertThat(Argon2Settings.OWASP).isEqualTo(new Argon2Settings(16, 32, 1, 19456, 2));
        assertThat(PasswordHashing.owasp().hash("correct horse battery staple"))
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void settings_below_argon2s_minimums_are_refused() {
        assertThatThrownBy(() -> new Argon2Settings(16, 32, 2, 8, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Settings(4, 32, 1, 64, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
