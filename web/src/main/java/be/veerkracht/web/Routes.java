package be.veerkracht.web;

import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.ApiHandlers;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.compliance.ComplianceHandlers;
import be.veerkracht.web.imports.ImportHandlers;
import be.veerkracht.web.imports.ImportLimits;
import be.veerkracht.web.imports.UploadSizeLimit;
import be.veerkracht.web.map.MapHandlers;
import be.veerkracht.web.page.LanguageChoice;
import be.veerkracht.web.page.PageError;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.PageText;
import be.veerkracht.web.page.ToolHandlers;
import be.veerkracht.web.recovery.RecoveryHandlers;
import be.veerkracht.web.screening.ScreeningHandlers;
import be.veerkracht.web.sourcing.SourcingHandlers;
import be.veerkracht.web.stress.StressTestHandlers;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Every route, static folder and error mapping of the web application, in one place. */
final class Routes {

    /** Prefix of the JSON API; errors under it are answered in JSON, elsewhere as a page. */
    static final String API = "/api/v1";

    /** Where the app's own and vendored static files are served from (classpath folder {@code /static}). */
    static final String STATIC = "/static";

    /** Where Javalin serves the WebJars (ECharts). */
    static final String WEBJARS = "/webjars";

    private static final System.Logger LOG = System.getLogger(Routes.class.getName());

