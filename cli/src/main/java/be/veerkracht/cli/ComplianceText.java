package be.veerkracht.cli;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.compliance.RegisterEntry;
import java.util.Locale;

/** How an item of the export-control register reads in a text report. */
final class ComplianceText {

    private ComplianceText() {
    }

    /** E.g. {@code part 250040 (FPGA vision board): listed 3A001.a.7, from the import's dual_use_code ...}. */
    static String item(RegisterEntry entry, Locale locale) {
        return Messages.format(ComplianceLabel.ITEM, locale, entry.item().kind().name().toLowerCase(Locale.ROOT),
                entry.item().id(), entry.name() == null ? "\u2014" : entry.name(), status(entry.status(), locale),
                source(entry, locale));
    }

    static String status(ControlStatus status, Locale locale) {
        if (status instanceof ControlStatus.Listed listed) {
            return Messages.format(ComplianceLabel.STATUS_LISTED, locale, listed.code().code());
        }
        if (status instanceof ControlStatus.NotListed notListed) {
            return Messages.format(ComplianceLabel.STATUS_NOT_LISTED, locale, notListed.reason());
        }
        return Messages.format(ComplianceLabel.STATUS_UNCLASSIFIED, locale);
    }

    static String source(RegisterEntry entry, Locale locale) {
        return switch (entry.source()) {
            case RECORDED -> Messages.format(ComplianceLabel.SOURCE_RECORDED, locale,
                    entry.classification().classifiedBy(), entry.classification().classifiedOn());
            case IMPORTED_CODE -> Messages.format(ComplianceLabel.SOURCE_IMPORTED_CODE, locale);
            case NONE -> Messages.format(ComplianceLabel.SOURCE_NONE, locale);
        };
    }
}
