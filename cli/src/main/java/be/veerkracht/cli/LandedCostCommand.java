package be.veerkracht.cli;

import be.veerkracht.web.api.LandedCostDocument;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.Messages;
import be.veerkracht.ingest.reference.DutyRateFileReader;
import be.veerkracht.ingest.reference.InvalidReferenceDataException;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.sourcing.landed.CostLine;
import be.veerkracht.sourcing.landed.DutyRates;
import be.veerkracht.sourcing.landed.LandedCost;
import be.veerkracht.sourcing.landed.LandedCostCalculator;
import be.veerkracht.sourcing.landed.LandedCostSettings;
import be.veerkracht.sourcing.landed.ShortChainComparison;
import be.veerkracht.sourcing.landed.TransportReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht landed-cost [PATH]}: total landed cost per sourcing option and near against far (docs/landed-cost.md). */
@Command(name = "landed-cost", mixinStandardHelpOptions = true,
        description = {"Total landed cost per sourcing option, per unit and per year: price, freight by mode and",
            "distance, import duty (MFN or preferential, from your --duty-rates), pipeline, safety-stock and",
            "cycle-stock carrying, ordering, and transport CO2e (optionally priced); near against far per part",
            "(docs/landed-cost.md)."})
final class LandedCostCommand implements Callable<Integer> {

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--part", paramLabel = "ID", description = "Only this part, with every line explained.")
    private String part;

    @Option(names = "--duty-rates", paramLabel = "FILE",
            description = {"Your duty rates: a CSV with hs_prefix, origin (MFN, PREFERENTIAL or a country code),",
                "rate_percent[, source] (docs/landed-cost.md). Without it, duty outside the EU is unknown."})
    private Path dutyRates;

    @Option(names = "--carbon-price", paramLabel = "EUR",
            description = "Price of a tonne of CO2e, EUR, to add transport emissions as a cost line (default: none).")
    private BigDecimal carbonPrice;

    @Option(names = "--carrying-rate", defaultValue = "0.20", paramLabel = "R",
            description = "Yearly cost of holding stock as a share of its value (default: ${DEFAULT-VALUE}).")
    private double carryingRate;

    @Option(names = "--service-level", defaultValue = "0.95", paramLabel = "P",
            description = "Cycle service level of the safety stock (default: ${DEFAULT-VALUE}).")
    private double serviceLevel;

