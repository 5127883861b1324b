package be.veerkracht.cli;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.DualUseCode;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.Database;
import be.veerkracht.store.compliance.Classification;
import be.veerkracht.store.compliance.ExportRegister;
import be.veerkracht.store.compliance.ItemRef;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht compliance classify}: records an item's classification, with who, when, why and evidence. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Record the classification of a part or product of the latest snapshot (or PATH): listed",
            "under an Annex I entry (--code), or explicitly not listed (--not-listed), with why (--reason), who",
            "classified it (--by; default you), when (--on; default today) and the evidence. It replaces the",
            "import's dual_use_code for this item from now on, also after re-imports; the history stays."})
final class ComplianceClassifyCommand implements Callable<Integer> {

    @Mixin
    private PortfolioArgument portfolio;

    @Mixin
    private ComplianceItemOption item;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Status status;

    static final class Status {
        @Option(names = "--code", paramLabel = "ANNEX_I", description = "Listed under this Annex I entry, e.g. "
                + "3A001.a.7.")
        private String code;

        @Option(names = "--not-listed", description = "Not listed in Annex I (say why with --reason).")
        private boolean notListed;
    }

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Why: the entry's wording that applies, or why none does.")
    private String reason;

    @Option(names = "--by", paramLabel = "WHO", description = "Who classified it: a name, or the authority's "
            + "ruling (e.g. \"CSG ruling 2026/0123\"); default: you.")
    private String by;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "When it was classified; default: today.")
    private String on;

    @Option(names = "--evidence", paramLabel = "TEXT", description = "What supports it: data sheet, ruling, test.")
    private String evidence;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ItemRef ref = item.item();
        ControlStatus classified = status();
        LocalDate day = day();
        if (reason.isBlank()) {
            throw new BadInputException("compliance classify: --reason must say why");
        }
        PortfolioInput input = portfolio.load("compliance classify");
        Classification saved;
        try (Database db = portfolio.database().open()) {
            ComplianceRecords records = ComplianceRecords.of(db);
            new ExportRegister(input.portfolio(), java.util.Map.of()).entry(ref)
                    .orElseThrow(() -> new BadInputException("compliance classify: the portfolio has no "
                            + ref.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + ref.id() + "'"));
            String who = by == null || by.isBlank() ? ComplianceRecords.actor() : by;
            saved = records.classifications().classify(ComplianceRecords.actor(), ref, classified, who, day,
                    reason, evidence);
        }
        spec.commandLine().getOut().println(Messages.format(ComplianceLabel.CLASSIFIED, language.locale(), ref,
                ComplianceText.status(saved.status(), language.locale()), saved.auditSeq()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private ControlStatus status() throws BadInputException {
        if (status.notListed) {
            return new ControlStatus.NotListed(reason);
        }
        if (!DualUseCode.isValid(status.code)) {
            throw new BadInputException("compliance classify: --code '" + status.code + "' is not an Annex I entry "
                    + "(category digit, product group A-E, three digits, sub-items: e.g. 3A001.a.7)");
        }
        return new ControlStatus.Listed(DualUseCode.parse(status.code));
    }

    private LocalDate day() throws BadInputException {
        if (on == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException bad) {
            throw new BadInputException("compliance classify: --on must be a date YYYY-MM-DD, got '" + on + "'");
        }
    }
}
