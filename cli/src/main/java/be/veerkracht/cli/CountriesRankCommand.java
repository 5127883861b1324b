package be.veerkracht.cli;

import be.veerkracht.web.api.McdaDocument;
import be.veerkracht.web.api.McdaAnalysis;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.CountryMatrixLoader;
import be.veerkracht.ingest.reference.InvalidReferenceDataException;
import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.country.CountryMatrixBuilder;
import be.veerkracht.sourcing.country.Diversification;
import be.veerkracht.sourcing.country.DiversificationRule;
import be.veerkracht.sourcing.country.DiversifiedRanking;
import be.veerkracht.sourcing.mcda.Weights;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht countries rank}: the article's country matrix (or the user's, or one built from the reference
 * geography) ranked by the chosen method, optionally given the incumbent country (docs/mcda.md).
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = {"Rank candidate countries for a second source: by default the article's sample matrix",
            "(Vietnam, Poland, Turkey, Morocco; the wage index is user-supplied sample data), or your own with",
            "--matrix, or countries of the reference data with --countries; with --incumbent, candidates that fail",
            "with the incumbent (same zone or outage footprint) are excluded or ranked last (docs/mcda.md)."})
final class CountriesRankCommand implements Callable<Integer> {

    private static final String NAME = "countries rank";

    @Option(names = "--matrix", paramLabel = "FILE.csv",
            description = "Your own country matrix in the format of the shipped sample (one row per country and "
                    + "criterion: country, criterion, type, unit, value, as_given, supplied_by, source, date).")
    Path matrixFile;

    @Option(names = "--countries", paramLabel = "CC,CC,...",
            description = "Build the matrix from the reference data for these countries: transit days to Antwerp "
                    + "(cost), EU trade relation (benefit, ordinal 0..4), WGI stability percentile (benefit).")
    String countries;

    @Option(names = "--incumbent", paramLabel = "CC",
            description = "The part's current country (ISO code): rank candidates given it, showing zone, overlays "
                    + "and what they share with it.")
    String incumbent;

    @Option(names = "--rule", defaultValue = "exclude", paramLabel = "RULE",
            description = "With --incumbent: exclude (leave out candidates in its zone or outage footprints) or "
                    + "penalise (rank them last, sea-lane sharers before them) (default: ${DEFAULT-VALUE}).")
    DiversificationRule rule;

    @Mixin
    McdaOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + McdaDocument.COUNTRIES_SCHEMA + ").")
    OutputFormat format;

    @Mixin
    ReferenceOption reference;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Locale locale = language.locale();
        if (matrixFile != null && countries != null) {
            throw new BadInputException(NAME + ": give --matrix or --countries, not both");
        }
        ReferenceGeography geography = matrixFile == null && countries == null && incumbent == null
                ? null : reference.load(locale);
        CountryMatrix source = source(geography, locale);
        McdaAnalysis analysis = McdaCommand.analyse(NAME, options, source.matrix(), locale);
        DiversifiedRanking diversified = null;
        if (incumbent != null) {
            try {
                diversified = new Diversification(geography, options.rankingMethod(NAME,
                        source.matrix().criterionCount()), rule).rank(source,
                        new Weights(analysis.ranking().explanation().weights()), CountryCode.parse(incumbent));
            } catch (IllegalArgumentException bad) {
                throw new BadInputException(NAME + ": " + bad.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(McdaDocument.countries(analysis, source, diversified)));
        } else {
            McdaReport report = new McdaReport(locale);
            out.println(report.label(McdaLabel.TITLE_COUNTRIES, source.version()));
            report.ranking(analysis, out);
            if (diversified != null) {
                report.diversified(diversified, out);
            }
            source.notes().forEach(note -> out.println(report.label(McdaLabel.NOTE, note)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private CountryMatrix source(ReferenceGeography geography, Locale locale) throws BadInputException {
        if (matrixFile != null) {
            try {
                return CountryMatrixLoader.load(matrixFile);
            } catch (InvalidReferenceDataException invalid) {
                throw new BadInputException(invalid.report(locale));
            }
        }
        if (countries != null) {
            List<CountryCode> codes = new ArrayList<>();
            try {
                for (String code : countries.split(",")) {
                    codes.add(CountryCode.parse(code.strip()));
                }
                return new CountryMatrixBuilder(geography).build(codes, List.of());
            } catch (IllegalArgumentException bad) {
                throw new BadInputException(NAME + ": " + bad.getMessage());
            }
        }
        return CountryMatrixLoader.sample();
    }
}
