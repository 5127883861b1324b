package be.veerkracht.store.quality;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.store.StoreProblem;
import java.util.Locale;

/**
 * What the caller asked of the quality records that cannot be done, as translated message keys in the store's
 * bundle (keys {@code quality.*}); all are the caller's mistake (exit code 2, HTTP 409 or 404).
 */
public enum QualityProblem implements MessageKey {
    /** The same batch ID with other content. Args: the supplier, the batch ID. */
    BATCH_CONFLICT,
    /** Args: the token id. */
    NO_SUCH_TOKEN;

    @Override
    public String bundle() {
        return StoreProblem.BUNDLE;
    }

    @Override
    public String key() {
        return "quality." + name().toLowerCase(Locale.ROOT);
    }
}
