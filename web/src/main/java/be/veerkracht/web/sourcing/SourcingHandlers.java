package be.veerkracht.web.sourcing;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.CountryMatrixLoader;
import be.veerkracht.portfolio.Part;
import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.api.LandedCostDocument;
import be.veerkracht.web.api.McdaDocument;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageError;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "China + 1" page and its API (issue 11, item 7; docs/mcda.md and docs/landed-cost.md, "On the web"): the
 * country ranking with live weights, its sensitivity and map, a part's landed cost, and the emissions. Each handler
 * parses, calls the core through {@link CountryRanking}, {@link McdaRequest} or {@link PartLandedCosts}, and
 * renders; a bad parameter is a 400 naming it.
 */
public final class SourcingHandlers {

    /** Parts listed in the page's landed-cost select, first by id. */
    static final int PART_CHOICES = 500;

    private final LatestAssessment latest;
    private final Views views;
    private final PageHandlers pages;
    private final PartLandedCosts landed;

    public SourcingHandlers(LatestAssessment latest, Views views, PageHandlers pages) {
        this.latest = Objects.requireNonNull(latest, "latest");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.landed = new PartLandedCosts(latest.geography());
    }

    /** {@code GET /sourcing}: the whole page; refused settings are said next to the form with status 400. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        Function<String, String> parameter = formParameters(ctx);
        SourcingQuery query = SourcingQuery.defaults();
        SourcingResultView result = null;
        String refused = null;
        CountryMatrix source = CountryMatrixLoader.sample();
        try {
            query = SourcingQuery.parse(parameter);
            CountryRanking ranking = CountryRanking.of(query, latest.geography());
            source = ranking.source();
            result = SourcingResultView.of(text, ranking, latest.geography());
        } catch (BadSourcingParameter bad) {
            refused = text.get(SourcingText.BAD_PARAMETER, bad.getMessage());
            ctx.status(400);
        }
        ctx.html(views.render("sourcing.jte", view(text, query, source, result, refused),
                Visitor.of(ctx).orElse(null)));
    }

    /**
     * {@code GET /sourcing/ranking}: the result fragment the sliders re-render. A refused setting is said in the
     * fragment, with status 200 to htmx (which swaps only 2xx answers), 400 otherwise.
     */
    public void ranking(Context ctx) {
        Labels text = pages.text(ctx);
        try {
            CountryRanking ranking = CountryRanking.of(SourcingQuery.parse(formParameters(ctx)), latest.geography());
            ctx.html(views.render("sourcingResult.jte", SourcingResultView.of(text, ranking, latest.geography())));
        } catch (BadSourcingParameter bad) {
            if (!"true".equals(ctx.header("HX-Request"))) {
                ctx.status(400);
            }
            ctx.html("<div id=\"sourcing-result\"><p class=\"refused\" id=\"sourcing-refused\">"
                    + escape(text.get(SourcingText.BAD_PARAMETER, bad.getMessage())) + "</p></div>");
        }
    }

    /** {@code GET /parts/{id}/landed-cost}: a part's landed cost per option; 404 for an unknown part. */
    public void landedCost(Context ctx) {
        Labels text = pages.text(ctx);
        String id = ctx.pathParam("id");
        AssessedSnapshot assessed = latest.get().orElseThrow(() -> new PageError(404,
                text.get(SourcingText.NO_SNAPSHOT)));
        PartLandedCosts.PartOptions options = landed.of(assessed.snapshot().portfolio(), id)
                .orElseThrow(() -> new PageError(404, "no part '" + id + "'"));
        LandedCostView view = LandedCostView.of(text, id, options, latest.geography().version() + "; "
                + landed.transport().version());
        ctx.html(views.render("partLandedCost.jte", view, Visitor.of(ctx).orElse(null)));
    }

