package be.veerkracht.web.imports;

import be.veerkracht.web.api.Json;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.PageText;
import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import java.util.List;
import org.eclipse.jetty.http.HttpException;

/**
 * What Jetty throws when it cannot parse a multipart body, answered as the client's mistake it is. Jetty wraps
 * the cause in a {@link ServletException} around a 400 {@code BadMessageException}; the innermost
 * {@link IllegalStateException} says whether a limit was passed ("max length exceeded: N", "max file size
 * exceeded: N": 413) or the body is malformed (400). The parse happens wherever the form is first read, often in
 * the CSRF check before any handler, so only an exception mapping catches it. Any other servlet failure is a bug:
 * logged and answered 500, as {@code Routes} answers unexpected exceptions.
 */
final class MultipartFailure {

    private static final System.Logger LOG = System.getLogger(MultipartFailure.class.getName());

    private MultipartFailure() {
    }

    /** The refusal for {@code e}, or null when it is no multipart failure. */
    static ImportRefusal refusal(ServletException e, ImportLimits limits) {
        Integer badMessage = null;
        String reason = null;
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof HttpException http && badMessage == null) {
                badMessage = http.getCode();
            }
            if (cause instanceof IllegalStateException && cause.getMessage() != null) {
                reason = cause.getMessage();
            }
        }
        if (reason != null && reason.contains("exceeded")) {
            return ImportRefusal.tooLarge(limits);
        }
        if (badMessage != null && badMessage >= 400 && badMessage < 500) {
            return ImportRefusal.of(ImportRefusal.BAD_REQUEST, ImportText.BAD_UPLOAD,
                    ImportRefusal.Detail.of(ImportText.BAD_UPLOAD_HELP, reason == null ? e.getMessage() : reason));
        }
        return null;
    }

    static void answer(Context ctx, ServletException e, ImportLimits limits, PageHandlers pages) {
        ImportRefusal refusal = refusal(e, limits);
        if (refusal != null) {
            UploadSizeLimit.answer(ctx, refusal, pages);
            return;
        }
        LOG.log(System.Logger.Level.ERROR, "request failed: " + ctx.method() + " " + ctx.path(), e);
        if (ctx.path().startsWith("/api/")) {
            Json.error(ctx, 500, "internal error", List.of("the server could not answer; see its log"));
        } else {
            ctx.status(500).html(pages.errorPage(ctx, pages.text(ctx).get(PageText.INTERNAL_ERROR)));
        }
    }
}
