package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.Role;
import be.veerkracht.store.user.UserStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's user gets a new password on every run, and only the newest one signs in. */
class DemoLoginTest {

    @Test
    void each_run_hands_out_a_fresh_password_for_the_admin_demo_user(@TempDir Path dir) {
        try (Database db = Database.open(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("db"), null, null))) {
            String first = DemoLogin.prepare(db, new SecureRandom());
            String second = DemoLogin.prepare(db, new SecureRandom());

            assertThat(first).hasSize(16).matches("[a-hj-km-np-z2-9]+");
            assertThat(second).isNotEqualTo(first);
            Clock clock = Clock.systemUTC();
            UserStore users = new UserStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock,
                    PasswordHashing.owasp(), LockoutPolicy.DEFAULT);
            assertThat(users.login("demo", first)).isEmpty();
            assertThat(users.login("demo", second)).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMIN));
        }
    }
}
