package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.DualUseCode;
import be.veerkracht.store.compliance.ItemRef;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A classification as the guided form or {@code POST /api/v1/compliance/classifications} gives it: {@code status}
 * ({@code listed} or {@code not_listed}); for listed the {@code code} (an Annex I entry, {@link DualUseCode#isValid}),
 * which must start with the {@code category} (0–9) and product {@code group} (A–E) when they are given (the form
 * always gives them); {@code reason} (always: why the entry applies, or why none does); {@code classified_by}
 * (default the signed-in user), {@code classified_on} (default today) and {@code evidence}.
 *
 * @param classifiedBy null: the user recording it
 */
record ClassificationRequest(ItemRef item, ControlStatus status, String classifiedBy, LocalDate classifiedOn,
                             String reason, String evidence) {

    /** Listed or not: the two statuses a person records (unclassified is the absence of a record). */
    enum Verdict { LISTED, NOT_LISTED }

    static ClassificationRequest read(ItemRef item, ComplianceInput input, LocalDate today) {
        Verdict verdict = input.choice("status", Verdict.class, null);
        String reason = input.required("reason");
        ControlStatus status = verdict == Verdict.NOT_LISTED ? new ControlStatus.NotListed(reason)
                : new ControlStatus.Listed(code(input));
        String by = input.optional("classified_by");
        if (by != null && by.length() > ComplianceInput.MAX_NAME) {
            throw ComplianceRefusal.badField("classified_by", ComplianceText.ERROR_TOO_LONG, ComplianceInput.MAX_NAME);
        }
        return new ClassificationRequest(item, status, by, input.date("classified_on", today), reason,
                input.optional("evidence"));
    }

    /** The entry, checked against the category and product group chosen before it. */
    private static DualUseCode code(ComplianceInput input) {
        String category = input.optional("category");
        if (category != null && !category.matches("[0-9]")) {
            throw ComplianceRefusal.badField("category", ComplianceText.ERROR_CHOICE, "0, 1, ..., 9", category);
        }
        String group = input.optional("group");
        if (group != null && !group.toUpperCase(Locale.ROOT).matches("[A-E]")) {
            throw ComplianceRefusal.badField("group", ComplianceText.ERROR_CHOICE, "A, B, C, D, E", group);
        }
        String text = input.required("code");
        if (!DualUseCode.isValid(text)) {
            throw ComplianceRefusal.badField("code", ComplianceText.ERROR_CODE, text);
        }
        DualUseCode code = DualUseCode.parse(text);
        boolean categoryFits = category == null || code.category() == category.charAt(0) - '0';
        boolean groupFits = group == null || code.productGroup() == group.toUpperCase(Locale.ROOT).charAt(0);
        if (!categoryFits || !groupFits) {
            throw ComplianceRefusal.badField("code", ComplianceText.ERROR_CODE_MISMATCH, code.code(),
                    category == null ? "-" : category, group == null ? "-" : group.toUpperCase(Locale.ROOT));
        }
        return code;
    }
}
