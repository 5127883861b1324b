package be.veerkracht.store.compliance;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.store.StoreProblem;
import java.util.Locale;

/**
 * What the caller asked of the export-control records that cannot be done, as translated message keys in the
 * store's bundle (keys {@code compliance.*}); all are the caller's mistake (exit code 2).
 */
public enum ComplianceProblem implements MessageKey {
    /** Args: the licence number. */
    LICENCE_EXISTS,
    /** Args: the licence number. */
    NO_SUCH_LICENCE,
    /** Args: the licence number, the shipment, the item. */
    USE_RECORDED,
    /** Args: the licence number, the first day it may be deleted, the retention in years. */
    RETENTION_NOT_PASSED,
    /** Args: the item ("part:ID"). */
    UNCLASSIFIED_STATUS,
    /** Args: the licence number, the shipment, the first reason it does not cover it. */
    NOT_COVERED;

    @Override
    public String bundle() {
        return StoreProblem.BUNDLE;
    }

    @Override
    public String key() {
        return "compliance." + name().toLowerCase(Locale.ROOT);
    }
}
