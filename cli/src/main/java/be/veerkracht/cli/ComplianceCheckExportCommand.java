package be.veerkracht.cli;

import be.veerkracht.compliance.AppliedRule;
import be.veerkracht.compliance.EndUseCategory;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.ExportDecision;
import be.veerkracht.compliance.ExportQuery;
import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.compliance.ReviewFlag;
import be.veerkracht.compliance.TransferKind;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.Database;
import be.veerkracht.store.compliance.ExportRegister;
import be.veerkracht.store.compliance.ItemRef;
import be.veerkracht.store.compliance.RecordedCheck;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.api.ExportDecisionDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht compliance check-export}: may this part or product go to that country, under what authorisation,
 * by which rules; recorded in the audit chain with the rule-set version (docs/export-control.md).
 */
@Command(name = "check-export", mixinStandardHelpOptions = true,
        description = {"Check an export of a part or product (or of a part's technology to a supplier) to a",
            "destination against the export-control rules: NOT_LISTED, NO_LICENCE_REQUIRED, UGEA (which one),",
            "INDIVIDUAL_LICENCE, PROHIBITED or UNCLASSIFIED, the rules applied with their legal sources, and what to",
            "review. The item's status: its recorded classification, else the import's dual_use_code, else",
            "unclassified. The check is recorded in the database's audit chain unless --no-record."})
final class ComplianceCheckExportCommand implements Callable<Integer> {

    @Mixin
    private PortfolioArgument portfolio;

    @Mixin
    private ComplianceItemOption item;

    @Option(names = "--destination", required = true, paramLabel = "CC",
            description = "Destination country, ISO 3166-1 alpha-2 (e.g. US, CN, NL).")
    private String destination;

    @Option(names = "--end-use", paramLabel = "TEXT", description = "What the customer says it is for.")
    private String endUse;

    @Option(names = "--end-use-category", defaultValue = "unspecified", paramLabel = "CATEGORY",
            description = "The declared end use: unspecified (default), civil, military, wmd or cyber_surveillance.")
    private String endUseCategory;

    @Option(names = "--technology", description = {"Check sending the part's technology (drawings, specifications)",
        "to a supplier in the destination instead of the goods: a new source abroad."})
    private boolean technology;

    @Option(names = "--no-record", description = "Do not record the check (a what-if); recorded by default.")
    private boolean noRecord;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema veerkracht/export-check/1).")
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
        ExportRuleSet rules = reference.exportRules(locale);
        CountryCode to = country();
        EndUseCategory category = category();
        ItemRef ref = item.item();
        PortfolioInput input = portfolio.load("compliance check-export");
        RegisterEntry entry;
        ExportDecision decision;
        RecordedCheck recorded = null;
        try (Database db = portfolio.database().open()) {
            ComplianceRecords records = ComplianceRecords.of(db);
            ExportRegister register = new ExportRegister(input.portfolio(), records.classifications().current());
            entry = register.entry(ref).orElseThrow(() -> new BadInputException("compliance check-export: the "
                    + "portfolio has no " + ref.kind().name().toLowerCase(Locale.ROOT) + " '" + ref.id() + "'"));
            if (technology && ref.kind() != be.veerkracht.compliance.ItemKind.PART) {
                throw new BadInputException("compliance check-export: --technology is for a part (its drawings to "
                        + "a supplier), not a product");
            }
            ExportQuery query = ExportQuery.of(register.exportItem(entry), to)
                    .withComponents(register.components(ref))
                    .withEndUse(endUse, category)
                    .withTransfer(technology ? TransferKind.TECHNOLOGY_TO_SUPPLIER : TransferKind.GOODS);
            decision = new ExportCheck(rules).check(query);
            if (!noRecord) {
                recorded = records.checks().record(ComplianceRecords.actor(), decision);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    ExportDecisionDocument.of(entry, decision, recorded)));
        } else {
            print(entry, decision, recorded, locale, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private CountryCode country() throws BadInputException {
        try {
            return new CountryCode(destination.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("compliance check-export: --destination must be an ISO 3166-1 alpha-2 code "
                    + "such as US or CN, got '" + destination + "'");
        }
    }

    private EndUseCategory category() throws BadInputException {
        try {
            return EndUseCategory.valueOf(endUseCategory.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("compliance check-export: --end-use-category must be unspecified, civil, "
                    + "military, wmd or cyber_surveillance, got '" + endUseCategory + "'");
        }
    }

    static void print(RegisterEntry entry, ExportDecision decision, RecordedCheck recorded, Locale locale,
                      PrintWriter out) {
        out.println(label(locale, ComplianceLabel.CHECK_TITLE));
        out.println(ComplianceText.item(entry, locale));
        out.println(label(locale, ComplianceLabel.QUESTION, decision.query().origin().alpha2(),
                decision.query().destination().alpha2(), label(locale, ComplianceLabel.valueOf("TRANSFER_"
                        + decision.query().transfer().name())), decision.query().endUseText().isEmpty() ? "\u2014"
                        : decision.query().endUseText() + " (" + decision.query().endUseCategory().name()
                        .toLowerCase(Locale.ROOT) + ")"));
        out.println();
        out.println(label(locale, ComplianceLabel.DECISION, label(locale,
                ComplianceLabel.valueOf("DECISION_" + decision.decision().name()))));
        decision.authorisation().ifPresent(a -> out.println(label(locale, ComplianceLabel.AUTHORISATION, a.id(),
                a.source(), String.join("; ", a.conditions()))));
        out.println(label(locale, ComplianceLabel.RULES));
        for (AppliedRule rule : decision.rules()) {
            out.println("  " + rule.id() + ": " + rule.text() + " [" + rule.source() + "; "
                    + rule.confidence().name().toLowerCase(Locale.ROOT) + "]");
        }
        if (!decision.reviewFlags().isEmpty()) {
            out.println(label(locale, ComplianceLabel.FLAGS));
            for (ReviewFlag flag : decision.reviewFlags()) {
                out.println("  " + flag.kind().name().toLowerCase(Locale.ROOT) + " (" + flag.subject() + "): "
                        + flag.text() + " [" + flag.source() + "]");
            }
        }
        out.println(label(locale, ComplianceLabel.EXPLANATION, decision.explanation()));
        out.println(label(locale, ComplianceLabel.RULE_SET, decision.ruleSetVersion()));
        if (recorded != null) {
            out.println(label(locale, ComplianceLabel.RECORDED, recorded.id(), recorded.auditSeq()));
        }
    }

    private static String label(Locale locale, ComplianceLabel key, Object... args) {
        return Messages.format(key, locale, args);
    }
}
