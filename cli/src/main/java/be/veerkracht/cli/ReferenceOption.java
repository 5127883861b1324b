package be.veerkracht.cli;

import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.ingest.reference.InvalidReferenceDataException;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.ingest.reference.TransportReferenceLoader;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.sourcing.landed.TransportReference;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --reference DIR}: the user's own zones, countries, footprints or event rates, over the shipped reference
 * data.
 */
public final class ReferenceOption {

    @Option(names = "--reference", paramLabel = "DIR",
            description = "A folder with your own zones.csv, countries.csv, footprints.csv or events.csv, export-control/*.csv or "
                    + "transport/*.csv: each row "
                    + "replaces the shipped row with the same key, in the columns it has (docs/reference-data.md, "
                    + "docs/event-catalogue.md, docs/landed-cost.md).")
    private Path folder;

    /** @param locale the user's language, for the problems of a broken override file */
    public ReferenceGeography load(java.util.Locale locale) throws BadInputException {
        try {
            return folder == null ? ReferenceGeographyLoader.shipped() : new ReferenceGeographyLoader(folder).load();
        } catch (InvalidReferenceDataException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
    }

    /** The export-control rule set, with the folder's {@code export-control/*.csv} applied when there are any. */
    public ExportRuleSet exportRules(java.util.Locale locale) throws BadInputException {
        try {
            return folder == null ? ExportRuleSetLoader.shipped() : new ExportRuleSetLoader(folder).load();
        } catch (InvalidReferenceDataException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
    }

    /** The event catalogue of the stress test, with the folder's {@code events.csv} applied when there is one. */
    public EventCatalogue events(ReferenceGeography geography, java.util.Locale locale) throws BadInputException {
        try {
            return folder == null ? EventCatalogueLoader.shipped()
                    : new EventCatalogueLoader(folder, geography).load();
        } catch (InvalidReferenceDataException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
    }

    /** The transport tables of the landed cost, with the folder's {@code transport/*.csv} applied when there are any. */
    public TransportReference transport(java.util.Locale locale) throws BadInputException {
        try {
            return folder == null ? TransportReferenceLoader.shipped() : new TransportReferenceLoader(folder).load();
        } catch (InvalidReferenceDataException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
    }
}
