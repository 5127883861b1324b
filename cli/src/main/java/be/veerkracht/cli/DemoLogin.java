package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.Role;
import be.veerkracht.store.user.UserStore;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The demo's own user, {@value #NAME} with role admin (so the demo can import too), given a fresh random password
 * on every run and printed once: nothing guessable sits in a database that a server exposes, even on loopback.
 */
final class DemoLogin {

    static final String NAME = "demo";

    /** Letters and digits that cannot be mistaken for each other when typed from the terminal. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    /** 16 characters of a 31-letter alphabet: about 79 bits. */
    private static final int LENGTH = 16;

    private DemoLogin() {
    }

    /** Creates the demo user, or gives it a new password; returns the password. */
    static String prepare(Database db, SecureRandom random) {
        Clock clock = Clock.systemUTC();
        UserStore users = new UserStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock, PasswordHashing.owasp(),
                LockoutPolicy.DEFAULT);
        String password = password(random);
        String actor = System.getProperty("user.name", "demo");
        if (users.find(NAME).isPresent()) {
            users.setPassword(actor, NAME, password);
        } else {
            users.add(actor, NAME, Role.ADMIN, password);
        }
        return password;
    }

    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
