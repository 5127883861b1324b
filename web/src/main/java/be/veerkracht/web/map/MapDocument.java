package be.veerkracht.web.map;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PartView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What {@code GET /map/data} answers (layout {@value #LAYOUT}, described in docs/map.md): the overlays with their
 * legends, every country of the reference geography with its value for each overlay, the supplier markers, the
 * schematic sea lanes and the flagged second sources. Texts are in the visitor's language; numbers are JSON numbers
 * (amounts in EUR to the cent), each amount also written out for people as {@code annual_spend}.
 */
public final class MapDocument {

    public static final String LAYOUT = "veerkracht/map/1";
    /** The boundaries map.js draws, served from the application itself. */
    public static final String BOUNDARIES = "/static/geo/world-110m.geojson";
    /** The feature property holding our country code, for ECharts' {@code nameProperty}. */
    public static final String NAME_PROPERTY = "code";
    public static final String BOUNDARIES_SOURCE =
            "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), via world-atlas 2.0.2";

    private final Labels text;
    private final ReferenceGeography geography;
    private final CountryPoints points;

    public MapDocument(Labels text, ReferenceGeography geography, CountryPoints points) {
        this.text = text;
        this.geography = geography;
        this.points = points;
    }

    /** The whole document; before the first import, the countries and overlays with no markers, lanes or flags. */
    public ObjectNode of(Optional<AssessedSnapshot> latest) {
        ObjectNode doc = Json.object().put("layout", LAYOUT).put("language", text.language())
                .put("geography_version", geography.version());
        if (latest.isPresent()) {
            SnapshotInfo info = latest.get().snapshot().info();
            doc.putObject("snapshot").put("id", info.id()).put("source", info.source())
                    .put("imported_at", info.importedAt().toString());
        } else {
            doc.putNull("snapshot");
        }
        doc.putObject("boundaries").put("url", BOUNDARIES).put("name_property", NAME_PROPERTY)
                .put("source", BOUNDARIES_SOURCE);
        MapOverlays overlays = new MapOverlays(geography, text);
        ArrayNode overlayNodes = doc.putArray("overlays");
        overlays.all().forEach(o -> overlay(overlayNodes, o));
        ArrayNode countries = doc.putArray("countries");
        geography.countries().stream().sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(c -> country(countries, c, overlays));
        ArrayNode markers = doc.putArray("markers");
        ArrayNode unplaced = doc.putArray("unplaced");
        ArrayNode lanes = doc.putArray("sea_lanes");
        ArrayNode flagged = doc.putArray("flagged");
        ArrayNode flagLines = doc.putArray("flag_lines");
        ArrayNode flagCountries = doc.putArray("flag_countries");
        latest.ifPresent(a -> {
            Portfolio portfolio = a.snapshot().portfolio();
            List<SupplierMarkers.CountrySpend> spend = SupplierMarkers.of(portfolio);
            spend.forEach(c -> marker(c, markers, unplaced));
            Set<String> seaOrigins = seaOrigins(portfolio);
            spend.stream().filter(c -> seaOrigins.contains(c.country())).forEach(c -> seaLane(c.country(), lanes));
            List<FlaggedSources.FlaggedPart> parts = FlaggedSources.of(a.assessment());
            parts.forEach(p -> flagged(p, flagged));
            FlaggedSources.pairs(parts).forEach(p -> flagLine(p, flagLines));
            FlaggedSources.sameCountry(parts).forEach(s -> flagCountry(s, flagCountries));
        });
        ObjectNode texts = doc.putObject("texts");
        for (MapText key : List.of(MapText.LEGEND_MARKERS, MapText.LEGEND_LANES, MapText.LEGEND_FLAGS,
                MapText.LEGEND_NO_DATA, MapText.TOOLTIP_SPEND, MapText.TOOLTIP_SUPPLIERS, MapText.TOOLTIP_ZONE,
                MapText.TOOLTIP_FLAG, MapText.LOAD_FAILED)) {
            texts.put(key.name().toLowerCase(Locale.ROOT), text.get(key));
        }
        return doc;
    }

    /** The localized name of a country ({@link Labels#country(CountryCode)}). */
    public String countryName(String alpha2) {
        return text.country(new CountryCode(alpha2));
    }

    public String zoneName(String zone) {
        return text.zone(geography, zone);
    }

    /** Euros to the cent, as machines read amounts. */
    static BigDecimal cents(BigDecimal eur) {
        return eur.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Countries with an active source shipping by sea (or with no mode given, as sea is what the lanes are about):
     * only their freight passes the lanes. Rail from China or road from Poland has no sea lane to draw.
     */
    private static Set<String> seaOrigins(Portfolio portfolio) {
        return portfolio.links().stream()
                .filter(l -> l.qualification().qualified() && l.share() > 0)
                .filter(l -> l.transportMode() == null || l.transportMode() == TransportMode.SEA)
                .map(SourcingLink::originCountry).map(CountryCode::alpha2)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void overlay(ArrayNode into, MapOverlay overlay) {
        ObjectNode node = into.addObject().put("code", overlay.code()).put("label", overlay.label())
                .put("footprint", overlay.isFootprint());
        if (overlay.range() == null) {
            node.put("kind", "category");
            ArrayNode categories = node.putArray("categories");
            overlay.categories().forEach(c -> categories.addObject().put("code", c.code())
                    .put("label", c.label()).put("colour", c.colour()));
        } else {
            MapOverlay.Range r = overlay.range();
            node.put("kind", "range");
            ObjectNode range = node.putObject("range").put("min", r.min()).put("max", r.max()).put("unit", r.unit())
                    .put("min_label", r.minLabel()).put("max_label", r.maxLabel());
            r.colours().forEach(range.putArray("colours")::add);
        }
        node.put("no_data_colour", MapOverlay.NO_DATA_COLOUR);
    }

    private void country(ArrayNode into, CountryProfile profile, MapOverlays overlays) {
        ObjectNode node = into.addObject().put("code", profile.code().alpha2())
                .put("name", countryName(profile.code().alpha2()))
                .put("zone", profile.zone()).put("zone_name", zoneName(profile.zone()));
        ObjectNode values = node.putObject("values");
        for (Map.Entry<String, Object> value : overlays.valuesOf(profile).entrySet()) {
            if (value.getValue() == null) {
                values.putNull(value.getKey());
            } else if (value.getValue() instanceof Double number) {
                values.put(value.getKey(), number);
            } else {
                values.put(value.getKey(), value.getValue().toString());
            }
        }
    }

    private void marker(SupplierMarkers.CountrySpend country, ArrayNode markers, ArrayNode unplaced) {
        Optional<GeoPoint> point = points.of(country.country());
        ObjectNode node = (point.isPresent() ? markers : unplaced).addObject().put("country", country.country())
                .put("name", countryName(country.country()));
        String zone = geography.zoneOf(new CountryCode(country.country())).orElse("UNKNOWN");
        node.put("zone", zone).put("zone_name", zoneName(zone));
        point.ifPresent(p -> point(node.putArray("point"), p));
        node.put("annual_spend_eur", cents(country.annualSpendEur())).put("annual_spend", text.eur(country.annualSpendEur()));
        ArrayNode suppliers = node.putArray("suppliers");
        country.suppliers().forEach(s -> suppliers.addObject().put("id", s.supplier().value()).put("name", s.name())
                .put("annual_spend_eur", cents(s.annualSpendEur())).put("annual_spend", text.eur(s.annualSpendEur())));
    }

    private void seaLane(String country, ArrayNode lanes) {
        Optional<CountryProfile> profile = geography.country(new CountryCode(country));
        Optional<GeoPoint> origin = points.of(country);
        if (profile.isEmpty() || origin.isEmpty() || profile.get().seaLanes().isEmpty()) {
            return;
        }
        Set<String> laneCodes = new TreeSet<>(profile.get().seaLanes());
        SeaRoutes.toAntwerp(origin.get(), laneCodes).ifPresent(route -> {
            ObjectNode node = lanes.addObject().put("country", country).put("name", countryName(country));
            laneCodes.forEach(node.putArray("lanes")::add);
            node.put("label", text.get(MapText.TOOLTIP_LANE, countryName(country), String.join(" + ", laneCodes)));
            ArrayNode waypoints = node.putArray("waypoints");
            ArrayNode coords = node.putArray("coords");
            for (SeaRoutes.Waypoint w : route) {
                if (!w.name().isEmpty()) {
                    point(waypoints.addObject().put("name", w.name()).putArray("point"), w.point());
                }
                point(coords.addArray(), w.point());
            }
        });
    }

    private void flagged(FlaggedSources.FlaggedPart part, ArrayNode into) {
        ObjectNode node = into.addObject().put("part", part.part()).put("href", PartView.path(part.part()))
                .put("sourcing_class", part.sourcingClass().name());
        part.countries().forEach(node.putArray("countries")::add);
        node.putObject("shared").put("kind", part.sharedKind()).put("code", part.sharedCode())
                .put("name", sharedName(part));
        node.put("annual_spend_eur", cents(part.annualSpendEur())).put("annual_spend", text.eur(part.annualSpendEur()));
    }

    /** "zone EU single market" or "footprint TAIWAN_STRAIT" in the visitor's language. */
    public String sharedName(FlaggedSources.FlaggedPart part) {
        return FlaggedSources.ZONE.equals(part.sharedKind())
                ? text.get(MapText.SHARED_ZONE, zoneName(part.sharedCode()))
                : text.get(MapText.SHARED_FOOTPRINT, part.sharedCode());
    }

    private void flagLine(FlaggedSources.CountryPair pair, ArrayNode into) {
        Optional<GeoPoint> from = points.of(pair.from());
        Optional<GeoPoint> to = points.of(pair.to());
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        ObjectNode node = into.addObject().put("from", pair.from()).put("to", pair.to())
                .put("label", countryName(pair.from()) + " \u2013 " + countryName(pair.to()));
        ArrayNode coords = node.putArray("coords");
        point(coords.addArray(), from.get());
        point(coords.addArray(), to.get());
        pair.parts().forEach(node.putArray("parts")::add);
    }

    private void flagCountry(FlaggedSources.SameCountry same, ArrayNode into) {
        points.of(same.country()).ifPresent(p -> {
            ObjectNode node = into.addObject().put("country", same.country())
                    .put("label", text.get(MapText.TOOLTIP_SAME_COUNTRY, countryName(same.country())));
            point(node.putArray("point"), p);
            same.parts().forEach(node.putArray("parts")::add);
        });
    }

    private static void point(ArrayNode into, GeoPoint point) {
        into.add(point.lon()).add(point.lat());
    }
}