    @Option(names = "--ordering-cost", defaultValue = "100", paramLabel = "EUR",
            description = "Cost of placing one order, EUR (default: ${DEFAULT-VALUE}, an assumption: set your own).")
    private BigDecimal orderingCost;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + LandedCostDocument.LANDED_COST_SCHEMA
                    + ").")
    private OutputFormat format;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LandedCostSettings settings;
        try {
            settings = new LandedCostSettings(carryingRate, serviceLevel, orderingCost, carbonPrice);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("landed-cost: " + bad.getMessage());
        }
        Locale locale = language.locale();
        ReferenceGeography geography = reference.load(locale);
        TransportReference transport = reference.transport(locale);
        DutyRates duties = duties(dutyRates, locale);
        PortfolioInput input = portfolio.load("landed-cost");
        Portfolio loaded = input.portfolio();
        List<Part> parts = parts(loaded);
        LandedCostCalculator calculator = new LandedCostCalculator(geography, transport, duties, settings);
        List<LandedCost> options = new ArrayList<>();
        List<ShortChainComparison> comparisons = new ArrayList<>();
        for (Part p : parts) {
            List<LandedCost> ofPart = calculator.options(loaded, p.id());
            options.addAll(ofPart);
            ShortChainComparison.of(ofPart).ifPresent(comparisons::add);
        }
        LandedCostDocument.Sources sources = new LandedCostDocument.Sources(geography.version(), transport.version(),
                dutyRates == null ? null : dutyRates.toString(), duties.rows().size());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    LandedCostDocument.landedCost(sources, settings, options, comparisons)));
        } else {
            print(input, sources, parts.size(), options, comparisons, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The user's duty rates, or none. */
    static DutyRates duties(Path file, Locale locale) throws BadInputException {
        if (file == null) {
            return DutyRates.none();
        }
        try {
            return DutyRateFileReader.read(file);
        } catch (InvalidReferenceDataException invalid) {
            throw new BadInputException(invalid.report(locale));
        }
    }

    private List<Part> parts(Portfolio loaded) throws BadInputException {
        if (part == null) {
            return loaded.parts();
        }
        return List.of(loaded.part(new PartId(part)).orElseThrow(() -> new BadInputException(
                "landed-cost: unknown part '" + part + "': it is not in the portfolio")));
    }

    private void print(PortfolioInput input, LandedCostDocument.Sources sources, int partCount,
                       List<LandedCost> options, List<ShortChainComparison> comparisons, PrintWriter out) {
        Locale locale = language.locale();
        Figures figures = new Figures(locale);
        out.println(label(LandedCostLabel.TITLE));
        out.println(input.sourceLine(LandedCostLabel.SOURCE_FILE, LandedCostLabel.SOURCE_SNAPSHOT, locale));
        out.println(label(LandedCostLabel.REFERENCE, sources.geographyVersion(), sources.transportVersion(),
                sources.dutyRates() == null ? label(LandedCostLabel.NO_DUTY_RATES) : sources.dutyRates()));
        for (LandedCost option : options) {
            out.println(label(LandedCostLabel.OPTION, option.link().part().value(), option.link().supplier().value()
                            + (option.link().site() == null ? "" : " / " + option.link().site()),
                    option.origin().alpha2(), option.route().mode() == null ? "?" : option.route().mode().code(),
                    option.route().km() == null ? "?" : figures.number(option.route().km(), 0),
                    figures.eur(option.totalEurPerUnit()), figures.eur(option.totalEurPerYear()),
                    figures.number(option.annualUnits(), 0)));
            if (!option.complete()) {
                out.println("  " + label(LandedCostLabel.INCOMPLETE, option.missing().stream()
                        .map(item -> label(LandedCostLabel.of(item))).collect(Collectors.joining(", "))));
            }
            if (part != null) {
                lines(option, figures, out);
            }
        }
        if (part == null) {
            out.println(label(LandedCostLabel.SUMMARY, options.size(), partCount,
                    options.stream().filter(LandedCost::complete).count()));
        }
        if (comparisons.isEmpty()) {
            out.println(label(LandedCostLabel.NO_COMPARISON));
            return;
        }
        out.println(label(LandedCostLabel.COMPARISON_HEADER));
        for (ShortChainComparison c : comparisons) {
            out.println("  " + label(LandedCostLabel.COMPARISON, c.near().link().part().value(),
                    c.near().link().supplier().value(), figures.number(c.near().route().km(), 0),
                    c.far().link().supplier().value(), figures.number(c.far().route().km(), 0),
                    figures.number(c.farMinusNearTotalEurPerUnit(), 4),
                    c.farMinusNearKgCo2ePerUnit() == null ? "?" : figures.number(c.farMinusNearKgCo2ePerUnit(), 4)));
        }
    }

    private void lines(LandedCost option, Figures figures, PrintWriter out) {
        for (CostLine line : option.lines()) {
            String name = label(LandedCostLabel.of(line.item()));
            out.println("  " + (line.known()
                    ? label(LandedCostLabel.LINE_KNOWN, name, "EUR " + figures.number(line.eurPerUnit(), 4),
                    figures.eur(line.eurPerYear()), line.explanation(language.locale()))
                    : label(LandedCostLabel.LINE_UNKNOWN, name, line.explanation(language.locale()))));
        }
        out.println("  " + (option.emissions().known()
                ? label(LandedCostLabel.CO2, figures.number(option.emissions().kgCo2ePerUnit(), 4),
                option.emissions().explanation())
                : label(LandedCostLabel.CO2_UNKNOWN, option.emissions().explanation())));
    }

    private String label(LandedCostLabel key, Object... args) {
        return Messages.format(key, language.locale(), args);
    }
}
