package be.veerkracht.store.screening;

import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.EmbeddedPostgresServer;
import java.nio.file.Path;

/** The sanctions store's contract on a real PostgreSQL. */
class PostgresSanctionsStoreTest extends SanctionsStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return EmbeddedPostgresServer.newDatabase();
    }
}
