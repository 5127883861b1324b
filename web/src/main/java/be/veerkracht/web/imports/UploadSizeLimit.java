package be.veerkracht.web.imports;

import be.veerkracht.web.page.PageHandlers;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import java.util.Locale;

/**
 * The request-size limits of the whole server, set where {@code Routes} configures it. Javalin's defaults are 1 MB
 * for a body read into memory ({@code config.http.maxRequestSize}) and no limit at all on multipart. A portfolio
 * needs more than 1 MB, but uploads are streamed to disk, never read into memory, so the in-memory limit stays
 * 1 MB for forms and JSON (raising it would let anyone make the server hold 64 MiB per login attempt); what is
 * set is the upload limit {@link ImportLimits#maxUploadBytes()} for every request:
 * <ul>
 *   <li>a declared Content-Length over the limit is refused with 413 before any byte of the body is read, and
 *       before sign-in is checked (the refusal says nothing but the limit);</li>
 *   <li>a body without a length (chunked) is cut off by the same limit while it is saved ({@link Upload}) or parsed
 *       as multipart (Jetty's {@code MultipartConfigElement}, whose failure {@link MultipartFailure} answers).</li>
 * </ul>
 * The API answers {@code {"error": ..., "details": [...]}} in English, pages an error page in the visitor's
 * language.
 */
public final class UploadSizeLimit {

    private UploadSizeLimit() {
    }

    public static void apply(JavalinConfig config, ImportLimits limits, PageHandlers pages) {
        config.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes(), SizeUnit.BYTES);
        config.routes.before(ctx -> {
            if (ctx.req().getContentLengthLong() > limits.maxUploadBytes()) {
                throw ImportRefusal.tooLarge(limits);
            }
        });
        config.routes.exception(ImportRefusal.class, (refused, ctx) -> answer(ctx, refused, pages));
        config.routes.exception(ServletException.class, (e, ctx) -> MultipartFailure.answer(ctx, e, limits, pages));
    }

    /** The refusal as the API (JSON, English) or a page (the visitor's language) answers it. */
    static void answer(Context ctx, ImportRefusal refused, PageHandlers pages) {
        if (ctx.path().startsWith("/api/")) {
            ImportHandlers.answer(ctx, refused);
        } else {
            Locale language = pages.text(ctx).locale();
            String message = refused.error(language) + ": " + String.join(" ", refused.details(language));
            ctx.status(refused.status()).html(pages.errorPage(ctx, message));
        }
    }
}
