package be.veerkracht.ingest.sanctions;

import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.SanctionsList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one version of a sanctions list from its publisher's file into the core model. One implementation per
 * official format; {@link SanctionsListFormat} picks one by source or by looking at the file.
 *
 * <p>Contract, for every implementation: the whole file is read or an {@link InvalidSanctionsListException} is thrown
 * (never a partial list); the {@link be.veerkracht.screening.ListVersion} carries the source, the publication date
 * the file states (or the date given to the reader's constructor when the format has none, or null) and the
 * lower-case hex SHA-256 of the file's bytes; every entry has a primary name first; countries are ISO 3166-1
 * alpha-2; dates of birth are {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. Readers are immutable and may be
 * shared between threads.
 */
public sealed interface SanctionsListReader
        permits EuFinancialSanctionsReader, UnConsolidatedListReader, OfacSdnReader, OpenSanctionsSimpleReader {

    /** The list this reader reads. */
    ListSource source();

    /**
     * Reads the list at {@code path}: a file, or for OFAC the folder holding {@code SDN.CSV}, {@code ADD.CSV} and
     * {@code ALT.CSV} (or the path of {@code SDN.CSV}, its siblings taken from the same folder).
     *
     * @throws InvalidSanctionsListException when the file is not a valid list of this format
     * @throws IOException                   when the file cannot be read at all
     */
    SanctionsList read(Path path) throws IOException;

    /**
     * The notice a user must see when this list is imported (a data licence), empty when there is none. The CLI
     * prints it on import.
     */
    default Optional<String> licenceNotice() {
        return Optional.empty();
    }
}
