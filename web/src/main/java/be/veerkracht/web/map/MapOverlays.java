package be.veerkracht.web.map;

import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.Overlay;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.Zone;
import be.veerkracht.web.page.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overlays a visitor can colour the map by, in the order the page offers them, and each country's value for
 * each: its zone, its WGI political-stability percentile, its trade relation with the EU, whether an EU arms
 * embargo is on it, and for each named event footprint whether it stops the country's production (outage) or its
 * sea freight to Antwerp passes the lane (delay). All from the reference geography; nothing is estimated here.
 */
public final class MapOverlays {

    public static final String EMBARGO_YES = "YES";
    public static final String EMBARGO_NO = "NO";
    public static final String STOPPED = "STOPPED";
    public static final String PASSES = "PASSES";
    public static final String OUTSIDE = "OUTSIDE";

    /**
     * Zone colours: Europe in blues, allies in greens, the CN sphere in red, the rest in distinct hues, the
     * sanctioned states near black. A zone added by a user's override takes the next colour of {@link #SPARE}.
     */
    private static final Map<String, String> ZONE_COLOURS = Map.ofEntries(
            Map.entry("EU_SINGLE_MARKET", "#2f6db5"), Map.entry("EUROPE_PARTNER", "#74a9dc"),
            Map.entry("EU_NEIGHBOURHOOD", "#9ecae1"), Map.entry("NORTH_AMERICA_ALLY", "#3f9a4a"),
            Map.entry("INDO_PACIFIC_PARTNER", "#98d486"), Map.entry("CN_SPHERE", "#e15759"),
            Map.entry("ASEAN", "#f28e2b"), Map.entry("SOUTH_ASIA", "#edc948"), Map.entry("MENA", "#b07aa1"),
            Map.entry("CENTRAL_ASIA_CAUCASUS", "#d4a6c8"), Map.entry("LATAM", "#9c755f"),
            Map.entry("SUB_SAHARAN_AFRICA", "#d7b5a6"), Map.entry("PACIFIC_ISLANDS", "#86bcb6"),
            Map.entry("SANCTIONED", "#3b3b3b"), Map.entry("ANTARCTICA", "#f2f2f2"));
    private static final List<String> SPARE = List.of("#17becf", "#bcbd22", "#8c564b", "#e377c2", "#7f7f7f");

    private static final Map<TradeRelation, String> TRADE_COLOURS = Map.of(TradeRelation.EU, "#2f6db5",
            TradeRelation.EEA_OR_CUSTOMS_UNION, "#74a9dc", TradeRelation.FTA, "#3f9a4a", TradeRelation.MFN,
            "#edc948", TradeRelation.SANCTIONED, "#3b3b3b");
    private static final Map<TradeRelation, MapText> TRADE_LABELS = Map.of(TradeRelation.EU, MapText.TRADE_EU,
            TradeRelation.EEA_OR_CUSTOMS_UNION, MapText.TRADE_EEA_OR_CUSTOMS_UNION, TradeRelation.FTA,
            MapText.TRADE_FTA, TradeRelation.MFN, MapText.TRADE_MFN, TradeRelation.SANCTIONED,
            MapText.TRADE_SANCTIONED);

    /** Red (least stable) through yellow to green (most stable), as WGI maps are usually drawn. */
    private static final List<String> STABILITY_COLOURS = List.of("#d73027", "#fee08b", "#1a9850");
    private static final String UNAFFECTED = "#e3e8ee";

    private final ReferenceGeography geography;
    private final List<MapOverlay> overlays;

    public MapOverlays(ReferenceGeography geography, Labels text) {
        this.geography = geography;
        List<MapOverlay> all = new ArrayList<>(List.of(zone(text), stability(text), trade(text), embargo(text)));
        namedFootprints(geography).forEach(f -> all.add(footprint(f, text)));
        this.overlays = List.copyOf(all);
    }

    /** Zone first (the default), then stability, trade, arms embargo and one per named event footprint. */
    public List<MapOverlay> all() {
        return overlays;
    }

