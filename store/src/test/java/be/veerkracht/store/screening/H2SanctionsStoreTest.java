package be.veerkracht.store.screening;

import be.veerkracht.store.DatabaseSettings;
import java.nio.file.Path;

/** The sanctions store's contract on embedded H2. */
class H2SanctionsStoreTest extends SanctionsStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return new DatabaseSettings("jdbc:h2:file:" + temp.resolve("veerkracht"), null, null);
    }
}
