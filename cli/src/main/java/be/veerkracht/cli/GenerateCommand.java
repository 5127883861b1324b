package be.veerkracht.cli;

import be.veerkracht.ingest.write.CsvDialect;
import be.veerkracht.ingest.write.CsvEncoding;
import be.veerkracht.ingest.write.CsvLayout;
import be.veerkracht.ingest.write.CsvPortfolioWriter;
import be.veerkracht.ingest.write.XlsxPortfolioWriter;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht generate}: a realistic synthetic portfolio, the same for the same seed, for scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a realistic synthetic portfolio for scale tests and demos; same seed, same file.",
            "It mixes countries, categories and sourcing patterns as a Belgian machine builder's would."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--parts", required = true, paramLabel = "N", description = "Number of parts.")
    private int parts;

    @Option(names = "--suppliers", required = true, paramLabel = "M", description = "Number of suppliers.")
    private int suppliers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "An .xlsx file, or a folder to fill with CSV files.")
    private Path out;

    @Option(names = "--dialect", defaultValue = "COMMA", paramLabel = "DIALECT",
            description = "CSV only: ${COMPLETION-CANDIDATES} (semicolon = Belgian Excel: ';' and decimal commas; "
                    + "default: ${DEFAULT-VALUE}).")
    private CsvDialect dialect;

    @Option(names = "--encoding", defaultValue = "UTF_8", paramLabel = "ENCODING",
            description = "CSV only: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private CsvEncoding encoding;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SyntheticPortfolioSpec size;
        try {
            size = new SyntheticPortfolioSpec(parts, suppliers, seed);
        } catch (IllegalArgumentException outOfRange) {
            throw new BadInputException("generate: " + outOfRange.getMessage());
        }
        Portfolio portfolio = new SyntheticPortfolioGenerator(size).generate();
        boolean xlsx = out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (xlsx) {
            new XlsxPortfolioWriter().write(portfolio, out);
        } else {
            new CsvPortfolioWriter(CsvLayout.of(dialect, encoding)).write(portfolio, out);
        }
        spec.commandLine().getOut().printf("Wrote %s: %d parts, %d suppliers, %d sourcing links, %d tools (seed %d)%n",
                out, portfolio.parts().size(), portfolio.suppliers().size(), portfolio.links().size(),
                portfolio.tools().size(), seed);
        return ExitCodes.OK;
    }
}
