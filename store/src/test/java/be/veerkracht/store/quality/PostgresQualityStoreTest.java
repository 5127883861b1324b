package be.veerkracht.store.quality;

import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.EmbeddedPostgresServer;
import java.nio.file.Path;

/** The quality records' contract on a real PostgreSQL, a new database per test. */
class PostgresQualityStoreTest extends QualityStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return EmbeddedPostgresServer.newDatabase();
    }
}
