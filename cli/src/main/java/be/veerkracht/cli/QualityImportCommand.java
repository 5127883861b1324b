package be.veerkracht.cli;

import be.veerkracht.i18n.Messages;
import be.veerkracht.ingest.read.ImportedQuality;
import be.veerkracht.ingest.read.QualityFileReader;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.quality.measurement.CertificateCheck;
import be.veerkracht.quality.measurement.CertificateFinding;
import be.veerkracht.quality.measurement.CertificateVerdict;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.store.Database;
import be.veerkracht.store.quality.AgreementStore;
import be.veerkracht.store.quality.QualityFileImport;
import be.veerkracht.store.quality.QualityRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht quality import FILE}: reads quality agreements and/or measurements and stores them in one
 * transaction, or stores nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import quality agreements (sheet quality_characteristics) and/or measurements (sheet",
            "measurements) from an .xlsx workbook, or either from one CSV file. A part whose terms changed gets a",
            "new agreement version; the same file twice stores its measurements once. Every problem is reported",
            "with file, sheet, row and column; a file with problems stores nothing. Certificate values are checked",
            "against the part's agreement in force (out of spec, unknown or missing characteristic, sample too small).",
            "Format: docs/quality-data.md."})
final class QualityImportCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/quality-import/1";

    @Parameters(paramLabel = "FILE", description = "The .xlsx workbook or the .csv file.")
    private Path file;

    @Option(names = "--zone", defaultValue = "Europe/Brussels", paramLabel = "ZONE",
            description = "Time zone of timestamps written without offset (default: ${DEFAULT-VALUE}).")
    private String zone;

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
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException bad) {
            throw new BadInputException("quality import: --zone: not a time zone: " + zone);
        }
        ImportedQuality read = new QualityFileReader(zoneId).read(file);
        QualityFileImport.Result result;
        List<Certificate> certificates;
        try (Database db = database.open()) {
            QualityRecords records = QualityRecords.of(db, Clock.systemUTC());
            result = records.measurements().importFile(
                    System.getProperty("user.name"), new QualityFileImport(read.source(), read.contentSha256(),
                            read.agreements().stream().map(a -> new QualityFileImport.Agreement(a.terms(),
                                    a.reason())).toList(), read.measurements()));
            certificates = certificates(read.measurements(), records);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectNode root = json(read, result);
            ArrayNode checked = root.putArray("certificates");
            certificates.forEach(c -> certificateJson(checked.addObject(), c));
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            print(read, result, out);
            certificates.forEach(c -> print(c, out));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode json(ImportedQuality read, QualityFileImport.Result result) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("schema", SCHEMA).put("source", read.source())
                .put("format", read.format()).put("content_sha256", read.contentSha256());
        ArrayNode agreements = root.putArray("agreements");
        for (AgreementStore.Recorded recorded : result.agreements()) {
            agreements.addObject().put("part_id", recorded.agreement().part().value())
                    .put("version", recorded.agreement().version()).put("new_version", recorded.created());
        }
        return root.put("measurements_read", read.measurements().size())
                .put("measurements_stored", result.measurementsStored())
                .put("already_imported", result.alreadyImported());
    }

    /** The certificate values of one supplier for one part, checked against the part's agreement in force. */
    record Certificate(PartId part, SupplierId supplier, CertificateVerdict verdict) {
    }

    /**
     * The file's certificate values ({@code supplier_certificate}) grouped by part and supplier, in file order, each
     * group checked as the supplier API checks a batch (core {@link CertificateCheck}).
     */
    static List<Certificate> certificates(List<Measurement> measurements, QualityRecords records) {
        Map<PartId, Map<SupplierId, List<Measurement>>> groups = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (m.source() == Source.SUPPLIER_CERTIFICATE) {
                groups.computeIfAbsent(m.part(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(m.supplier(), s -> new ArrayList<>()).add(m);
            }
        }
        List<Certificate> certificates = new ArrayList<>();
        groups.forEach((part, bySupplier) -> {
            Optional<QualityAgreement> agreement = records.agreements().current(part);
            bySupplier.forEach((supplier, values) -> certificates.add(new Certificate(part, supplier,
                    agreement.map(a -> new CertificateCheck(a).check(values))
                            .orElseGet(() -> CertificateCheck.withoutAgreement(part)))));
        });
        return certificates;
    }

    private static void certificateJson(ObjectNode node, Certificate c) {
        node.put("part_id", c.part().value()).put("supplier_id", c.supplier().value())
                .put("agreement_version", c.verdict().agreementVersion()).put("conforms", c.verdict().conforms());
        ArrayNode findings = node.putArray("findings");
        for (CertificateFinding f : c.verdict().findings()) {
            findings.addObject().put("kind", f.kind().key()).put("lot", f.lot())
                    .put("characteristic", f.characteristic()).put("message", f.message(Locale.ENGLISH));
        }
    }

    private void print(Certificate c, PrintWriter out) {
        Locale locale = language.locale();
        out.println(Messages.format(c.verdict().conforms() ? QualityLabel.CERTIFICATE_CONFORMS
                        : QualityLabel.CERTIFICATE_FINDINGS, locale, c.supplier().value(), c.part().value(),
                String.valueOf(c.verdict().agreementVersion()), String.valueOf(c.verdict().findings().size())));
        c.verdict().findings().forEach(f -> out.println("    " + f.message(locale)));
    }

    private void print(ImportedQuality read, QualityFileImport.Result result, PrintWriter out) {
        Locale locale = language.locale();
        String where = database.settings().displayUrl();
        out.println(result.alreadyImported()
                ? Messages.format(QualityLabel.IMPORTED_BEFORE, locale, read.source(), read.format(), where)
                : Messages.format(QualityLabel.IMPORTED, locale, read.source(), read.format(), where,
                        String.valueOf(result.measurementsStored())));
        for (AgreementStore.Recorded recorded : result.agreements()) {
            String version = String.valueOf(recorded.agreement().version());
            out.println(Messages.format(QualityLabel.AGREEMENT_LINE, locale, recorded.agreement().part().value(),
                    Messages.format(recorded.created() ? QualityLabel.NEW_VERSION : QualityLabel.SAME_VERSION,
                            locale, version)));
        }
    }
}
