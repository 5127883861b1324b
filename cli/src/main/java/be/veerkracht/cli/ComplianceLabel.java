package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the export-control text output ({@code be/veerkracht/cli/compliance*.properties}), EN, NL and FR. */
enum ComplianceLabel implements MessageKey {
    CHECK_TITLE,
    ITEM,
    QUESTION,
    TRANSFER_GOODS,
    TRANSFER_TECHNOLOGY_TO_SUPPLIER,
    DECISION,
    DECISION_NOT_LISTED,
    DECISION_NO_LICENCE_REQUIRED,
    DECISION_UGEA,
    DECISION_INDIVIDUAL_LICENCE,
    DECISION_PROHIBITED,
    DECISION_UNCLASSIFIED,
    AUTHORISATION,
    RULES,
    FLAGS,
    EXPLANATION,
    RULE_SET,
    RECORDED,
    STATUS_LISTED,
    STATUS_NOT_LISTED,
    STATUS_UNCLASSIFIED,
    SOURCE_RECORDED,
    SOURCE_IMPORTED_CODE,
    SOURCE_NONE,
    REGISTER_TITLE,
    REGISTER_COUNTS,
    CLASSIFIED,
    LICENCES_TITLE,
    LICENCE_LINE,
    NO_LICENCES,
    ALERTS,
    ALERT_EXPIRES,
    ALERT_REPORT_DUE,
    ICP_TITLE,
    ICP_LINE,
    ICP_COMPLETE,
    LICENCE_ADDED,
    USE_RECORDED,
    ICP_RECORDED;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.compliance";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
