package be.veerkracht.cli;

import be.veerkracht.exposure.recovery.NodeKind;
import be.veerkracht.exposure.recovery.TimeToSurviveAnalysis;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import be.veerkracht.simulation.events.EventCatalogue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht bench exposure}: times the time-to-survive analysis (every supplier, site, footprint and zone)
 * on a synthetic portfolio made in memory. Wall clock with {@link System#nanoTime()}; the native solver's loading is
 * timed apart, then the analysis twice (the first run includes the JIT's warm-up).
 */
@Command(name = "exposure", mixinStandardHelpOptions = true,
        description = {"Time the time-to-survive analysis (veerkracht exposure) over every node of a synthetic",
            "portfolio made in memory (nothing is read or stored): nodes by kind, LPs solved, seconds.",
            "Exit codes: 0 done, 2 bad settings."})
final class BenchExposureCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/bench-exposure/1";

    @Option(names = "--parts", defaultValue = "10000", paramLabel = "N",
            description = "Parts of the synthetic portfolio (default: ${DEFAULT-VALUE}).")
    private int parts;

    @Option(names = "--suppliers", paramLabel = "M", description = "Suppliers (default: parts / 5).")
    private Integer suppliers;

    @Option(names = "--portfolio-seed", defaultValue = "7", paramLabel = "S",
            description = "Seed of the synthetic portfolio (default: ${DEFAULT-VALUE}).")
    private long portfolioSeed;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (for machines, schema " + SCHEMA + ").")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (parts < 1 || (suppliers != null && suppliers < 1)) {
            throw new BadInputException("bench exposure: --parts and --suppliers must be at least 1");
        }
        int supplierCount = suppliers == null ? Math.max(1, parts / BenchSimulateCommand.PARTS_PER_SUPPLIER)
                : suppliers;
        SyntheticPortfolioSpec size;
        try {
            size = new SyntheticPortfolioSpec(parts, supplierCount, portfolioSeed);
        } catch (IllegalArgumentException outOfRange) {
            throw new BadInputException("bench exposure: " + outOfRange.getMessage());
        }
        long t = System.nanoTime();
        Portfolio portfolio = new SyntheticPortfolioGenerator(size).generate();
        double generateSeconds = seconds(t);
        ReferenceGeography geography = ReferenceGeographyLoader.shipped();
        EventCatalogue catalogue = EventCatalogueLoader.shipped();
        TimeToSurviveAnalysis analysis = new TimeToSurviveAnalysis(geography, catalogue);
        t = System.nanoTime();
        com.google.ortools.Loader.loadNativeLibraries();
        double loadSeconds = seconds(t);
        t = System.nanoTime();
        analysis.run(portfolio);
        double firstSeconds = seconds(t);
        t = System.nanoTime();
        TimeToSurviveAnalysis.Run run = analysis.run(portfolio);
        double secondSeconds = seconds(t);
        long exposed = run.assessment().nodes().stream().filter(n -> n.exposed()).count();

        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("schema", SCHEMA).put("parts", parts).put("suppliers", supplierCount)
                .put("links", portfolio.links().size()).put("portfolio_seed", portfolioSeed)
                .put("generate_seconds", generateSeconds).put("solver_load_seconds", loadSeconds).put("first_run_seconds", firstSeconds)
                .put("run_seconds", secondSeconds);
        ObjectNode byKind = doc.putObject("nodes");
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind.code(), run.nodes().getOrDefault(kind, 0));
        }
        doc.put("exposed_nodes", exposed).put("lps_solved", run.lpsSolved())
                .put("parts_in_closed_form", run.closedForms())
                .put("available_processors", Runtime.getRuntime().availableProcessors())
                .put("java_version", System.getProperty("java.version"));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } else {
            Map<NodeKind, Integer> n = run.nodes();
            int total = n.values().stream().mapToInt(Integer::intValue).sum();
            out.printf(Locale.ROOT, "Portfolio:  %,d parts, %,d suppliers, %,d links (seed %d), generated in %.2f s%n",
                    parts, supplierCount, portfolio.links().size(), portfolioSeed, generateSeconds);
            out.printf(Locale.ROOT, "Nodes:      %,d (supplier %,d, site %,d, footprint %,d, zone %,d), %,d exposed%n",
                    total, n.getOrDefault(NodeKind.SUPPLIER, 0), n.getOrDefault(NodeKind.SITE, 0),
                    n.getOrDefault(NodeKind.FOOTPRINT, 0), n.getOrDefault(NodeKind.ZONE, 0), exposed);
            out.printf(Locale.ROOT, "Solved:     %,d LPs (GLOP), %,d node-parts in closed form%n", run.lpsSolved(),
                    run.closedForms());
            out.printf(Locale.ROOT, "Time:       %.2f s loading the native solver; all nodes %.2f s first run (JIT"
                    + " warm-up), %.2f s second run%n", loadSeconds, firstSeconds, secondSeconds);
            out.printf(Locale.ROOT, "Machine:    Java %s, %d processor(s)%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
