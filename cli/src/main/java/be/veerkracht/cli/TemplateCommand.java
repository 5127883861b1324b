package be.veerkracht.cli;

import be.veerkracht.ingest.write.TemplateWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht template --out FILE.xlsx}: the empty workbook users paste their ERP export into. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write an empty portfolio workbook with every sheet and column, and a help sheet giving",
            "each column's unit, meaning and an example (in the language of --lang)."})
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    private Path out;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;


    @Override
    public Integer call() throws Exception {
        if (out.getFileName() == null || !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException("template: --out must name an .xlsx file, got " + out);
        }
        new TemplateWriter(language.locale()).write(out);
        spec.commandLine().getOut().printf("Wrote %s: sheets help, parts, suppliers, sourcing, tooling (%s)%n",
                out, language.locale().getLanguage());
        return ExitCodes.OK;
    }
}
