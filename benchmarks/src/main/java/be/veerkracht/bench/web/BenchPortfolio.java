package be.veerkracht.bench.web;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.Role;
import be.veerkracht.store.user.TokenStore;
import be.veerkracht.store.user.UserStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * A fresh H2 file database holding one generated portfolio (seed 7) as its only snapshot, one viewer and that
 * viewer's personal API token: what the server under test serves. Made with the production stores and production
 * password hashing, so signing in costs what it costs a user. The database is closed again before any server
 * opens it.
 *
 * @param jdbcUrl  the database, for the server processes
 * @param snapshot the stored snapshot (counts of parts, suppliers, links, tools)
 * @param user     the viewer's name
 * @param password the viewer's password
 * @param token    the viewer's API token (Bearer)
 */
record BenchPortfolio(String jdbcUrl, SnapshotInfo snapshot, String user, String password, String token) {

    static final long SEED = 7;
    private static final String ACTOR = "bench";

    static BenchPortfolio create(Path folder, int parts, int suppliers) {
        String url = "jdbc:h2:file:" + folder.resolve("veerkracht").toAbsolutePath();
        Portfolio portfolio = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(parts, suppliers, SEED))
                .generate();
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(new DatabaseSettings(url, null, null))) {
            AuditLog audit = new AuditLog(database.jdbi(), clock);
            // the hash only has to be well-formed: nothing was read from a file
            SnapshotInfo snapshot = new SnapshotStore(database.jdbi(), audit, clock).save(portfolio,
                    new ImportInfo("generated --parts " + parts + " --suppliers " + suppliers + " --seed " + SEED,
                            "0".repeat(64), ACTOR));
            String user = "bench";
            String password = "bench load test password";
            new UserStore(database.jdbi(), audit, clock, PasswordHashing.owasp(), LockoutPolicy.DEFAULT)
                    .add(ACTOR, user, Role.VIEWER, password);
            String token = new TokenStore(database.jdbi(), audit, clock, new SecureRandom()).create(ACTOR, user)
                    .text();
            return new BenchPortfolio(url, snapshot, user, password, token);
        }
    }
}
