package be.veerkracht.store.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "jan.claes", "Zoë Van den Broeck",
        "a234567890123456789012345678901234567890123456789012345678901234"})
    void names_of_1_to_64_characters_are_valid(String name) {
        assertThat(UserRules.checkName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " jan", "jan ", "jan\tclaes", "line\nbreak",
        "a2345678901234567890123456789012345678901234567890123456789012345"})
    void empty_padded_control_or_overlong_names_are_invalid(String name) {
        assertThatThrownBy(() -> UserRules.checkName(name)).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.problem()).isEqualTo(UserProblem.NAME_INVALID));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 11})
    void passwords_under_12_characters_are_too_short(int length) {
        assertThatThrownBy(() -> UserRules.checkPassword("x".repeat(length)))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.problem()).isEqualTo(UserProblem.PASSWORD_TOO_SHORT));
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 1024})
    void passwords_of_12_to_1024_characters_are_accepted(int length) {
        UserRules.checkPassword("x".repeat(length));
    }

    @ParameterizedTest
    @ValueSource(ints = {1025})
    void longer_passwords_are_refused(int length) {
        assertThatThrownBy(() -> UserRules.checkPassword("x".repeat(length)))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.problem()).isEqualTo(UserProblem.PASSWORD_TOO_LONG));
    }
}
