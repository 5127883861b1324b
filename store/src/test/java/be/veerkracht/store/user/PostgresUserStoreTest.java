package be.veerkracht.store.user;

import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.EmbeddedPostgresServer;
import java.nio.file.Path;

/** The users' contract on a real PostgreSQL ({@link EmbeddedPostgresServer}), a new database per test. */
class PostgresUserStoreTest extends UserStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return EmbeddedPostgresServer.newDatabase();
    }
}
