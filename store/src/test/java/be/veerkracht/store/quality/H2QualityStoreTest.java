package be.veerkracht.store.quality;

import be.veerkracht.store.DatabaseSettings;
import java.nio.file.Path;

/** The quality records' contract on embedded H2: a file in the test's temporary folder. */
class H2QualityStoreTest extends QualityStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return new DatabaseSettings("jdbc:h2:file:" + temp.resolve("veerkracht"), null, null);
    }
}
