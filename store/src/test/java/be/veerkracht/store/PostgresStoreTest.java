package be.veerkracht.store;

import java.nio.file.Path;

/** The store's contract on a real PostgreSQL ({@link EmbeddedPostgresServer}), a new database per test. */
class PostgresStoreTest extends StoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return EmbeddedPostgresServer.newDatabase();
    }
}
