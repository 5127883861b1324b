package be.veerkracht.web.map;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageText;
import be.veerkracht.web.page.PartView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the map page shows around the chart: the overlay choice, the captions naming the sources, and the flagged
 * second sources as a table (the chart itself draws {@code /map/data}); before the first import, how to make one.
 *
 * @param snapshotLine which snapshot and reference geography the figures are of; null without a snapshot
 * @param overlays     the general overlays, zone first (the default)
 * @param footprints   one overlay per named event footprint
 * @param unplaced     spend in countries with no point on the map, as one sentence; "" when every country has one
 */
public record MapView(Labels text, boolean hasSnapshot, String snapshotLine, List<Option> overlays,
                      List<Option> footprints, String sourceCaption, List<FlaggedRow> flagged, String unplaced) {

    public MapView {
        overlays = List.copyOf(overlays);
        footprints = List.copyOf(footprints);
        flagged = List.copyOf(flagged);
    }

    /** One choice of the overlay select. */
    public record Option(String code, String label) {
    }

    /** One flagged part, every field written out for people. */
    public record FlaggedRow(String part, String href, String sourcingClass, String countries, String shared,
                             String annualSpend) {
    }

    public String get(MapText key, Object... args) {
        return text.get(key, args);
    }

    public static MapView of(Labels text, Optional<AssessedSnapshot> latest, ReferenceGeography geography,
                             CountryPoints points) {
        MapOverlays all = new MapOverlays(geography, text);
        List<Option> overlays = all.all().stream().filter(o -> !o.isFootprint())
                .map(o -> new Option(o.code(), o.label())).toList();
        List<Option> footprints = all.all().stream().filter(MapOverlay::isFootprint)
                .map(o -> new Option(o.code(), o.label())).toList();
        String caption = text.get(MapText.CAPTION_SOURCE, geography.version());
        if (latest.isEmpty()) {
            return new MapView(text, false, null, overlays, footprints, caption, List.of(), "");
        }
        SnapshotInfo info = latest.get().snapshot().info();
        MapDocument names = new MapDocument(text, geography, points);
        List<FlaggedRow> flagged = FlaggedSources.of(latest.get().assessment()).stream()
                .map(p -> new FlaggedRow(p.part(), PartView.path(p.part()), p.sourcingClass().name(),
                        p.countries().stream().map(names::countryName).collect(Collectors.joining(", ")),
                        names.sharedName(p), text.eur(p.annualSpendEur())))
                .toList();
        String unplaced = SupplierMarkers.of(latest.get().snapshot().portfolio()).stream()
                .filter(c -> points.of(c.country()).isEmpty())
                .map(c -> names.countryName(c.country()) + " " + text.eur(c.annualSpendEur()))
                .collect(Collectors.joining("; "));
        return new MapView(text, true,
                text.get(PageText.SNAPSHOT_LINE, String.valueOf(info.id()), info.source(),
                        text.dateTime(info.importedAt()), latest.get().assessment().geographyVersion()),
                overlays, footprints, caption, flagged,
                unplaced.isEmpty() ? "" : text.get(MapText.UNPLACED, unplaced));
    }
}
