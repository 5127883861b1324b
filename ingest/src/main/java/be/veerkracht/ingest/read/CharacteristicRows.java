package be.veerkracht.ingest.read;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.agreement.Characteristic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code quality_characteristics} sheet: one row per characteristic, the rows of one part making its agreement.
 * Every row of a part repeats its {@code primary_supplier_id} and {@code reason} (or leaves them empty on all).
 */
final class CharacteristicRows {

    /** Values per lot when {@code sample_size} is empty. */
    static final int DEFAULT_SAMPLE_SIZE = 1;

    private final Map<PartId, PartRows> parts = new LinkedHashMap<>();

    /** What the rows so far say about one part. */
    private static final class PartRows {
        final int firstRow;
        final String primary;
        final String reason;
        final List<Characteristic> characteristics = new ArrayList<>();
        final Map<String, Integer> rowOf = new LinkedHashMap<>();

        PartRows(int firstRow, String primary, String reason) {
            this.firstRow = firstRow;
            this.primary = primary;
            this.reason = reason;
        }
    }

    void read(RowFields fields) {
        String part = fields.requiredText("part_id");
        String name = fields.requiredText("characteristic");
        String unit = fields.requiredText("unit");
        Double nominal = fields.number("nominal", RowFields.Bound.ANY, false);
        Double lsl = fields.number("lsl", RowFields.Bound.ANY, false);
        Double usl = fields.number("usl", RowFields.Bound.ANY, false);
        String method = fields.requiredText("method");
        Integer sampleSize = fields.wholeNumber("sample_size", RowFields.Bound.POSITIVE);
        String frequency = fields.requiredText("frequency");
        Boolean coa = fields.bool("coa_required");
        Double margin = fields.number("equivalence_margin", RowFields.Bound.POSITIVE, false);
        String primary = fields.text("primary_supplier_id");
        String reason = fields.text("reason");
        PartRows rows = part == null || !key(fields, "part_id", part) ? null : sameOnEveryRow(fields, part, primary, reason);
        if (!fields.clean() || rows == null) {
            return;
        }
        if (!key(fields, "characteristic", name)
                || (primary != null && !key(fields, "primary_supplier_id", primary))) {
            return;
        }
        if (!specification(fields, nominal, lsl, usl, margin)) {
            return;
        }
        Integer first = rows.rowOf.putIfAbsent(name, fields.origin().row());
        if (first != null) {
            fields.problem("characteristic", ProblemKey.DUPLICATE_KEY, part + " / " + name, first);
            return;
        }
        rows.characteristics.add(new Characteristic(name, unit, nominal, lsl, usl, method,
                sampleSize == null ? DEFAULT_SAMPLE_SIZE : sampleSize, frequency, Boolean.TRUE.equals(coa), margin));
    }

    /**
     * The part's rows so far, made on its first row whatever else is wrong there: every later row must repeat that
     * row's {@code primary_supplier_id} and {@code reason}.
     */
    private PartRows sameOnEveryRow(RowFields fields, String part, String primary, String reason) {
        PartRows rows = parts.computeIfAbsent(new PartId(part), p -> new PartRows(fields.origin().row(), primary,
                reason));
        if (!Objects.equals(rows.primary, primary)) {
            fields.problem("primary_supplier_id", ProblemKey.AGREEMENT_ROWS_DISAGREE, part, "primary_supplier_id",
                    rows.firstRow);
        } else if (!Objects.equals(rows.reason, reason)) {
            fields.problem("reason", ProblemKey.AGREEMENT_ROWS_DISAGREE, part, "reason", rows.firstRow);
        }
        return rows;
    }

    /** Each part's terms and reason, in the order the parts first appear. */
    List<ImportedQuality.ImportedAgreement> agreements() {
        List<ImportedQuality.ImportedAgreement> agreements = new ArrayList<>();
        parts.forEach((part, rows) -> agreements.add(new ImportedQuality.ImportedAgreement(
                new AgreementTerms(part, rows.primary == null ? null : new SupplierId(rows.primary),
                        rows.characteristics), rows.reason)));
        return agreements;
    }

    /** The rules of {@link Characteristic}, reported as problems on the row instead of thrown. */
    private static boolean specification(RowFields fields, Double nominal, Double lsl, Double usl, Double margin) {
        if (lsl == null && usl == null) {
            fields.problem("lsl", ProblemKey.NO_LIMIT);
            return false;
        }
        if (lsl != null && usl != null && !(lsl < usl)) {
            fields.problem("usl", ProblemKey.LSL_NOT_BELOW_USL, fields.text("lsl"), fields.text("usl"));
            return false;
        }
        if (nominal != null && ((lsl != null && nominal < lsl) || (usl != null && nominal > usl))) {
            fields.problem("nominal", ProblemKey.NOMINAL_OUTSIDE_LIMITS, fields.text("nominal"));
            return false;
        }
        if (margin == null && (lsl == null || usl == null)) {
            fields.problem("equivalence_margin", ProblemKey.MARGIN_REQUIRED_ONE_SIDED);
            return false;
        }
        return true;
    }

    static boolean key(RowFields fields, String column, String value) {
        if (value.length() > be.veerkracht.quality.agreement.Texts.MAX_KEY_LENGTH) {
            fields.problem(column, ProblemKey.INVALID_ID, value);
            return false;
        }
        return true;
    }
}
