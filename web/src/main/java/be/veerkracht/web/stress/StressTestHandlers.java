package be.veerkracht.web.stress;

import be.veerkracht.simulation.ScenarioResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.api.ScenarioDocument;
import be.veerkracht.web.api.StressTestDocument;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageError;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stress test: {@code POST /api/v1/stress-tests} and {@code GET /api/v1/stress-tests/{id}} (a run and its
 * progress, the result as {@link StressTestDocument}), {@code POST /api/v1/scenarios} (named scenarios,
 * {@link ScenarioDocument}), and the page {@code /stress-test} with its fragments.
 */
public final class StressTestHandlers implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LatestAssessment latest;
    private final Views views;
    private final PageHandlers pages;
    private final StressTestJobs jobs;
    private final ScenarioComparison scenarios;

    public StressTestHandlers(LatestAssessment latest, Views views, PageHandlers pages, StressTestJobs jobs) {
        this.latest = latest;
        this.views = views;
        this.pages = pages;
        this.jobs = jobs;
        this.scenarios = new ScenarioComparison(latest.geography());
    }

    // ---------------------------------------------------------------- API

    /** {@code POST /api/v1/stress-tests}: starts a run over the newest snapshot; 202 with where to follow it. */
    public void apiStart(Context ctx) {
        JsonNode body = body(ctx);
        StressTestSettings settings;
        try {
            settings = StressInput.settings(field -> text(body, field));
        } catch (StressInput.BadField bad) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of(bad.getMessage()));
        }
        AssessedSnapshot snapshot = latest.get().orElseThrow(() -> new ApiError(409, "no snapshot yet",
                List.of("import a portfolio first (POST /api/v1/imports); the stress test runs over the newest")));
        StressTestJob job = start(snapshot, settings, true);
        Json.respond(ctx, 202, status(job));
    }

    /** {@code GET /api/v1/stress-tests/{id}}: the run's progress, and its result once finished. */
    public void apiStatus(Context ctx) {
        Optional<StressTestJob> job = parseId(ctx.pathParam("id")).flatMap(jobs::find);
        if (job.isEmpty()) {
            throw new ApiError(ApiError.NOT_FOUND, "no such stress test", List.of("stress test '"
                    + ctx.pathParam("id") + "' is unknown; the last " + StressTestJobs.KEPT + " runs are kept"));
        }
        Json.respond(ctx, 200, status(job.get()));
    }

    /** {@code POST /api/v1/scenarios}: the named scenario of the events given, over the newest snapshot. */
    public void apiScenario(Context ctx) {
        JsonNode body = body(ctx);
        int horizon;
        try {
            horizon = StressInput.horizonDays(text(body, StressInput.HORIZON_DAYS));
        } catch (StressInput.BadField bad) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of(bad.getMessage()));
        }
        JsonNode events = body.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter",
                    List.of("events must be a non-empty array of texts such as \"zone:CN_SPHERE:90\""));
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode event : events) {
            if (!event.isTextual()) {
                throw new ApiError(ApiError.BAD_REQUEST, "bad parameter",
                        List.of("events: every event is a text such as \"zone:CN_SPHERE:90\", got " + event));
            }
            texts.add(event.asText());
        }
        AssessedSnapshot snapshot = latest.get().orElseThrow(() -> new ApiError(409, "no snapshot yet",
                List.of("import a portfolio first (POST /api/v1/imports)")));
        try {
            ScenarioResult result = scenarios.run(snapshot.snapshot().portfolio(), texts, horizon);
            Json.respond(ctx, 200, ScenarioDocument.of(result, latest.geography().version()));
        } catch (ScenarioComparison.BadEvent bad) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad event", List.of("events: " + bad.getMessage()));
        }
    }

    private StressTestJob start(AssessedSnapshot snapshot, StressTestSettings settings, boolean api) {
        try {
            return jobs.start(snapshot.snapshot().info().id(), snapshot.snapshot().portfolio(),
                    snapshot.assessment(), settings);
        } catch (StressTestJobs.BusyException busy) {
            if (api) {
                throw new ApiError(429, "busy", List.of(busy.getMessage()));
            }
            throw new PageError(429, busy.getMessage());
        }
    }

    private static ObjectNode status(StressTestJob job) {
        ObjectNode node = Json.object().put("id", job.id()).put("status", job.status().code())
                .put("done", job.status() == StressTestJob.Status.FINISHED ? job.total() : job.done())
                .put("total", job.total()).put("snapshot_id", job.snapshotId())
                .put("href", "/api/v1/stress-tests/" + job.id());
        if (job.status() == StressTestJob.Status.FINISHED) {
            node.set("result", StressTestDocument.of(job.outcome().result(), job.outcome().actions()));
        } else if (job.status() == StressTestJob.Status.FAILED) {
            node.put("error", job.error());
        }
        return node;
    }

    /** The JSON body; an empty body is an empty object (every field has a default). */
    private static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) {
            return Json.object();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ApiError(ApiError.BAD_REQUEST, "bad body", List.of("the body must be a JSON object"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad body", List.of("the body is not JSON: "
                    + e.getOriginalMessage()));
        }
    }

    /** A field as text for {@link StressInput}: numbers as written, null when absent or null. */
    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isTextual()) {
            return value.asText();
        }
        // 2.5, true, [...]: not a whole number; passed on as written so the refusal names field and value
        return value.toString().isBlank() ? "?" : value.toString();
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- page

    /** {@code GET /stress-test[?run=ID]}: the page, with the run asked for. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        StressRunView run = parseId(Optional.ofNullable(ctx.queryParam("run")).orElse(""))
                .flatMap(jobs::find).map(j -> StressRunView.of(text, j, latest.geography())).orElse(null);
        render(ctx, text, defaults(ctx, text).withRun(run));
    }

    /**
     * {@code POST /stress-test}: starts a run from the form. From htmx the answer is the run's fragment (it then
     * polls itself); without JavaScript a redirect to the page showing the run.
     */
    public void pageStart(Context ctx) {
        Labels text = pages.text(ctx);
        Function<String, String> form = ctx::formParam;
        PageState state = defaults(ctx, text).withSettings(form.apply(StressInput.SCENARIOS),
                form.apply(StressInput.HORIZON_DAYS), form.apply(StressInput.SEED));
        StressTestSettings settings;
        try {
            settings = StressInput.settings(form);
        } catch (StressInput.BadField bad) {
            String message = bad.field().equals(StressInput.SEED) ? text.get(StressText.BAD_SEED)
                    : text.get(StressText.BAD_NUMBER, fieldLabel(text, bad.field()), text.count(bad.min()),
                            text.count(bad.max()));
            if (htmx(ctx)) {
                // htmx swaps only 2xx answers: the refusal replaces the run's place, next to the form
                ctx.html(views.render("stressFormError.jte", new FormError(text, message)));
            } else {
                ctx.status(400);
                render(ctx, text, state.withError(message));
            }
            return;
        }
        Optional<AssessedSnapshot> snapshot = latest.get();
        if (snapshot.isEmpty()) {
            throw new PageError(409, text.get(StressText.NO_SNAPSHOT));
        }
        StressTestJob job = start(snapshot.get(), settings, false);
        if (htmx(ctx)) {
            ctx.html(views.render("stressRun.jte", StressRunView.of(text, job, latest.geography())));
        } else {
            ctx.redirect("/stress-test?run=" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    /** {@code GET /stress-test/runs/{id}}: the run's fragment, progress or results. */
    public void runFragment(Context ctx) {
        Labels text = pages.text(ctx);
        StressTestJob job = parseId(ctx.pathParam("id")).flatMap(jobs::find)
                .orElseThrow(() -> new PageError(404, text.get(StressText.NO_SUCH_RUN)));
        ctx.html(views.render("stressRun.jte", StressRunView.of(text, job, latest.geography())));
    }

    /** {@code POST /stress-test/scenarios}: the named scenarios of the form side by side. */
    public void pageScenarios(Context ctx) {
        Labels text = pages.text(ctx);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= StressInput.MAX_NAMED_SCENARIOS; i++) {
            lines.add(Optional.ofNullable(ctx.formParam("scenario" + i)).orElse("").strip());
        }
        String horizonText = ctx.formParam("scenario_horizon_days");
        PageState state = defaults(ctx, text).withScenarios(lines, horizonText);
        ScenarioComparisonView comparison = compare(text, lines, horizonText);
        if (htmx(ctx)) {
            // htmx swaps only 2xx answers: a refusal is shown in the result's place, next to the form
            ctx.html(views.render("scenarioComparison.jte", comparison));
        } else {
            ctx.status(comparison.error() == null ? 200 : 400);
            render(ctx, text, state.withComparison(comparison));
        }
    }

    private ScenarioComparisonView compare(Labels text, List<String> lines, String horizonText) {
        int horizon;
        try {
            horizon = StressInput.horizonDays(horizonText);
        } catch (StressInput.BadField bad) {
            return ScenarioComparisonView.error(text, text.get(StressText.BAD_NUMBER,
                    text.get(StressText.FIELD_HORIZON), "1", text.count(bad.max())));
        }
        Optional<AssessedSnapshot> snapshot = latest.get();
        if (snapshot.isEmpty()) {
            return ScenarioComparisonView.error(text, text.get(StressText.NO_SNAPSHOT));
        }
        List<String> used = new ArrayList<>();
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> events = ScenarioComparison.events(lines.get(i));
            if (events.isEmpty()) {
                continue;
            }
            try {
                results.add(scenarios.run(snapshot.get().snapshot().portfolio(), events, horizon));
                used.add(String.join(" ", events));
            } catch (ScenarioComparison.BadEvent bad) {
                return ScenarioComparisonView.error(text, text.get(StressText.BAD_EVENT, String.valueOf(i + 1),
                        bad.text(), bad.reason()));
            }
        }
        if (results.isEmpty()) {
            return ScenarioComparisonView.error(text, text.get(StressText.NO_EVENTS));
        }
        return ScenarioComparisonView.of(text, horizon, used, results);
    }

    private static String fieldLabel(Labels text, String field) {
        return switch (field) {
            case StressInput.SCENARIOS -> text.get(StressText.FIELD_SCENARIOS);
            case StressInput.HORIZON_DAYS -> text.get(StressText.FIELD_HORIZON);
            default -> text.get(StressText.FIELD_SEED);
        };
    }

    private static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** A refusal of the run form, shown next to it. */
    public record FormError(Labels text, String message) {
    }

    private void render(Context ctx, Labels text, PageState state) {
        Optional<AssessedSnapshot> snapshot = latest.get();
        Visitor visitor = Visitor.of(ctx).orElse(null);
        StressTestView view = new StressTestView(text, snapshot.isPresent(),
                StressTestView.snapshotLine(text, snapshot), visitor == null ? null : visitor.csrfToken(),
                state.scenarios, state.horizon, state.seed, state.error, state.run, state.lines, state.lineHorizon,
                state.comparison, StressTestView.presets(text));
        ctx.html(views.render("stressTest.jte", view, visitor));
    }

    private static PageState defaults(Context ctx, Labels text) {
        return new PageState(String.valueOf(StressTestSettings.DEFAULT_SCENARIOS),
                String.valueOf(StressTestSettings.DEFAULT_HORIZON_DAYS), String.valueOf(StressTestSettings.DEFAULT_SEED),
                null, null, StressTestView.defaultLines(), String.valueOf(StressTestSettings.DEFAULT_HORIZON_DAYS),
                null);
    }

    /** What the page's forms show: the values as entered, and what came of them. */
    private record PageState(String scenarios, String horizon, String seed, String error, StressRunView run,
                             List<String> lines, String lineHorizon, ScenarioComparisonView comparison) {

        PageState withRun(StressRunView other) {
            return new PageState(scenarios, horizon, seed, error, other, lines, lineHorizon, comparison);
        }

        PageState withSettings(String s, String h, String seedText) {
            return new PageState(s == null ? scenarios : s, h == null ? horizon : h,
                    seedText == null ? seed : seedText, error, run, lines, lineHorizon, comparison);
        }

        PageState withError(String message) {
            return new PageState(scenarios, horizon, seed, message, run, lines, lineHorizon, comparison);
        }

        PageState withScenarios(List<String> entered, String h) {
            return new PageState(scenarios, horizon, seed, error, run, entered, h == null ? lineHorizon : h,
                    comparison);
        }

        PageState withComparison(ScenarioComparisonView other) {
            return new PageState(scenarios, horizon, seed, error, run, lines, lineHorizon, other);
        }
    }

    /** Cancels the runs and stops their thread. */
    @Override
    public void close() {
        jobs.close();
    }
}
