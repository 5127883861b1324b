package be.veerkracht.cli;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.Database;
import be.veerkracht.store.compliance.ExportRegister;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.api.ExportDecisionDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht compliance register}: every part and product with its export-control status. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"The export-control register: every part and product with its status (listed with its Annex",
            "I entry, not listed with a reason, or unclassified) and where the status comes from (a recorded",
            "classification, the import's dual_use_code, or nothing yet)."})
final class ComplianceRegisterCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/export-register/1";

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema veerkracht/export-register/1).")
    private OutputFormat format;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PortfolioInput input = portfolio.load("compliance register");
        List<RegisterEntry> entries;
        try (Database db = portfolio.database().open()) {
            entries = new ExportRegister(input.portfolio(), ComplianceRecords.of(db).classifications().current())
                    .entries();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectNode root = new ObjectMapper().createObjectNode().put("schema", SCHEMA);
            ArrayNode items = root.putArray("items");
            entries.forEach(entry -> ExportDecisionDocument.item(items.addObject(), entry));
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            Locale locale = language.locale();
            out.println(Messages.format(ComplianceLabel.REGISTER_TITLE, locale));
            long listed = entries.stream().filter(e -> e.status() instanceof ControlStatus.Listed).count();
            long notListed = entries.stream().filter(e -> e.status() instanceof ControlStatus.NotListed).count();
            long recorded = entries.stream().filter(e -> e.source() == RegisterEntry.Source.RECORDED).count();
            out.println(Messages.format(ComplianceLabel.REGISTER_COUNTS, locale, entries.size(), listed, notListed,
                    entries.size() - listed - notListed, recorded));
            entries.stream().filter(e -> !(e.status() instanceof ControlStatus.Unclassified))
                    .forEach(e -> out.println("  " + ComplianceText.item(e, locale)));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
