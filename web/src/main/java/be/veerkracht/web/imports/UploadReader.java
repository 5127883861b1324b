package be.veerkracht.web.imports;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes the file out of a request: the multipart form field {@value #FIELD} (the page's form, and API clients
 * such as {@code curl -F file=@portfolio.xlsx}), or for the API also the raw body, named by {@code ?filename=}.
 * What the file is, is decided later from its bytes ({@link UploadFormat}), whatever the request declares.
 */
public final class UploadReader {

    /** The form field carrying the file. */
    static final String FIELD = "file";
    /** The query parameter naming a raw body. */
    static final String FILENAME_PARAMETER = "filename";

    private final ImportLimits limits;

    public UploadReader(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * The uploaded file, saved to a temporary folder the caller closes.
     *
     * @param rawBodyAllowed true for the API, where the file may be the whole body
     * @throws ImportRefusal 400 without a file, 413 when too large
     */
    public Upload read(Context ctx, boolean rawBodyAllowed) throws IOException {
        if (ctx.isMultipartFormData()) {
            UploadedFile file = ctx.uploadedFile(FIELD);
            if (file == null || file.size() == 0) {
                throw ImportRefusal.noFile(rawBodyAllowed);
            }
            try (InputStream content = file.content()) {
                return Upload.save(content, file.filename(), limits);
            }
        }
        if (!rawBodyAllowed || ctx.req().getContentLengthLong() == 0) {
            throw ImportRefusal.noFile(rawBodyAllowed);
        }
        Upload upload = Upload.save(ctx.bodyInputStream(), ctx.queryParam(FILENAME_PARAMETER), limits);
        if (upload.size() == 0) {
            upload.close();
            throw ImportRefusal.noFile(true);
        }
        return upload;
    }
}
