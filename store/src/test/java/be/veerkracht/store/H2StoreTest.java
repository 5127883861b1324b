package be.veerkracht.store;

import java.nio.file.Path;

/** The store's contract on embedded H2: a file in the test's temporary folder, never the user's home. */
class H2StoreTest extends StoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return new DatabaseSettings("jdbc:h2:file:" + temp.resolve("veerkracht"), null, null);
    }
}
