package be.veerkracht.ingest.reference;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Overlay;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.ingest.reference.ReferenceFile.Columns;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code countries.csv}: one row per ISO code with its zone, trade relation, WGI percentile, transit days by mode,
 * overlays and the sea lanes its sea freight to Antwerp passes. Columns for the reader only (names, the basis of
 * each choice, sources) are not checked beyond the WGI estimate being a number.
 */
final class CountryRows {

    private CountryRows() {
    }

    /**
     * @param zones    the zone codes a country may be in
     * @param seaLanes the codes of the delay footprints a country's freight may pass
     */
    static List<CountryProfile> read(Collection<ReferenceRow> rows, Set<String> zones, Set<String> seaLanes,
                                     List<Problem> problems) {
        String zoneList = String.join("|", new TreeSet<>(zones));
        String laneList = String.join("|", new TreeSet<>(seaLanes));
        List<CountryProfile> countries = new ArrayList<>();
        for (ReferenceRow row : rows) {
            ReferenceFields fields = new ReferenceFields(row, problems);
            String zone = fields.requiredText(Columns.ZONE);
            if (zone != null) {
                zone = ReferenceTableReader.code(zone);
                if (!zones.contains(zone)) {
                    fields.problem(Columns.ZONE, ProblemKey.NOT_ONE_OF, fields.text(Columns.ZONE), zoneList);
                }
            }
            TradeRelation relation = fields.oneOf(Columns.TRADE_RELATION, TradeRelation.class, true);
            fields.number(Columns.WGI_ESTIMATE);
            Double percentile = fields.percentile(Columns.WGI_PERCENTILE);
            Map<TransportMode, Double> transit = new EnumMap<>(TransportMode.class);
            for (TransportMode mode : TransportMode.values()) {
                Double days = fields.positive(ReferenceFile.daysColumn(mode));
                if (days != null) {
                    transit.put(mode, days);
                }
            }
            List<Overlay> overlays = fields.listOf(Columns.OVERLAYS, Overlay.class);
            Set<String> lanes = new LinkedHashSet<>();
            for (String lane : fields.words(Columns.SEA_LANES)) {
                if (seaLanes.contains(lane)) {
                    lanes.add(lane);
                } else {
                    fields.problem(Columns.SEA_LANES, ProblemKey.NOT_ONE_OF, lane, laneList);
                }
            }
            if (fields.clean()) {
                countries.add(new CountryProfile(new CountryCode(row.key()), zone, relation, percentile, transit,
                        overlays.isEmpty() ? Set.of() : EnumSet.copyOf(overlays), lanes));
            }
        }
        return countries;
    }
}
