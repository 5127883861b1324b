package be.veerkracht.web.imports;

import be.veerkracht.ingest.read.ImportedPortfolio;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.app.SnapshotSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports one upload as the CLI imports a path: the workbook, or the CSV files unpacked from the zip, read by
 * {@link PortfolioReader} (every problem at once) and, only when all is well, stored as the newest snapshot with
 * its audit record in one transaction. Any refusal stores nothing.
 */
final class UploadImport {

    private final SnapshotSource snapshots;
    private final SafeZip zips;
    private final ImportFollowUp followUp;

    UploadImport(SnapshotSource snapshots, ImportLimits limits, ImportFollowUp followUp) {
        this.snapshots = snapshots;
        this.zips = new SafeZip(limits);
        this.followUp = followUp;
    }

    /**
     * @param actor who imports it, recorded with the snapshot and in the audit chain
     * @return the snapshot stored, and the audit entry of what followed the import (the sanctions screening)
     * @throws ImportRefusal 415 for neither a workbook nor a zip, 400 for an unsafe zip or an invalid portfolio
     */
    Imported run(Upload upload, String actor) throws IOException {
        UploadFormat format = UploadFormat.sniff(upload.file()).orElseThrow(() -> ImportRefusal.of(
                ImportRefusal.UNSUPPORTED, ImportText.UNSUPPORTED,
                ImportRefusal.Detail.of(ImportText.UNSUPPORTED_HELP, upload.name().value())));
        // the reader names the workbook or folder in its messages, so it is given the user's own name
        UploadName name = upload.name().withExtension(format.extension());
        Path readable = upload.newFolder("read").resolve(name.value());
        if (format == UploadFormat.XLSX) {
            Files.move(upload.file(), readable);
        } else {
            Files.createDirectory(readable);
            zips.extract(upload.file(), name.value(), readable);
        }
        ImportedPortfolio imported;
        try {
            imported = new PortfolioReader().read(readable);
        } catch (InvalidPortfolioException invalid) {
            throw ImportRefusal.invalid(invalid);
        }
        SnapshotInfo saved = snapshots.save(imported.portfolio(), new ImportInfo(name.value(),
                imported.contentSha256(), actor));
        return new Imported(saved, followUp.after(imported.portfolio(), saved, actor));
    }

    /** A snapshot stored, and the audit entry of what followed it (empty when nothing did). */
    record Imported(SnapshotInfo snapshot, java.util.Optional<Long> followUp) {
    }
}
