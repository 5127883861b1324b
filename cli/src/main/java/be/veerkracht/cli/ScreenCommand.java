package be.veerkracht.cli;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.store.Database;
import be.veerkracht.store.screening.Counterparty;
import be.veerkracht.store.screening.PortfolioCounterparties;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.web.api.ScreeningDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
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
 * {@code veerkracht screen}: every supplier and customer of the portfolio, or one name, against the newest version
 * of each stored sanctions list, with each score explained and earlier review decisions applied (docs/screening.md).
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen every supplier and customer of the latest snapshot (or PATH), or one --name, against",
            "the newest stored version of each sanctions list (veerkracht lists): hits above --threshold with a",
            "score in 0..1 explained token by token, the reviewers' earlier decisions (re-opened when the list",
            "changed the entry), and counterparties in a country under an EU embargo or dual-use ban. Recorded in",
            "the audit chain with the list versions used. Record a decision with: screen review."},
        subcommands = {ScreenReviewCommand.class})
final class ScreenCommand implements Callable<Integer> {

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--name", paramLabel = "NAME", description = "Screen this one name instead of the portfolio.")
    private String name;

    @Option(names = "--country", paramLabel = "CC", description = "With --name: the counterparty's country.")
    private String country;

    @Option(names = "--threshold", defaultValue = "0.80", paramLabel = "S",
            description = "Lowest score reported, 0..1 (default: ${DEFAULT-VALUE}; docs/screening.md).")
    private double threshold;

    @Option(names = "--no-record", description = "Do not record the screening in the audit chain.")
    private boolean noRecord;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (schema veerkracht/screening/1).")
    private OutputFormat format;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new BadInputException("screen: --threshold must be above 0 and at most 1, got " + threshold);
        }
        if (country != null && name == null) {
            throw new BadInputException("screen: --country goes with --name");
        }
        List<Embargo> concerns = reference.exportRules(language.locale()).rulesOf(Embargo.class);
        List<Counterparty> who = new ArrayList<>();
        String subject;
        if (name != null) {
            if (name.isBlank()) {
                throw new BadInputException("screen: --name is empty");
            }
            who.add(new Counterparty("name:" + name.strip(), name.strip(), country));
            subject = "name";
        } else {
            PortfolioInput input = portfolio.load("screen");
            who.addAll(PortfolioCounterparties.of(input.portfolio()));
            subject = input.snapshot() == null ? "file:" + input.path().getFileName() : "snapshot:"
                    + input.snapshot().id();
        }
        ScreeningResult result;
        try (Database db = portfolio.database().open()) {
            ScreeningRecords records = ScreeningRecords.of(db, java.time.Clock.systemUTC());
            if (records.lists().versions().isEmpty()) {
                throw new BadInputException("screen: no sanctions list is stored yet; import one first: veerkracht "
                        + "lists import FILE");
            }
            result = records.screening().screen(who, threshold, concerns,
                    noRecord ? null : ComplianceRecords.actor(), subject);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    ScreeningDocument.of(result)));
        } else {
            print(result, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(ScreeningResult result, PrintWriter out) {
        out.println("SANCTIONS SCREENING");
        out.println("Lists: " + String.join(", ", result.versions().stream().map(v -> v.version().label()).toList()));
        out.printf(Locale.ROOT, "Screened %d counterparties at threshold %.2f: %d hits, %d to review; %d in a country "
                + "under an EU embargo or ban%n", result.screened().size(), result.threshold(), result.hits().size(),
                result.open(), result.countries().size());
        for (ScreeningResult.Hit hit : result.hits()) {
            out.printf(Locale.ROOT, "  %.3f  %s (%s)  ~  %s %s \"%s\"  [%s]%n", hit.hit().score(), hit.who().ref(),
                    hit.who().name(), hit.hit().list().source().key(), hit.hit().entryId(),
                    hit.hit().match().matchedName().name(), hit.state().name().toLowerCase(Locale.ROOT));
            out.println("         " + hit.hit().match().explanation().describe());
        }
        // one line per rule, with the counterparties under it: 18 suppliers in one country read as one finding
        java.util.Map<be.veerkracht.compliance.Embargo, List<String>> byRule = new java.util.LinkedHashMap<>();
        for (ScreeningResult.CountryConcern concern : result.countries()) {
            byRule.computeIfAbsent(concern.rule(), rule -> new ArrayList<>()).add(concern.who().ref());
        }
        byRule.forEach((rule, refs) -> out.printf(Locale.ROOT, "  %s, %s (%d): %s [%s]%n      %s%n",
                rule.country().alpha2(), rule.kind().name().toLowerCase(Locale.ROOT), refs.size(), rule.text(),
                rule.source(), String.join(", ", refs)));
        if (result.auditSeq() != 0) {
            out.println("Recorded as audit entry " + result.auditSeq() + ".");
        }
    }
}
