package be.veerkracht.cli;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.InvalidReferenceDataException;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --reference DIR}: the user's own zones, countries or footprints, over the shipped reference data. */
public final class ReferenceOption {

    @Option(names = "--reference", paramLabel = "DIR",
            description = "A folder with your own zones.csv, countries.csv or footprints.csv: each row replaces "
                    + "the shipped row with the same code, in the columns it has (docs/reference-data.md).")
    private Path folder;

    /** @param locale the user's language, for the problems of a broken override file */
    public ReferenceGeography load(java.util.Locale locale) throws BadInputException {
        try {
            return folder == null ? ReferenceGeographyLoader.shipped() : new ReferenceGeographyLoader(folder).load();
        } catch (InvalidReferenceDataException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
    }
}
