package be.veerkracht.cli;

import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.quality.agreement.AgreementHistory;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.store.Database;
import be.veerkracht.store.quality.QualityRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht quality agreements [--part ID]}: the quality agreements in force, with every version. */
@Command(name = "agreements", mixinStandardHelpOptions = true,
        description = {"List the quality agreements: per part the version in force with its characteristics,",
            "and every version with who made it, when and why."})
final class QualityAgreementsCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/quality-agreements/1";

    @Option(names = "--part", paramLabel = "ID", description = "Only this part (exit code 2 if it has none).")
    private String part;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + SCHEMA + ").")
    private OutputFormat format;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<AgreementHistory> histories;
        try (Database db = database.open()) {
            QualityRecords records = QualityRecords.of(db, Clock.systemUTC());
            histories = part == null ? records.agreements().all() : List.of(one(records));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(histories)));
        } else if (histories.isEmpty()) {
            out.println(Messages.format(QualityLabel.NO_AGREEMENTS, language.locale()));
        } else {
            histories.forEach(h -> print(h, out));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private AgreementHistory one(QualityRecords records) throws BadInputException {
        AgreementHistory history;
        try {
            history = records.agreements().history(new PartId(part));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("veerkracht: --part: " + bad.getMessage());
        }
        if (history.versions().isEmpty()) {
            throw new BadInputException(Messages.format(QualityLabel.NO_AGREEMENT_FOR_PART, language.locale(),
                    part));
        }
        return history;
    }

    private static ObjectNode json(List<AgreementHistory> histories) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("schema", SCHEMA);
        ArrayNode parts = root.putArray("agreements");
        for (AgreementHistory history : histories) {
            ObjectNode node = parts.addObject().put("part_id", history.part().value());
            ArrayNode versions = node.putArray("versions");
            for (QualityAgreement a : history.versions()) {
                ObjectNode version = versions.addObject().put("version", a.version())
                        .put("primary_supplier_id", a.primary().map(s -> s.value()).orElse(null))
                        .put("author", a.change().author()).put("changed_at", a.change().at().toString())
                        .put("reason", a.change().reason());
                ArrayNode characteristics = version.putArray("characteristics");
                for (Characteristic c : a.characteristics()) {
                    characteristics.addObject().put("name", c.name()).put("unit", c.unit())
                            .put("nominal", c.nominal()).put("lsl", c.lsl()).put("usl", c.usl())
                            .put("method", c.method()).put("sample_size", c.sampleSize())
                            .put("frequency", c.frequency()).put("coa_required", c.certificateRequired())
                            .put("equivalence_margin", c.margin()).put("margin_is_default", c.defaultMargin());
                }
            }
        }
        return root;
    }

    private void print(AgreementHistory history, PrintWriter out) {
        Locale locale = language.locale();
        QualityAgreement current = history.current().orElseThrow();
        out.println(Messages.format(QualityLabel.PART_TITLE, locale, history.part().value(),
                String.valueOf(current.version()), String.valueOf(history.versions().size()),
                current.primary().map(s -> s.value()).orElse(Messages.format(QualityLabel.NO_PRIMARY, locale))));
        for (QualityAgreement version : history.versions()) {
            out.println(Messages.format(QualityLabel.VERSION_LINE, locale, String.valueOf(version.version()),
                    version.change().at().toString(), version.change().author(), version.change().reason()));
        }
        for (Characteristic c : current.characteristics()) {
            out.println(Messages.format(QualityLabel.CHARACTERISTIC_LINE, locale, c.name(), c.unit(),
                    number(c.nominal()), number(c.lsl()), number(c.usl()), number(c.margin()),
                    c.defaultMargin() ? Messages.format(QualityLabel.MARGIN_DEFAULT, locale) : "", c.method(),
                    String.valueOf(c.sampleSize()), c.frequency(),
                    c.certificateRequired() ? Messages.format(QualityLabel.COA_REQUIRED, locale) : ""));
        }
    }

    /**
     * A limit as written in the agreement (decimal point, no exponent, {@value #DIGITS} significant digits, so a
     * default margin 0.1 x (25.05 - 24.95) shows as 0.01, not as its binary rounding), or a dash when not set.
     */
    private static String number(Double value) {
        return value == null ? "\u2014" : new BigDecimal(value).round(new MathContext(DIGITS)).stripTrailingZeros()
                .toPlainString();
    }

    private static final int DIGITS = 12;
}
