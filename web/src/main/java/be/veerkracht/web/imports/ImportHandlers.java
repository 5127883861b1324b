package be.veerkracht.web.imports;

import be.veerkracht.ingest.write.TemplateWriter;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.api.SnapshotDocument;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Importing a portfolio through the browser or the API, the template download, and the list of snapshots. The
 * page and the API share one import ({@link UploadImport}) and one set of refusals ({@link ImportRefusal}): the
 * page shows them in the visitor's language, the API in English. See docs/web-import.md.
 */
public final class ImportHandlers {

    /** The media type of an xlsx workbook (ECMA-376; IANA registration). */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The page's query parameter naming the snapshot just imported (after the redirect that follows a POST). */
    static final String IMPORTED_PARAMETER = "imported";

    /** The page's query parameter naming the audit entry of the screening that followed the import. */
    static final String SCREENING_PARAMETER = "screening";

    /** The actor recorded when no one signed in, which only an open access policy allows (tests). */
    static final String ANONYMOUS = "web";

    private final LatestAssessment latest;
    private final Views views;
    private final PageHandlers pages;
    private final UploadReader uploads;
    private final UploadImport importer;
    private final ImportFollowUp followUp;

    public ImportHandlers(LatestAssessment latest, Views views, PageHandlers pages) {
        this(latest, views, pages, ImportLimits.DEFAULT, ImportFollowUp.NONE);
    }

    /** @param followUp what runs after each successful import (the sanctions screening) */
    public ImportHandlers(LatestAssessment latest, Views views, PageHandlers pages, ImportLimits limits,
                          ImportFollowUp followUp) {
        this.latest = latest;
        this.views = views;
        this.pages = pages;
        this.uploads = new UploadReader(limits);
        this.followUp = followUp;
        this.importer = new UploadImport(latest.snapshots(), limits, followUp);
    }

    /** {@code GET /import}: the upload form, the template download, and the snapshots so far. */
    public void page(Context ctx) {
        List<SnapshotInfo> all = latest.snapshots().list();
        Optional<SnapshotInfo> imported = importedId(ctx).flatMap(id -> all.stream().filter(s -> s.id() == id)
                .findFirst());
        Optional<String> screening = imported.flatMap(s -> number(ctx.queryParam(SCREENING_PARAMETER))
                .flatMap(seq -> followUp.line(pages.text(ctx), s.id(), seq)));
        render(ctx, 200, all, imported, screening, Optional.empty());
    }

    /**
     * {@code POST /import}: the form's upload (multipart, with the CSRF token). Success redirects (303) to the page
     * naming the new snapshot, so reloading it does not import again; a refusal shows the page again with every
     * problem and the refusal's status (400, 413 or 415).
     */
    public void upload(Context ctx) throws IOException {
        try (Upload upload = uploads.read(ctx, false)) {
            UploadImport.Imported saved = importer.run(upload, actor(ctx));
            ctx.redirect("/import?" + IMPORTED_PARAMETER + "=" + saved.snapshot().id() + saved.followUp()
                    .map(seq -> "&" + SCREENING_PARAMETER + "=" + seq).orElse(""), HttpStatus.SEE_OTHER);
        } catch (ImportRefusal refused) {
            render(ctx, refused.status(), latest.snapshots().list(), Optional.empty(), Optional.empty(),
                    Optional.of(refused));
        }
    }

    /** {@code GET /import/template.xlsx}: the empty workbook to fill in, its help sheet in the visitor's language. */
    public void template(Context ctx) throws IOException {
        Locale language = pages.text(ctx).locale();
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        new TemplateWriter(language).write(workbook);
        ctx.status(200).contentType(XLSX_TYPE)
                .header("Content-Disposition", "attachment; filename=\"portfolio-template-"
                        + language.getLanguage() + ".xlsx\"")
                .result(workbook.toByteArray());
    }

    /**
     * {@code POST /api/v1/imports}: an xlsx or a zip of CSVs, as multipart or as the raw body; 201 with the new
     * snapshot, or the refusal as {@code {"error": ..., "details": [...]}} in English.
     */
    public void apiImport(Context ctx) throws IOException {
        try (Upload upload = uploads.read(ctx, true)) {
            UploadImport.Imported saved = importer.run(upload, actor(ctx));
            ObjectNode answer = SnapshotDocument.of(saved.snapshot());
            saved.followUp().ifPresent(seq -> followUp.line(saved.snapshot().id(), seq).ifPresent(line -> answer
                    .put("sanctions_screening", line).put("sanctions_screening_audit_seq", seq)));
            Json.respond(ctx, 201, answer);
        } catch (ImportRefusal refused) {
            answer(ctx, refused);
        }
    }

    /** A refusal as the API answers it: its status, and its texts in English. */
    static void answer(Context ctx, ImportRefusal refused) {
        Json.error(ctx, refused.status(), refused.error(Locale.ENGLISH), refused.details(Locale.ENGLISH));
    }

    private void render(Context ctx, int status, List<SnapshotInfo> all, Optional<SnapshotInfo> imported,
                        Optional<String> screening, Optional<ImportRefusal> refused) {
        Labels text = pages.text(ctx);
        Visitor visitor = Visitor.of(ctx).orElse(null);
        ctx.status(status).html(views.render("import.jte",
                ImportView.of(text, visitor, all, imported, screening, refused),
                visitor));
    }

    private static String actor(Context ctx) {
        return Visitor.of(ctx).map(Visitor::name).orElse(ANONYMOUS);
    }

    private static Optional<Long> importedId(Context ctx) {
        return number(ctx.queryParam(IMPORTED_PARAMETER));
    }

    private static Optional<Long> number(String given) {
        try {
            return given == null ? Optional.empty() : Optional.of(Long.parseLong(given.strip()));
        } catch (NumberFormatException ignored) {
            // a hand-edited link: show the page without a confirmation rather than refuse it
            return Optional.empty();
        }
    }
}
