package be.veerkracht.web.map;

import be.veerkracht.web.api.Json;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The risk-zone world map: the page, and the data its chart draws. Both read the newest assessed snapshot and the
 * shipped boundaries' country points; nothing is fetched from outside the application.
 */
public final class MapHandlers {

    private final LatestAssessment latest;
    private final Views views;
    private final PageHandlers pages;
    private final CountryPoints points = CountryPoints.shipped();

    public MapHandlers(LatestAssessment latest, Views views, PageHandlers pages) {
        this.latest = latest;
        this.views = views;
        this.pages = pages;
    }

    /** {@code GET /map}: the page around the chart; before the first import, how to make one. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        MapView view = MapView.of(text, latest.get(), latest.geography(), points);
        ctx.html(views.render("map.jte", view, Visitor.of(ctx).orElse(null)));
    }

    /** {@code GET /map/data}: what the chart draws, as JSON ({@link MapDocument}), in the visitor's language. */
    public void data(Context ctx) {
        Labels text = pages.text(ctx);
        Optional<AssessedSnapshot> assessed = latest.get();
        // the same for every visitor of one language until the next import: written once (docs/benchmarks.md)
        byte[] body = assessed.map(a -> a.inLanguage(MapBody.class, text.locale(),
                        () -> new MapBody(Json.bytes(new MapDocument(text, latest.geography(), points).of(assessed)))))
                .map(MapBody::json)
                .orElseGet(() -> Json.bytes(new MapDocument(text, latest.geography(), points).of(assessed)));
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(body);
    }

    /** The map data of one language as JSON bytes (a type of its own, to be kept per language). */
    private record MapBody(byte[] json) {
    }
}
