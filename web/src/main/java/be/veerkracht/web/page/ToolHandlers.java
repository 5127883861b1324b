package be.veerkracht.web.page;

import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.api.ToolsDocument;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.ToolRegister;
import be.veerkracht.web.app.Visitor;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tooling register: {@code GET /api/v1/tools} ({@link ToolsDocument}, the layout of {@code veerkracht tools
 * --format json}) and the page {@code /tools}, both over {@link ToolRegister}, evaluated once per snapshot.
 */
public final class ToolHandlers {

    private final LatestAssessment latest;
    private final Supplier<EventCatalogue> catalogue;
    private final Views views;
    private final PageHandlers pages;

    /** @param catalogue the event catalogue the stress test shares, loaded on first use */
    public ToolHandlers(LatestAssessment latest, Supplier<EventCatalogue> catalogue, Views views,
                        PageHandlers pages) {
        this.latest = Objects.requireNonNull(latest, "latest");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /api/v1/tools}: every tool of the newest snapshot; 404 before the first import. */
    public void api(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ToolHandlers::noSnapshot);
        byte[] body = assessed.derived(ToolsDocument.class, byte[].class, () -> Json.bytes(
                ToolsDocument.of(register(assessed), assessed.snapshot().info().id())));
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(body);
    }

    /** {@code GET /tools}: the register as a table, largest NPV first. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        Optional<AssessedSnapshot> assessed = latest.get();
        ToolsView view = assessed.map(a -> a.inLanguage(ToolsView.class, text.locale(),
                        () -> ToolsView.of(text, a, register(a))))
                .orElseGet(() -> ToolsView.empty(text));
        ctx.html(views.render("tools.jte", view, Visitor.of(ctx).orElse(null)));
    }

    private ToolRegister register(AssessedSnapshot assessed) {
        return ToolRegister.of(assessed, latest.geography(), catalogue);
    }

    /** As {@code GET /api/v1/assessment}: 404 before the first import. */
    private static ApiError noSnapshot() {
        return new ApiError(ApiError.NOT_FOUND, "no snapshot yet",
                List.of("import a portfolio first: veerkracht import PATH (or veerkracht demo)"));
    }
}
