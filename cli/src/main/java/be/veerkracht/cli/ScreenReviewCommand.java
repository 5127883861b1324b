package be.veerkracht.cli;

import be.veerkracht.screening.ListSource;
import be.veerkracht.store.Database;
import be.veerkracht.store.screening.Review;
import be.veerkracht.store.screening.ReviewDecision;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.screening.StoredListVersion;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht screen review}: records a reviewer's decision on a screening hit. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Record a decision on a hit: the counterparty is (true_match) or is not (false_positive) the",
            "list entry, with the reason. Tied to the entry as the newest stored version of that list has it: when",
            "a later version changes the entry, the hit is open again. Recorded in the audit chain."})
final class ScreenReviewCommand implements Callable<Integer> {

    @Option(names = "--counterparty", required = true, paramLabel = "REF",
            description = "As screen prints it: supplier:ID, customer:ID or name:TEXT.")
    private String counterparty;

    @Option(names = "--list", required = true, paramLabel = "SOURCE", description = "eu, un, ofac or opensanctions.")
    private String list;

    @Option(names = "--entry", required = true, paramLabel = "ID", description = "The list entry's id.")
    private String entry;

    @Option(names = "--decision", required = true, paramLabel = "DECISION",
            description = "true_match or false_positive.")
    private String decision;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    private String reason;

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ListSource source;
        ReviewDecision verdict;
        try {
            source = ListSource.valueOf(list.strip().toUpperCase(Locale.ROOT));
            verdict = ReviewDecision.valueOf(decision.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("screen review: --list must be eu, un, ofac or opensanctions and --decision "
                    + "true_match or false_positive");
        }
        if (reason.isBlank()) {
            throw new BadInputException("screen review: --reason must say why");
        }
        Review review;
        try (Database db = database.open()) {
            ScreeningRecords records = ScreeningRecords.of(db, java.time.Clock.systemUTC());
            StoredListVersion version = records.lists().latest().stream()
                    .filter(v -> v.version().source() == source).findFirst()
                    .orElseThrow(() -> new BadInputException("screen review: no " + source.key()
                            + " list is stored"));
            String fingerprint = records.lists().fingerprints(version).get(entry);
            if (fingerprint == null) {
                throw new BadInputException("screen review: the " + source.key() + " list (" + version.version()
                        .label() + ") has no entry '" + entry + "'");
            }
            review = records.reviews().decide(ComplianceRecords.actor(), counterparty.strip(), source, entry,
                    fingerprint, verdict, reason);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Recorded: %s against %s %s is %s (audit entry %d).%n",
                review.counterparty(), source.key(), entry, verdict.name().toLowerCase(Locale.ROOT),
                review.auditSeq());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
