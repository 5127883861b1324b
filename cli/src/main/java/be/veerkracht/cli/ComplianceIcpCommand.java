package be.veerkracht.cli;

import be.veerkracht.compliance.icp.IcpChecklist;
import be.veerkracht.compliance.icp.IcpElement;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.icp.IcpStatus;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht compliance icp}: the seven ICP elements with status, owner and evidence; or records one. */
@Command(name = "icp", mixinStandardHelpOptions = true,
        description = {"The Internal Compliance Programme: the seven core elements of Recommendation (EU) 2019/1318",
            "with their status, owner, evidence and last review; with --element, records that element's new state",
            "(in the audit chain). An element in place needs an owner and evidence, and reads as needing review",
            "12 months after its last review."})
final class ComplianceIcpCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/icp/1";

    @Option(names = "--element", paramLabel = "ELEMENT",
            description = "Record this element: ${COMPLETION-CANDIDATES}.")
    private IcpElement element;

    @Option(names = "--status", paramLabel = "STATUS", description = "With --element: ${COMPLETION-CANDIDATES}.")
    private IcpStatus status;

    @Option(names = "--owner", paramLabel = "WHO", description = "With --element: who answers for it.")
    private String owner;

    @Option(names = "--evidence", paramLabel = "TEXT", description = "With --element: what shows it.")
    private String evidence;

    @Option(names = "--reviewed-on", paramLabel = "YYYY-MM-DD", description = "With --element: last review.")
    private LocalDate reviewedOn;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema veerkracht/icp/1).")
    private OutputFormat format;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Locale locale = language.locale();
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Database db = database.open()) {
            ComplianceRecords records = ComplianceRecords.of(db);
            if (element != null) {
                if (status == null) {
                    throw new BadInputException("compliance icp: --element needs --status");
                }
                IcpElementState state;
                try {
                    state = new IcpElementState(element, status, owner, evidence, reviewedOn);
                } catch (IllegalArgumentException bad) {
                    throw new BadInputException("compliance icp: " + bad.getMessage());
                }
                long seq = records.icp().record(ComplianceRecords.actor(), state);
                out.println(Messages.format(ComplianceLabel.ICP_RECORDED, locale, element.number(), status, seq));
                out.flush();
                return ExitCodes.OK;
            }
            if (status != null || owner != null || evidence != null || reviewedOn != null) {
                throw new BadInputException("compliance icp: --status, --owner, --evidence and --reviewed-on go with "
                        + "--element");
            }
            IcpChecklist checklist = records.icp().checklist();
            List<IcpElementState> states = checklist.asOf(today);
            if (format == OutputFormat.JSON) {
                ObjectNode root = new ObjectMapper().createObjectNode().put("schema", SCHEMA)
                        .put("today", today.toString()).put("in_place", checklist.inPlace(today))
                        .put("complete", checklist.complete(today));
                ArrayNode list = root.putArray("elements");
                for (IcpElementState s : states) {
                    list.addObject().put("number", s.element().number())
                            .put("element", s.element().name().toLowerCase(Locale.ROOT))
                            .put("status", s.status().name().toLowerCase(Locale.ROOT)).put("owner", s.owner())
                            .put("evidence", s.evidence())
                            .put("reviewed_on", s.reviewedOn() == null ? null : s.reviewedOn().toString());
                }
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                out.println(Messages.format(ComplianceLabel.ICP_TITLE, locale, checklist.inPlace(today)));
                for (IcpElementState s : states) {
                    out.println("  " + Messages.format(ComplianceLabel.ICP_LINE, locale, s.element().number(),
                            s.element().name().toLowerCase(Locale.ROOT), s.status().name().toLowerCase(Locale.ROOT),
                            dash(s.owner()), dash(s.evidence()), s.reviewedOn() == null ? "\u2014" : s.reviewedOn()));
                }
                if (checklist.complete(today)) {
                    out.println(Messages.format(ComplianceLabel.ICP_COMPLETE, locale));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String dash(String text) {
        return text == null ? "\u2014" : text;
    }
}