    /** One route: method, path, who may call it, and the handler method. */
    record Route(HandlerType method, String path, WebRole role, Handler handler) {
        Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(handler, "handler");
        }
    }

    private Routes() {
    }

    /** The application's routes, without logins (for an {@link AccessPolicy} that needs none, e.g. in tests). */
    static List<Route> of(Handlers handlers) {
        ApiHandlers api = handlers.api();
        PageHandlers pages = handlers.pages();
        MapHandlers map = handlers.map();
        ImportHandlers imports = handlers.imports();
        List<Route> routes = new ArrayList<>(List.of(
                new Route(HandlerType.GET, API + "/health", WebRole.PUBLIC, api::health),
                new Route(HandlerType.GET, API + "/openapi.json", WebRole.PUBLIC, api::openApi),
                new Route(HandlerType.GET, API + "/assessment", WebRole.VIEWER, api::assessment),
                new Route(HandlerType.GET, API + "/snapshots", WebRole.VIEWER, api::snapshots),
                new Route(HandlerType.GET, API + "/parts", WebRole.VIEWER, api::parts),
                new Route(HandlerType.GET, API + "/parts/{id}", WebRole.VIEWER, api::part),
                new Route(HandlerType.GET, API + "/parts/{id}/buffer", WebRole.VIEWER, api::partBuffer),
                new Route(HandlerType.GET, API + "/parts/{id}/split", WebRole.VIEWER, api::partSplit),
                new Route(HandlerType.GET, API + "/parts/{id}/split/what-if", WebRole.VIEWER, api::partSplitWhatIf),
                new Route(HandlerType.GET, API + "/suppliers", WebRole.VIEWER, api::suppliers),
                new Route(HandlerType.GET, "/", WebRole.VIEWER, pages::dashboard),
                new Route(HandlerType.GET, "/parts", WebRole.VIEWER, pages::parts),
                new Route(HandlerType.GET, "/parts/rows", WebRole.VIEWER, pages::partRows),
                // after /parts/rows: Javalin tries routes in the order they were added
                new Route(HandlerType.GET, "/parts/{id}", WebRole.VIEWER, pages::part),
                new Route(HandlerType.GET, "/parts/{id}/split", WebRole.VIEWER, pages::partSplit),
                new Route(HandlerType.GET, "/parts/{id}/split/what-if", WebRole.VIEWER, pages::partSplitWhatIf),
                new Route(HandlerType.GET, "/suppliers", WebRole.VIEWER, pages::suppliers),
                new Route(HandlerType.GET, "/suppliers/{id}", WebRole.VIEWER, pages::supplier)));
        // the risk-zone map (web.map)
        routes.addAll(List.of(
                new Route(HandlerType.GET, "/map", WebRole.VIEWER, map::page),
                new Route(HandlerType.GET, "/map/data", WebRole.VIEWER, map::data)));
        // importing, the template and the snapshots (web.imports)
        routes.addAll(List.of(
                new Route(HandlerType.GET, "/import", WebRole.VIEWER, imports::page),
                new Route(HandlerType.POST, "/import", WebRole.IMPORTER, imports::upload),
                new Route(HandlerType.GET, "/import/template.xlsx", WebRole.VIEWER, imports::template),
                new Route(HandlerType.POST, API + "/imports", WebRole.IMPORTER, imports::apiImport)));
        // the stress test and named scenarios (web.stress): they read the newest snapshot and store nothing, so
        // reading is enough; a session's POST needs its CSRF token as every other one
        StressTestHandlers stress = handlers.stress();
        routes.addAll(List.of(
                new Route(HandlerType.GET, "/stress-test", WebRole.VIEWER, stress::page),
                new Route(HandlerType.POST, "/stress-test", WebRole.VIEWER, stress::pageStart),
                new Route(HandlerType.GET, "/stress-test/runs/{id}", WebRole.VIEWER, stress::runFragment),
                new Route(HandlerType.POST, "/stress-test/scenarios", WebRole.VIEWER, stress::pageScenarios),
                new Route(HandlerType.POST, API + "/stress-tests", WebRole.VIEWER, stress::apiStart),
                new Route(HandlerType.GET, API + "/stress-tests/{id}", WebRole.VIEWER, stress::apiStatus),
                new Route(HandlerType.POST, API + "/scenarios", WebRole.VIEWER, stress::apiScenario)));
        // time to survive against time to recover (web.recovery); a site's id has its '/' written '~' in the path
        RecoveryHandlers recovery = handlers.recovery();
        routes.addAll(List.of(
                new Route(HandlerType.GET, "/recovery", WebRole.VIEWER, recovery::page),
                new Route(HandlerType.GET, API + "/recovery", WebRole.VIEWER, recovery::api),
                new Route(HandlerType.GET, API + "/recovery/nodes/{kind}/{id}", WebRole.VIEWER, recovery::apiNode)));
        // the tooling register with the return on a second tool per tool (web.app.ToolRegister)
        ToolHandlers tools = handlers.tools();
        routes.addAll(List.of(
                new Route(HandlerType.GET, "/tools", WebRole.VIEWER, tools::page),
                new Route(HandlerType.GET, API + "/tools", WebRole.VIEWER, tools::api)));
        // "China + 1" and the landed cost (web.sourcing, issue 11 item 7): computed on request, nothing stored
        SourcingHandlers sourcing = handlers.sourcing();
        routes.addAll(List.of(
                new Route(HandlerType.GET, "/sourcing", WebRole.VIEWER, sourcing::page),
                new Route(HandlerType.GET, "/sourcing/ranking", WebRole.VIEWER, sourcing::ranking),
                new Route(HandlerType.GET, "/sourcing/landed-cost", WebRole.VIEWER, sourcing::landedCostChoice),
                new Route(HandlerType.GET, "/parts/{id}/landed-cost", WebRole.VIEWER, sourcing::landedCost),
                new Route(HandlerType.GET, API + "/sourcing/countries", WebRole.VIEWER, sourcing::apiCountries),
                new Route(HandlerType.POST, API + "/mcda", WebRole.VIEWER, sourcing::apiMcda),
                new Route(HandlerType.GET, API + "/parts/{id}/landed-cost", WebRole.VIEWER, sourcing::apiLandedCost),
                new Route(HandlerType.GET, API + "/emissions", WebRole.VIEWER, sourcing::apiEmissions)));
        routes.addAll(compliance(handlers.compliance()));
        routes.addAll(screening(handlers.screening()));
        // quality data (web.quality): suppliers' systems post batches with a supplier token; users read a part's data,
        // the portfolio-wide review (alerts, charts, cross-validation) as pages and JSON
        routes.addAll(List.of(
                new Route(HandlerType.POST, API + "/quality/batches", WebRole.SUPPLIER, handlers.quality()::postBatch),
                new Route(HandlerType.GET, API + "/parts/{id}/quality", WebRole.VIEWER,
                        handlers.quality()::partQuality),
                new Route(HandlerType.GET, API + "/quality/check", WebRole.VIEWER, handlers.quality()::check),
                new Route(HandlerType.GET, API + "/quality/parts/{id}", WebRole.VIEWER,
                        handlers.quality()::partReview),
                new Route(HandlerType.GET, "/quality", WebRole.VIEWER, handlers.qualityPages()::overview),
                new Route(HandlerType.GET, "/quality/alerts", WebRole.VIEWER, handlers.qualityPages()::alerts),
                new Route(HandlerType.GET, "/quality/parts/{id}", WebRole.VIEWER, handlers.qualityPages()::part)));
        return List.copyOf(routes);
    }

    /**
     * Export control (web.compliance): everyone who reads sees the register, checks, licences and ICP; recording
     * (a check is recorded too) needs {@link WebRole#COMPLIANCE}. A licence number's '/' is written '~' in the path.
     */
    private static List<Route> compliance(ComplianceHandlers compliance) {
        String api = API + "/compliance";
        return List.of(
                new Route(HandlerType.GET, "/compliance", WebRole.VIEWER, compliance.register()::register),
                new Route(HandlerType.GET, "/compliance/items/{kind}/{id}", WebRole.VIEWER,
                        compliance.register()::item),
                new Route(HandlerType.POST, "/compliance/items/{kind}/{id}", WebRole.COMPLIANCE,
                        compliance.register()::classify),
                new Route(HandlerType.GET, "/compliance/check", WebRole.VIEWER, compliance.check()::page),
                new Route(HandlerType.POST, "/compliance/check", WebRole.COMPLIANCE, compliance.check()::check),
                new Route(HandlerType.GET, "/compliance/licences", WebRole.VIEWER, compliance.licences()::page),
                new Route(HandlerType.POST, "/compliance/licences", WebRole.COMPLIANCE, compliance.licences()::add),
                new Route(HandlerType.POST, "/compliance/licences/uses", WebRole.COMPLIANCE,
                        compliance.licences()::use),
                new Route(HandlerType.GET, "/compliance/icp", WebRole.VIEWER, compliance.icp()::page),
                new Route(HandlerType.POST, "/compliance/icp/{element}", WebRole.COMPLIANCE, compliance.icp()::update),
                new Route(HandlerType.GET, api + "/register", WebRole.VIEWER, compliance.api()::register),
                new Route(HandlerType.POST, api + "/checks", WebRole.COMPLIANCE, compliance.api()::check),
                new Route(HandlerType.GET, api + "/checks", WebRole.VIEWER, compliance.api()::checks),
                new Route(HandlerType.POST, api + "/classifications", WebRole.COMPLIANCE, compliance.api()::classify),
                new Route(HandlerType.GET, api + "/licences", WebRole.VIEWER, compliance.api()::licences),
                new Route(HandlerType.POST, api + "/licences", WebRole.COMPLIANCE, compliance.api()::addLicence),
                new Route(HandlerType.POST, api + "/licences/{number}/uses", WebRole.COMPLIANCE,
                        compliance.api()::recordUse),
                new Route(HandlerType.GET, api + "/icp", WebRole.VIEWER, compliance.api()::icp),
                new Route(HandlerType.PUT, api + "/icp/{element}", WebRole.COMPLIANCE, compliance.api()::updateIcp));
    }

    /**
     * Sanctions screening (web.screening): everyone who reads sees the lists and the newest snapshot screened live
     * (not recorded); recording (a name screened, a review, a list uploaded) needs {@link WebRole#COMPLIANCE}.
     */
    private static List<Route> screening(ScreeningHandlers screening) {
        return List.of(
                new Route(HandlerType.GET, "/screening", WebRole.VIEWER, screening.pages()::page),
                new Route(HandlerType.POST, "/screening/names", WebRole.COMPLIANCE, screening.pages()::screenName),
                new Route(HandlerType.POST, "/screening/reviews", WebRole.COMPLIANCE, screening.pages()::review),
                new Route(HandlerType.GET, "/screening/lists", WebRole.VIEWER, screening.lists()::page),
                new Route(HandlerType.POST, "/screening/lists", WebRole.COMPLIANCE, screening.lists()::upload),
                new Route(HandlerType.GET, API + "/lists", WebRole.VIEWER, screening.api()::lists),
                new Route(HandlerType.POST, API + "/lists", WebRole.COMPLIANCE, screening.api()::importList),
                new Route(HandlerType.GET, API + "/screening", WebRole.VIEWER, screening.api()::screening),
                new Route(HandlerType.POST, API + "/screening", WebRole.COMPLIANCE, screening.api()::screenName),
                new Route(HandlerType.POST, API + "/screening/reviews", WebRole.COMPLIANCE,
                        screening.api()::review));
    }

    /** The application's routes and those of signing in and out. */
    static List<Route> of(Handlers handlers, SignInHandlers signIn) {
        List<Route> routes = new ArrayList<>(of(handlers));
        routes.add(new Route(HandlerType.GET, SignInPolicy.LOGIN_PATH, WebRole.PUBLIC, signIn::loginPage));
        routes.add(new Route(HandlerType.POST, SignInPolicy.LOGIN_PATH, WebRole.PUBLIC, signIn::login));
        routes.add(new Route(HandlerType.POST, "/logout", WebRole.SIGNED_IN, signIn::logout));
        return List.copyOf(routes);
    }

    static void configure(JavalinConfig config, List<Route> routes, AccessPolicy access, PageHandlers pages) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.staticFiles.add(files -> {
            files.hostedPath = STATIC;
            files.directory = STATIC;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
        // every request at most the upload limit (64 MiB), 413 beyond; uploads are streamed to disk, so Javalin's
        // 1 MB limit on bodies read into memory stays for forms and JSON (web.imports.UploadSizeLimit)
        UploadSizeLimit.apply(config, ImportLimits.DEFAULT, pages);
        // ?lang=xx of the navigation's language switch: sets the cookie and redirects, before any access check,
        // so the login page switches too
        config.routes.before(ctx -> {
            if (!isApi(ctx)) {
                LanguageChoice.switchIfAsked(ctx);
            }
        });
        config.routes.beforeMatched(ctx -> {
            if (!isStaticFile(ctx)) {
                access.check(ctx, ctx.routeRoles());
            }
        });
        routes.forEach(r -> config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.role()));
        config.routes.exception(ApiError.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage(), e.details()));
        config.routes.exception(PageError.class, (e, ctx) -> page(ctx, e.status(), e.getMessage(), pages));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, e, pages));
        config.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e, pages));
    }

    /**
     * Javalin's own refusals: no such route (404), and the access policy's 401, 403 and redirect to the login page
     * (its location is the exception's message).
     */
    private static void httpError(Context ctx, HttpResponseException e, PageHandlers pages) {
        int status = e.getStatus();
        if (status >= 300 && status < 400 && "true".equals(ctx.header("HX-Request"))) {
            // htmx follows a 302 inside its XHR and would swap the login page into a table; HX-Redirect makes the
            // browser load the page instead (htmx 2 reference, "Response Headers"). No data goes out.
            ctx.status(200).header("HX-Redirect", e.getMessage()).result("");
        } else if (status >= 300 && status < 400) {
            ctx.status(status).header("Location", e.getMessage()).result("");
        } else if (isApi(ctx)) {
            Json.error(ctx, status, status == 404 ? "not found" : e.getMessage(),
                    status == 404 ? List.of(ctx.method() + " " + ctx.path()) : List.of());
        } else if (status == 404 || status == 403) {
            page(ctx, status, pages.text(ctx).get(status == 404 ? PageText.NOT_FOUND : PageText.FORBIDDEN), pages);
        } else {
            page(ctx, status, e.getMessage(), pages);
        }
    }

    /** A bug or a failing database: logged here with its stack trace, answered without one. */
    private static void unexpected(Context ctx, Exception e, PageHandlers pages) {
        LOG.log(System.Logger.Level.ERROR, "request failed: " + ctx.method() + " " + ctx.path(), e);
        if (isApi(ctx)) {
            Json.error(ctx, 500, "internal error", List.of("the server could not answer; see its log"));
        } else {
            page(ctx, 500, pages.text(ctx).get(PageText.INTERNAL_ERROR), pages);
        }
    }

    private static void page(Context ctx, int status, String message, PageHandlers pages) {
        ctx.status(status).html(pages.errorPage(ctx, message));
    }

    /** A file of the static folder or a WebJar: public; they declare no role (only routes do). */
    private static boolean isStaticFile(Context ctx) {
        return ctx.routeRoles().isEmpty()
                && (ctx.path().startsWith(STATIC + "/") || ctx.path().startsWith(WEBJARS + "/"));
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
