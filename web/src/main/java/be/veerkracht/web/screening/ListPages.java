package be.veerkracht.web.screening;

import be.veerkracht.screening.ListSource;
import be.veerkracht.store.screening.StoredListVersion;
import be.veerkracht.web.imports.ImportRefusal;
import be.veerkracht.web.page.FieldRefusal;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageError;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lists page: {@code GET /screening/lists} (every stored version, the upload form) and {@code POST} (a list file,
 * imported, then the newest snapshot screened and recorded; 303 back naming the version and the screening's audit
 * entry, or the page again with the refusal: no file, too large, unknown format, a broken file naming file, line and
 * field, with nothing stored).
 */
public final class ListPages {

    private final ScreeningDesk desk;
    private final ListImports imports;
    private final Views views;
    private final PageHandlers pages;

    public ListPages(ScreeningDesk desk, ListImports imports, Views views, PageHandlers pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.imports = Objects.requireNonNull(imports, "imports");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /screening/lists[?stored=ID&new=true&screening=SEQ]}. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        List<StoredListVersion> versions = versions(text);
        Optional<StoredListVersion> stored = number(ctx.queryParam("stored"))
                .flatMap(id -> versions.stream().filter(v -> v.id() == id).findFirst());
        String storedLine = stored.map(v -> text.get("true".equals(ctx.queryParam("new"))
                ? ScreeningText.UPLOAD_STORED : ScreeningText.UPLOAD_ALREADY, v.fileName(), String.valueOf(v.id()),
                v.version().label(), text.count(v.version().entryCount()))).orElse(null);
        String licence = stored.filter(v -> v.version().source() == ListSource.OPENSANCTIONS)
                .map(v -> text.get(ScreeningText.LICENCE_NOTICE)).orElse(null);
        String screened = stored.isEmpty() ? null : number(ctx.queryParam("screening"))
                .flatMap(seq -> desk.snapshotSummary(seq)).map(s -> s.line(text)).orElse(null);
        render(ctx, text, versions, storedLine, screened, licence, null, List.of(), 200);
    }

    /** {@code POST /screening/lists}: multipart {@code file}, optional {@code source} and {@code date}. */
    public void upload(Context ctx) throws IOException {
        Labels text = pages.text(ctx);
        try {
            ListImports.ListImport done = imports.run(ctx, false, ScreeningDesk.actor(ctx));
            String to = "/screening/lists?stored=" + done.stored().id() + "&new=" + done.stored().created()
                    + done.screened().map(s -> "&screening=" + s.auditSeq()).orElse("");
            ctx.redirect(to, HttpStatus.SEE_OTHER);
        } catch (FieldRefusal refused) {
            render(ctx, text, versions(text), null, null, null, refused.message(text), List.of(), refused.status());
        } catch (ImportRefusal refused) {
            render(ctx, text, versions(text), null, null, null, refused.error(text.locale()),
                    refused.details(text.locale()), refused.status());
        }
    }

    private List<StoredListVersion> versions(Labels text) {
        if (!desk.available()) {
            throw new PageError(404, text.get(ScreeningText.UNAVAILABLE));
        }
        return desk.versions();
    }

    private void render(Context ctx, Labels text, List<StoredListVersion> versions, String stored, String screened,
                        String licence, String error, List<String> details, int status) {
        ListsView view = new ListsView(text, ScreeningPages.mayRecord(ctx), ScreeningPages.csrf(ctx),
                versions.stream().map(v -> ListRow.of(text, v)).toList(), stored, screened, licence, error, details);
        ctx.status(status).html(views.render("screeningLists.jte", view, ScreeningPages.visitor(ctx)));
    }

    static Optional<Long> number(String given) {
        return given == null || !given.matches("\\d{1,18}") ? Optional.empty() : Optional.of(Long.parseLong(given));
    }
}
