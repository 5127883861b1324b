package be.veerkracht.ingest.reference;

import be.veerkracht.ingest.read.Table;
import be.veerkracht.ingest.schema.HeaderName;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a reference file (the shipped data or a user's override): each column a known name, none twice,
 * every required one present. One reading for the geography tables and the export-control rules.
 */
final class ReferenceHeader {

    private ReferenceHeader() {
    }

    /**
     * Column name to index; null, with a problem per fault added, when a header is unknown or repeated or a required
     * column is missing. Empty headers are skipped.
     */
    static Map<String, Integer> columns(Table table, List<String> known, List<String> required,
                                        List<Problem> problems) {
        RowOrigin header = new RowOrigin(table.file(), null, 1);
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean usable = true;
        for (int i = 0; i < table.header().size(); i++) {
            String written = table.header().get(i);
            String name = HeaderName.normalise(written);
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                problems.add(Problem.of(header, written, ProblemKey.NOT_ONE_OF, written, String.join("|", known)));
                usable = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(Problem.of(header, written, ProblemKey.COLUMN_DUPLICATE));
                usable = false;
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(Problem.of(RowOrigin.wholeFile(table.file(), null), null, ProblemKey.COLUMN_MISSING,
                        column));
                usable = false;
            }
        }
        return usable ? columns : null;
    }
}
