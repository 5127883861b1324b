package be.veerkracht.store.compliance;

import be.veerkracht.store.DatabaseSettings;
import java.nio.file.Path;

/** The export-control records' contract on embedded H2: a file in the test's temporary folder. */
class H2ComplianceStoreTest extends ComplianceStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return new DatabaseSettings("jdbc:h2:file:" + temp.resolve("veerkracht"), null, null);
    }
}
