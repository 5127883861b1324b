package be.veerkracht.store;

import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/**
 * A call into the database on behalf of a user action. A database failure becomes a {@link StoreException}
 * saying what was being done ({@link StoreProblem#STORE_FAILED}), so the command line reports it in one sentence;
 * a {@link StoreException} raised inside passes through unchanged.
 */
public final class StoreCall {

    private StoreCall() {
    }

    /**
     * @param doing what the call does, as the end of "the database failed to ...", e.g. "save the snapshot"
     */
    public static <T> T run(String doing, Supplier<T> call) {
        try {
            return call.get();
        } catch (JdbiException failure) {
            throw StoreException.because(failure, StoreProblem.STORE_FAILED, doing, failure.getMessage());
        }
    }
}