    /** The country's value for every overlay, by overlay code; a stability the data lacks is null. */
    public Map<String, Object> valuesOf(CountryProfile country) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(MapOverlay.ZONE, country.zone());
        values.put(MapOverlay.STABILITY, country.stabilityPercentile());
        values.put(MapOverlay.TRADE, country.tradeRelation().name());
        values.put(MapOverlay.ARMS_EMBARGO, country.has(Overlay.EU_ARMS_EMBARGO) ? EMBARGO_YES : EMBARGO_NO);
        for (Footprint footprint : namedFootprints(geography)) {
            values.put(MapOverlay.FOOTPRINT_PREFIX + footprint.code(), footprintValue(footprint, country));
        }
        return values;
    }

    /** The footprints the data names ({@code TAIWAN_STRAIT}, {@code RED_SEA_SUEZ}, ...), not the zones' own. */
    public static List<Footprint> namedFootprints(ReferenceGeography geography) {
        return geography.footprints().stream().filter(f -> geography.zone(f.code()).isEmpty()).toList();
    }

    private static String footprintValue(Footprint footprint, CountryProfile country) {
        if (footprint.kind() == FootprintKind.OUTAGE) {
            return footprint.covers(country.code()) ? STOPPED : OUTSIDE;
        }
        return country.seaLanes().contains(footprint.code()) ? PASSES : OUTSIDE;
    }

    private MapOverlay zone(Labels text) {
        List<MapOverlay.Category> categories = new ArrayList<>();
        int spare = 0;
        for (Zone zone : geography.zones()) {
            String colour = ZONE_COLOURS.get(zone.code());
            if (colour == null) {
                colour = SPARE.get(spare++ % SPARE.size());
            }
            categories.add(new MapOverlay.Category(zone.code(), zone.name(text.locale()), colour));
        }
        return new MapOverlay(MapOverlay.ZONE, text.get(MapText.OVERLAY_ZONE), categories, null);
    }

    private static MapOverlay stability(Labels text) {
        return new MapOverlay(MapOverlay.STABILITY, text.get(MapText.OVERLAY_STABILITY), List.of(),
                new MapOverlay.Range(0, 100, "percentile", STABILITY_COLOURS, text.get(MapText.STABILITY_LOW),
                        text.get(MapText.STABILITY_HIGH)));
    }

    private static MapOverlay trade(Labels text) {
        List<MapOverlay.Category> categories = Arrays.stream(TradeRelation.values())
                .map(t -> new MapOverlay.Category(t.name(), text.get(TRADE_LABELS.get(t)), TRADE_COLOURS.get(t)))
                .toList();
        return new MapOverlay(MapOverlay.TRADE, text.get(MapText.OVERLAY_TRADE), categories, null);
    }

    private static MapOverlay embargo(Labels text) {
        return new MapOverlay(MapOverlay.ARMS_EMBARGO, text.get(MapText.OVERLAY_ARMS_EMBARGO), List.of(
                new MapOverlay.Category(EMBARGO_YES, text.get(MapText.EMBARGO_YES), "#3b3b3b"),
                new MapOverlay.Category(EMBARGO_NO, text.get(MapText.EMBARGO_NO), UNAFFECTED)), null);
    }

    private static MapOverlay footprint(Footprint footprint, Labels text) {
        MapOverlay.Category affected = footprint.kind() == FootprintKind.OUTAGE
                ? new MapOverlay.Category(STOPPED, text.get(MapText.FOOTPRINT_STOPPED), "#e15759")
                : new MapOverlay.Category(PASSES,
                text.get(MapText.FOOTPRINT_PASSES, text.number(footprint.delayDays())), "#f28e2b");
        return new MapOverlay(MapOverlay.FOOTPRINT_PREFIX + footprint.code(),
                text.get(MapText.OVERLAY_FOOTPRINT, footprint.code()), List.of(affected,
                new MapOverlay.Category(OUTSIDE, text.get(MapText.FOOTPRINT_OUTSIDE), UNAFFECTED)), null);
    }
}
