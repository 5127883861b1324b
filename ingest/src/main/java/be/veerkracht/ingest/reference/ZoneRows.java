package be.veerkracht.ingest.reference;

import be.veerkracht.geo.Zone;
import be.veerkracht.ingest.reference.ReferenceFile.Columns;
import be.veerkracht.portfolio.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code zones.csv}: a code, the name in the three product languages, and the memberships it is built from. */
final class ZoneRows {

    private ZoneRows() {
    }

    static List<Zone> read(Collection<ReferenceRow> rows, List<Problem> problems) {
        List<Zone> zones = new ArrayList<>();
        for (ReferenceRow row : rows) {
            ReferenceFields fields = new ReferenceFields(row, problems);
            String nameEn = fields.requiredText(Columns.NAME_EN);
            String nameNl = fields.requiredText(Columns.NAME_NL);
            String nameFr = fields.requiredText(Columns.NAME_FR);
            if (fields.clean()) {
                zones.add(new Zone(row.key(), nameEn, nameNl, nameFr, fields.text(Columns.SOURCE)));
            }
        }
        return zones;
    }
}
