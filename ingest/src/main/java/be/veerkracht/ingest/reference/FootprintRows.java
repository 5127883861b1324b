package be.veerkracht.ingest.reference;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.IsoCountries;
import be.veerkracht.ingest.reference.ReferenceFile.Columns;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code footprints.csv}: an outage lists the countries it stops; a delay (a sea lane) lists none, adds
 * {@code delay_days} to every shipment passing it, and is attached to countries by their {@code sea_lanes}.
 */
final class FootprintRows {

    /** What the {@code countries} of a delay and the {@code delay_days} of an outage must be. */
    static final String BLANK_FOR_DELAY = "(blank for a delay: list its countries under sea_lanes in countries.csv)";
    static final String BLANK_FOR_OUTAGE = "(blank or 0 for an outage)";

    private FootprintRows() {
    }

    /** @param zones the zone codes with the row each was written on: a footprint may not take a zone's code */
    static List<Footprint> read(Collection<ReferenceRow> rows, Map<String, RowOrigin> zones,
                                List<Problem> problems) {
        List<Footprint> footprints = new ArrayList<>();
        for (ReferenceRow row : rows) {
            ReferenceFields fields = new ReferenceFields(row, problems);
            RowOrigin zone = zones.get(row.key());
            if (zone != null) {
                fields.problem(Columns.CODE, ProblemKey.DUPLICATE_KEY, row.key(),
                        zone.row() + ", " + zone.where());
            }
            FootprintKind kind = fields.oneOf(Columns.KIND, FootprintKind.class, true);
            Set<CountryCode> countries = countries(fields);
            Double delayDays = kind == FootprintKind.DELAY ? delay(fields) : outageDelay(fields);
            if (kind == FootprintKind.OUTAGE && fields.words(Columns.COUNTRIES).isEmpty()) {
                fields.problem(Columns.COUNTRIES, ProblemKey.REQUIRED);
            }
            if (kind == FootprintKind.DELAY && !fields.words(Columns.COUNTRIES).isEmpty()) {
                fields.problem(Columns.COUNTRIES, ProblemKey.NOT_ONE_OF, fields.text(Columns.COUNTRIES),
                        BLANK_FOR_DELAY);
            }
            if (fields.clean()) {
                footprints.add(new Footprint(row.key(), kind, countries, delayDays, fields.text(Columns.SOURCE)));
            }
        }
        return footprints;
    }

    /**
     * The codes of the rows whose kind is {@code delay}, whether or not the rest of the row is valid, so that a
     * mistake in one lane's row is reported once and not again on every country passing that lane.
     */
    static Set<String> delayCodes(Collection<ReferenceRow> rows) {
        Set<String> codes = new TreeSet<>();
        for (ReferenceRow row : rows) {
            ReferenceRow.Value kind = row.cell(Columns.KIND);
            if (kind != null && kind.text() != null
                    && ReferenceTableReader.code(kind.text()).equals(FootprintKind.DELAY.name())) {
                codes.add(row.key());
            }
        }
        return codes;
    }

    private static Set<CountryCode> countries(ReferenceFields fields) {
        Set<CountryCode> countries = new TreeSet<>();
        for (String word : fields.words(Columns.COUNTRIES)) {
            if (IsoCountries.isKnown(word)) {
                countries.add(new CountryCode(word));
            } else {
                fields.problem(Columns.COUNTRIES, ProblemKey.UNKNOWN_COUNTRY, word);
            }
        }
        return countries;
    }

    private static Double delay(ReferenceFields fields) {
        if (fields.text(Columns.DELAY_DAYS) == null) {
            fields.problem(Columns.DELAY_DAYS, ProblemKey.REQUIRED);
            return null;
        }
        return fields.positive(Columns.DELAY_DAYS);
    }

    private static Double outageDelay(ReferenceFields fields) {
        BigDecimal days = fields.number(Columns.DELAY_DAYS);
        if (days != null && days.signum() != 0) {
            fields.problem(Columns.DELAY_DAYS, ProblemKey.NOT_ONE_OF, fields.text(Columns.DELAY_DAYS),
                    BLANK_FOR_OUTAGE);
        }
        return 0.0;
    }
}
