package be.veerkracht.cli;

import be.veerkracht.i18n.Messages;
import be.veerkracht.ingest.read.ImportedQuality;
import be.veerkracht.ingest.read.QualityFileReader;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.check.CharacteristicReview;
import be.veerkracht.quality.check.PartReview;
import be.veerkracht.quality.check.QualityAlert;
import be.veerkracht.quality.check.QualityReview;
import be.veerkracht.quality.check.SecondaryValidation;
import be.veerkracht.quality.check.SupplierReview;
import be.veerkracht.quality.spc.StatisticFormat;
import be.veerkracht.store.Database;
import be.veerkracht.store.quality.QualityCheckJson;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.quality.QualityReviews;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Review the quality of every part with an agreement in the database: per characteristic and",
            "supplier the control chart (a lot is a subgroup, limits from the first 20 lots), Western Electric rule",
            "firings, values out of specification, Cp/Cpk/Pp/Ppk, each secondary against the primary (TOST within",
            "the agreement's margin) and the certificates against our own measurements; then the alerts, newest",
            "first (docs/quality-statistics.md). With FILE, that file's measurements are reviewed without storing",
            "anything. Alerts are findings: the exit code is 0 unless --fail-on-alert."})
final class QualityCheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A quality file (xlsx or CSV, as for quality import) to review without storing it: its "
                    + "measurements against its own agreements, else the stored ones. Default: everything stored.")
    private Path file;

    @Option(names = "--zone", defaultValue = "Europe/Brussels", paramLabel = "ZONE",
            description = "With FILE: time zone of timestamps written without offset (default: ${DEFAULT-VALUE}).")
    private String zone;

    @Option(names = "--part", paramLabel = "ID", description = "Only this part (exit code 2 if it has no agreement).")
    private String part;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + QualityCheckJson.SCHEMA
                    + ", docs/schemas/quality-check.schema.json).")
    private OutputFormat format;

    @Option(names = "--fail-on-alert", description = "Exit with code 3 when the review raises any alert.")
    private boolean failOnAlert;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    private ZoneId zoneId() throws BadInputException {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException bad) {
            throw new BadInputException("quality check: --zone: not a time zone: " + zone);
        }
    }

    @Override
    public Integer call() throws Exception {
        Optional<PartId> only = Optional.empty();
        if (part != null) {
            try {
                only = Optional.of(new PartId(part));
            } catch (IllegalArgumentException bad) {
                throw new BadInputException("veerkracht: --part: " + bad.getMessage());
            }
        }
        QualityReview review;
        ImportedQuality read = file == null ? null : new QualityFileReader(zoneId()).read(file);
        try (Database db = database.open()) {
            QualityRecords records = QualityRecords.of(db, Clock.systemUTC());
            review = read == null ? QualityReviews.review(records, only)
                    : QualityReviews.reviewFile(records,
                            read.agreements().stream().map(ImportedQuality.ImportedAgreement::terms).toList(),
                            read.measurements(), read.source(), Clock.systemUTC().instant(), only);
        }
        if (part != null && review.parts().isEmpty()) {
            throw new BadInputException(Messages.format(QualityLabel.NO_AGREEMENT_FOR_PART, language.locale(), part));
        }
        PrintWriter out = spec.commandLine().getOut();
        QualityCheckJson mapping = new QualityCheckJson(language.locale());
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    mapping.review(review)));
        } else {
            print(review, mapping, out);
        }
        out.flush();
        return failOnAlert && !review.alerts().isEmpty() ? ExitCodes.VERIFICATION_FAILED : ExitCodes.OK;
    }

    private void print(QualityReview review, QualityCheckJson mapping, PrintWriter out) {
        Locale locale = language.locale();
        out.println(Messages.format(QualityLabel.CHECK_TITLE, locale, String.valueOf(review.alerts().size())));
        review.explanation().forEach(t -> out.println(mapping.text(t)));
        for (PartReview p : review.parts()) {
            out.println();
            out.println(Messages.format(QualityLabel.CHECK_PART, locale, p.agreement().part().value(),
                    String.valueOf(p.agreement().version()), p.agreement().primary().map(s -> s.value())
                            .orElse(Messages.format(QualityLabel.NO_PRIMARY, locale))));
            for (CharacteristicReview c : p.characteristics()) {
                characteristic(c, mapping, out);
            }
        }
        out.println();
        out.println(Messages.format(QualityLabel.CHECK_ALERTS, locale));
        if (review.alerts().isEmpty()) {
            out.println(Messages.format(QualityLabel.CHECK_NO_ALERTS, locale));
        }
        for (QualityAlert a : review.alerts()) {
            out.println("- " + a.at() + "  " + a.kind() + "  " + a.part().value() + " / " + a.characteristic()
                    + " / " + a.supplier().value() + ": " + String.join(" ", a.reason().stream().map(mapping::text)
                    .toList()));
        }
    }

    private void characteristic(CharacteristicReview review, QualityCheckJson mapping, PrintWriter out) {
        Locale locale = language.locale();
        Characteristic c = review.characteristic();
        out.println(Messages.format(QualityLabel.CHECK_CHARACTERISTIC, locale, c.name(), c.unit(), limit(c.lsl()),
                limit(c.usl()), StatisticFormat.of(c.margin())));
        review.explanation().forEach(t -> out.println("    " + mapping.text(t)));
        for (SupplierReview s : review.suppliers()) {
            out.println(Messages.format(QualityLabel.CHECK_SUPPLIER, locale, s.supplier().value(),
                    s.primary() ? Messages.format(QualityLabel.CHECK_PRIMARY_MARK, locale) : "",
                    String.valueOf(s.lots().size()), s.chart() == null ? "\u2014" : s.chart().chart().kind().name(),
                    String.valueOf(s.chart() == null ? 0 : s.chart().firings().size()),
                    String.valueOf(s.outOfSpec().size()),
                    s.capability() == null ? "\u2014" : StatisticFormat.of(s.capability().cpk()),
                    s.capability() == null ? "\u2014" : StatisticFormat.of(s.capability().ppk()),
                    s.lab() == null ? "\u2014" : s.lab().verdict().name()));
        }
        for (SecondaryValidation v : review.crossValidations()) {
            out.println(Messages.format(QualityLabel.CHECK_VALIDATION, locale, v.secondary().value(),
                    v.primary().value(), v.validation().verdict().name(), mapping.text(v.validation().reason())));
        }
    }

    private static String limit(Double value) {
        return value == null ? "\u2014" : StatisticFormat.of(value);
    }
}
