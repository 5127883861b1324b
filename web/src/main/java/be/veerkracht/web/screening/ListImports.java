package be.veerkracht.web.screening;

import be.veerkracht.ingest.sanctions.InvalidSanctionsListException;
import be.veerkracht.ingest.sanctions.SanctionsListFormat;
import be.veerkracht.ingest.sanctions.SanctionsListReader;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.SanctionsList;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.store.screening.StoredListVersion;
import be.veerkracht.web.imports.ImportLimits;
import be.veerkracht.web.imports.Upload;
import be.veerkracht.web.imports.UploadReader;
import be.veerkracht.web.page.FieldRefusal;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A sanctions list uploaded through the page or the API, imported as {@code veerkracht lists import} does: the file
 * (multipart field {@code file}, the import page's limits and temporary-folder handling, {@link UploadReader}), its
 * format detected or given ({@code source}), read whole (a broken file names file, line and field, and nothing is
 * stored), stored as a new version, and then the newest snapshot screened and recorded.
 */
final class ListImports {

    private final ScreeningDesk desk;
    private final UploadReader uploads;

    ListImports(ScreeningDesk desk, ImportLimits limits) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.uploads = new UploadReader(limits);
    }

    /**
     * @param api true for the API, where the file may also be the raw body ({@code ?filename=})
     * @throws be.veerkracht.web.imports.ImportRefusal no file (400), too large (413)
     * @throws FieldRefusal a bad field or a broken file (400)
     */
    ListImport run(Context ctx, boolean api, String actor) throws IOException {
        ScreeningRecords records = desk.records();
        try (Upload upload = uploads.read(ctx, api)) {
            // a raw body is never read as a form (that would load it into memory): its fields are query parameters
            boolean form = ctx.isMultipartFormData();
            ScreeningInput input = new ScreeningInput(field -> Optional.ofNullable(form ? ctx.formParam(field) : null)
                    .orElse(ctx.queryParam(field)));
            ListSource source = input.source("source", false);
            LocalDate date = date(Optional.ofNullable(form ? ctx.formParam("date") : null)
                    .orElse(ctx.queryParam("date")));
            // the readers name the file in their messages, so it is given the user's own (safe) name
            Path file = upload.newFolder("read").resolve(upload.fileName());
            Files.move(upload.file(), file);
            SanctionsListReader reader = format(file, source).reader(date);
            SanctionsList list = read(reader, file);
            StoredListVersion stored = records.lists().importList(actor, list, upload.fileName());
            Optional<ScreeningResult> screened = stored.created() ? desk.afterListUpdate(actor) : Optional.empty();
            return new ListImport(stored, reader.licenceNotice().isPresent(), screened);
        }
    }

    private static SanctionsListFormat format(Path file, ListSource source) throws IOException {
        if (source != null) {
            return SanctionsListFormat.of(source);
        }
        try {
            return SanctionsListFormat.detect(file);
        } catch (InvalidSanctionsListException unknown) {
            throw ScreeningRefusal.badField("source", ScreeningText.ERROR_FORMAT, file.getFileName().toString());
        }
    }

    private static SanctionsList read(SanctionsListReader reader, Path file) {
        try {
            return reader.read(file);
        } catch (InvalidSanctionsListException invalid) {
            throw ScreeningRefusal.badField("file", ScreeningText.ERROR_INVALID_LIST, invalid.file(),
                    invalid.line() == InvalidSanctionsListException.NO_LINE ? "-" : String.valueOf(invalid.line()),
                    invalid.field() == null ? "-" : invalid.field(), invalid.problem());
        } catch (IOException | RuntimeException unreadable) {
            throw ScreeningRefusal.badField("file", ScreeningText.ERROR_UNREADABLE, file.getFileName().toString(),
                    String.valueOf(unreadable.getMessage()));
        }
    }

    private static LocalDate date(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException bad) {
            throw ScreeningRefusal.badField("date", ScreeningText.ERROR_DATE, given);
        }
    }

    /**
     * A list upload done.
     *
     * @param licensed true when the list's data licence must be shown (OpenSanctions: non-commercial)
     * @param screened the newest snapshot screened after a new version; empty when nothing new or nothing to screen
     */
    record ListImport(StoredListVersion stored, boolean licensed, Optional<ScreeningResult> screened) {
    }
}
