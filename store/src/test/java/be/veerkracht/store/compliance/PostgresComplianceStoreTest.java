package be.veerkracht.store.compliance;

import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.EmbeddedPostgresServer;
import java.nio.file.Path;

/** The export-control records' contract on a real PostgreSQL, a new database per test. */
class PostgresComplianceStoreTest extends ComplianceStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return EmbeddedPostgresServer.newDatabase();
    }
}
