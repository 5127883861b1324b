package be.veerkracht.store.user;

import be.veerkracht.store.DatabaseSettings;
import java.nio.file.Path;

/** The users' contract on embedded H2: a file in the test's temporary folder. */
class H2UserStoreTest extends UserStoreContractTest {

    @Override
    DatabaseSettings newDatabase(Path temp) {
        return new DatabaseSettings("jdbc:h2:file:" + temp.resolve("veerkracht"), null, null);
    }
}