    /** {@code GET /sourcing/landed-cost?part=ID}: the page's part select, 303 to {@code /parts/{id}/landed-cost}. */
    public void landedCostChoice(Context ctx) {
        String part = ctx.queryParam("part");
        if (part == null || part.isBlank()) {
            throw new PageError(400, "part: choose a part");
        }
        ctx.redirect("/parts/" + java.net.URLEncoder.encode(part.strip(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "/landed-cost", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code GET /api/v1/sourcing/countries}: the ranking with sensitivity, {@code veerkracht/countries-rank/1}. */
    public void apiCountries(Context ctx) {
        try {
            CountryRanking ranking = CountryRanking.of(SourcingQuery.parse(ctx::queryParam), latest.geography());
            Json.respond(ctx, 200, McdaDocument.countries(ranking.analysis(), ranking.source(),
                    ranking.diversified()));
        } catch (BadSourcingParameter bad) {
            throw badRequest(bad);
        }
    }

    /** {@code POST /api/v1/mcda}: a matrix in JSON ranked, the fields of {@code veerkracht mcda --format json}. */
    public void apiMcda(Context ctx) {
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(ctx.body());
        } catch (IOException notJson) {
            throw new ApiError(ApiError.BAD_REQUEST, "body: not JSON", List.of(String.valueOf(notJson
                    .getMessage())));
        }
        try {
            Json.respond(ctx, 200, McdaDocument.mcda(McdaRequest.analyse(body)));
        } catch (BadSourcingParameter bad) {
            throw badRequest(bad);
        }
    }

    /** {@code GET /api/v1/parts/{id}/landed-cost}: {@code veerkracht/landed-cost/1} for one part. */
    public void apiLandedCost(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(SourcingHandlers::noSnapshot);
        String id = ctx.pathParam("id");
        PartLandedCosts.PartOptions part = landed.of(assessed.snapshot().portfolio(), id).orElseThrow(() ->
                new ApiError(ApiError.NOT_FOUND, "no part '" + id + "'", List.of()));
        ObjectNode document = LandedCostDocument.landedCost(landed.sources(), landed.settings(), part.options(),
                part.comparison().stream().toList());
        document.put("part_id", id);
        document.put("snapshot_id", assessed.snapshot().info().id());
        Json.respond(ctx, 200, document);
    }

    /** {@code GET /api/v1/emissions}: the Scope 3 category 4 estimate of the newest snapshot. */
    public void apiEmissions(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(SourcingHandlers::noSnapshot);
        ObjectNode document = LandedCostDocument.emissions(landed.sources(), landed.transport().factors(),
                landed.emissions(assessed.snapshot().portfolio()));
        document.put("snapshot_id", assessed.snapshot().info().id());
        Json.respond(ctx, 200, document);
    }

    private SourcingView view(Labels text, SourcingQuery query, CountryMatrix source, SourcingResultView result,
                              String refused) {
        List<Criterion> criteria = source.matrix().criteria();
        List<SourcingView.CriterionRow> rows = new ArrayList<>();
        for (int j = 0; j < criteria.size(); j++) {
            double weight = query.weights().size() == criteria.size()
                    ? query.weights().get(j) / query.weights().stream().mapToDouble(Double::doubleValue).sum()
                    : 1.0 / criteria.size();
            Criterion c = criteria.get(j);
            rows.add(new SourcingView.CriterionRow(j, c.name(), SourcingView.typeLabel(text, c.type()), c.unit(),
                    c.source(), (int) Math.round(weight * 100), text.percent(weight)));
        }
        List<SourcingView.Choice> methods = List.of(
                new SourcingView.Choice("topsis", text.get(SourcingText.METHOD_TOPSIS), query.method().equals("topsis")),
                new SourcingView.Choice("wsm", text.get(SourcingText.METHOD_WSM), query.method().equals("wsm")),
                new SourcingView.Choice("promethee", text.get(SourcingText.METHOD_PROMETHEE),
                        query.method().equals("promethee")));
        List<SourcingView.Choice> rules = List.of(
                new SourcingView.Choice("exclude", text.get(SourcingText.RULE_EXCLUDE),
                        query.rule().code().equals("exclude")),
                new SourcingView.Choice("penalise", text.get(SourcingText.RULE_PENALISE),
                        query.rule().code().equals("penalise")));
        Optional<AssessedSnapshot> assessed = latest.get();
        String emissions = assessed.map(a -> {
            var estimate = landed.emissions(a.snapshot().portfolio());
            return text.get(SourcingText.EMISSIONS_LINE, text.number(estimate.totalKgCo2ePerYear() / 1000.0),
                    estimate.coverage().counted(), estimate.coverage().activeLinks());
        }).orElse(null);
        List<String> parts = assessed.map(a -> a.snapshot().portfolio().parts().stream().map(Part::id)
                .map(p -> p.value()).sorted().limit(PART_CHOICES).toList()).orElse(List.of());
        return new SourcingView(text, !query.countries().isEmpty(), String.join(",", query.countries().stream()
                .map(c -> c.alpha2()).toList()), source.version(), rows, methods,
                SourcingView.incumbents(text, query.incumbent(), source.matrix().alternatives()), rules, result,
                refused, source.notes(), SourcingView.factors(text, landed.transport()), landed.transport().version(),
                emissions, parts);
    }

    /**
     * The page's parameters: the sliders send one {@code weight} each (0..100), joined into {@code weights}; the
     * data select {@code data=sample} ignores typed countries.
     */
    private static Function<String, String> formParameters(Context ctx) {
        Map<String, List<String>> all = ctx.queryParamMap();
        return name -> {
            if (name.equals("weights") && ctx.queryParam("weights") == null && all.containsKey("weight")) {
                return String.join(",", all.get("weight"));
            }
            if (name.equals("countries") && "sample".equals(ctx.queryParam("data"))) {
                return null;
            }
            return ctx.queryParam(name);
        };
    }

    private static ApiError badRequest(BadSourcingParameter bad) {
        return new ApiError(ApiError.BAD_REQUEST, "bad parameter: " + bad.parameter(), List.of(bad.getMessage()));
    }

    private static ApiError noSnapshot() {
        return new ApiError(ApiError.NOT_FOUND, "no snapshot yet",
                List.of("import a portfolio first: veerkracht import PATH (or veerkracht demo)"));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
