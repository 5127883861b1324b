package be.veerkracht.cli;

import be.veerkracht.web.api.LandedCostDocument;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.i18n.Messages;
import be.veerkracht.sourcing.landed.EmissionFactor;
import be.veerkracht.sourcing.landed.Routes;
import be.veerkracht.sourcing.landed.TransportReference;
import be.veerkracht.sourcing.landed.UpstreamTransportEmissions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht emissions [PATH]}: the Scope 3 category 4 estimate of the inbound main legs (docs/landed-cost.md). */
@Command(name = "emissions", mixinStandardHelpOptions = true,
        description = {"Transport CO2e of the inbound main legs, for Scope 3 category 4 (upstream transportation):",
            "planned units x weight x distance x the mode's emission factor (ISO 14083 / GLEC, factors with their",
            "source and version), per link, per mode and in total, with how many links lacked data",
            "(docs/landed-cost.md)."})
final class EmissionsCommand implements Callable<Integer> {

    private static final double KG_PER_TONNE = 1000;

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + LandedCostDocument.EMISSIONS_SCHEMA
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
        Locale locale = language.locale();
        ReferenceGeography geography = reference.load(locale);
        TransportReference transport = reference.transport(locale);
        PortfolioInput input = portfolio.load("emissions");
        UpstreamTransportEmissions estimate = UpstreamTransportEmissions.estimate(input.portfolio(),
                new Routes(transport));
        LandedCostDocument.Sources sources = new LandedCostDocument.Sources(geography.version(), transport.version(),
                null, 0);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    LandedCostDocument.emissions(sources, transport.factors(), estimate)));
        } else {
            Figures figures = new Figures(locale);
            out.println(label(LandedCostLabel.EMISSIONS_TITLE));
            out.println(input.sourceLine(LandedCostLabel.SOURCE_FILE, LandedCostLabel.SOURCE_SNAPSHOT, locale));
            UpstreamTransportEmissions.Coverage c = estimate.coverage();
            out.println(label(LandedCostLabel.EMISSIONS_TOTAL,
                    figures.number(estimate.totalKgCo2ePerYear() / KG_PER_TONNE, 3), c.counted(), c.activeLinks()));
            for (TransportMode mode : TransportMode.values()) {
                Double kg = estimate.kgCo2eByMode().get(mode);
                if (kg != null) {
                    out.println("  " + label(LandedCostLabel.EMISSIONS_MODE, mode.code(),
                            figures.number(kg / KG_PER_TONNE, 3)));
                }
            }
            out.println(label(LandedCostLabel.EMISSIONS_GAPS, c.noWeight(), c.noDistance(), c.noFactor()));
            for (EmissionFactor f : transport.factors()) {
                out.println("  " + label(LandedCostLabel.EMISSIONS_FACTOR, f.mode().code(),
                        figures.number(f.gramsCo2ePerTonneKm(), 1), f.basis(),
                        label(f.verified() ? LandedCostLabel.VERIFIED : LandedCostLabel.ASSUMPTION), f.source()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String label(LandedCostLabel key, Object... args) {
        return Messages.format(key, language.locale(), args);
    }
}
