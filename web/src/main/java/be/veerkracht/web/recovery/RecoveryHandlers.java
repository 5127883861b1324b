package be.veerkracht.web.recovery;

import be.veerkracht.exposure.recovery.NodeKind;
import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.api.RecoveryDocument;
import be.veerkracht.web.app.BadQueryParameter;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageError;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Time to survive against time to recover: {@code GET /api/v1/recovery} (every node, {@link RecoveryDocument},
 * filtered by {@link RecoveryQuery}), {@code GET /api/v1/recovery/nodes/{kind}/{id}} (one node, its id as
 * {@link NodePaths} writes it) and the page {@code /recovery}.
 */
public final class RecoveryHandlers {

    private final LatestRecovery latest;
    private final Views views;
    private final PageHandlers pages;

    public RecoveryHandlers(LatestRecovery latest, Views views, PageHandlers pages) {
        this.latest = latest;
        this.views = views;
        this.pages = pages;
    }

    /** {@code GET /api/v1/recovery[?kind=&exposed=]}: the nodes of the newest snapshot, largest impact first. */
    public void api(Context ctx) {
        RecoveryQuery query;
        try {
            query = RecoveryQuery.parse(ctx::queryParam);
        } catch (BadQueryParameter bad) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of(bad.getMessage()
                    + (bad.parameter().equals(RecoveryQuery.KIND) ? "; one of supplier, site, footprint, zone"
                    : "; true or false")));
        }
        RecoveredSnapshot recovered = latest.get().orElseThrow(RecoveryHandlers::noSnapshot);
        Json.respond(ctx, 200, RecoveryDocument.of(recovered.recovery(),
                query.select(recovered.recovery().nodes())));
    }

    /** {@code GET /api/v1/recovery/nodes/{kind}/{id}}: one node with its parts; 404 for one the snapshot lacks. */
    public void apiNode(Context ctx) {
        String kindText = ctx.pathParam("kind");
        NodeKind kind = NodePaths.kind(kindText).orElseThrow(() -> new ApiError(ApiError.BAD_REQUEST,
                "bad parameter", List.of("kind: unknown value '" + kindText
                        + "'; one of supplier, site, footprint, zone")));
        String id = ctx.pathParam("id");
        RecoveredSnapshot recovered = latest.get().orElseThrow(RecoveryHandlers::noSnapshot);
        NodeRecovery node = recovered.recovery().nodes().stream()
                .filter(n -> n.node().kind() == kind && NodePaths.names(id, n.node().id())).findFirst()
                .orElseThrow(() -> new ApiError(ApiError.NOT_FOUND, "no such node", List.of("the newest snapshot ("
                        + recovered.snapshotId() + ") has no " + kind.code() + " '" + id + "'"
                        + (kind == NodeKind.SITE ? " (a site is SUPPLIER" + NodePaths.SLASH + "site)" : ""))));
        Json.respond(ctx, 200, RecoveryDocument.node(node));
    }

    /** {@code GET /recovery[?kind=]}: the scatter, the exposed nodes, the actions. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        String kindText = ctx.queryParam(RecoveryQuery.KIND);
        NodeKind kind = null;
        if (kindText != null && !kindText.isBlank()) {
            kind = NodePaths.kind(kindText).orElseThrow(() -> new PageError(400,
                    text.get(RecoveryText.BAD_KIND, kindText)));
        }
        Optional<RecoveredSnapshot> recovered = latest.get();
        RecoveryView view = recovered.isEmpty() ? RecoveryView.empty(text)
                : RecoveryView.of(text, recovered.get(), latest.latest().geography(), kind);
        ctx.html(views.render("recovery.jte", view, Visitor.of(ctx).orElse(null)));
    }

    /** As {@code GET /api/v1/assessment}: 404 before the first import. */
    private static ApiError noSnapshot() {
        return new ApiError(ApiError.NOT_FOUND, "no snapshot yet",
                List.of("import a portfolio first: veerkracht import PATH (or veerkracht demo)"));
    }
}
