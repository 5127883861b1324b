package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.inventory.BufferCost;
import be.veerkracht.inventory.BufferPlanner;
import be.veerkracht.inventory.CapitalTerms;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.inventory.ServiceLevels;
import be.veerkracht.inventory.WorkingCapital;
import be.veerkracht.portfolio.Criticality;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import be.veerkracht.inventory.RecommendedReorderPolicy;
import be.veerkracht.inventory.ReorderPolicyPlanner;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.web.api.BufferFields;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht inventory buffers [PATH]}: safety stock per part and the cheapest way to hold it (docs/buffers.md). */
@Command(name = "buffers", mixinStandardHelpOptions = true,
        description = {"Safety stock and reorder point per part at the service level of its criticality (demand and",
            "lead-time variability of its source mix), the cash it ties up, and whether own stock, VMI, consignment",
            "or supply-chain finance holds it cheapest (docs/buffers.md)."})
final class InventoryBuffersCommand implements Callable<Integer> {

    static final String SCHEMA = "veerkracht/buffers/1";
    /** Parts the text report lists (largest safety-stock value first); the JSON has them all. */
    static final int SHOWN = 20;

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--service-level-a", defaultValue = "0.99", paramLabel = "P",
            description = "Cycle service level of criticality A parts (default: ${DEFAULT-VALUE}).")
    private double levelA;

    @Option(names = "--service-level-b", defaultValue = "0.95", paramLabel = "P",
            description = "... of criticality B parts (default: ${DEFAULT-VALUE}).")
    private double levelB;

    @Option(names = "--service-level-c", defaultValue = "0.90", paramLabel = "P",
            description = "... of criticality C parts (default: ${DEFAULT-VALUE}).")
    private double levelC;

    @Option(names = "--cost-of-capital", defaultValue = "0.08", paramLabel = "R",
            description = "Yearly cost of capital tied up (default: ${DEFAULT-VALUE}).")
    private BigDecimal costOfCapital;

    @Option(names = "--holding-rate", defaultValue = "0.10", paramLabel = "R",
            description = "Yearly storage, handling, insurance, obsolescence as a share of value (default: "
                    + "${DEFAULT-VALUE}).")
    private BigDecimal holdingRate;

    @Option(names = "--consignment-uplift", defaultValue = "0.02", paramLabel = "R",
            description = "Price increase a supplier asks for consignment (default: ${DEFAULT-VALUE}).")
    private BigDecimal consignmentUplift;

    @Option(names = "--finance-days", defaultValue = "60", paramLabel = "D",
            description = "Days supply-chain finance adds to the payment terms (default: ${DEFAULT-VALUE}).")
    private int financeDays;

    @Option(names = "--finance-rate", defaultValue = "0", paramLabel = "R",
            description = "Yearly rate the buyer pays for that extension (default: ${DEFAULT-VALUE}).")
    private BigDecimal financeRate;

    @Option(names = "--ordering-cost", defaultValue = "100", paramLabel = "EUR",
            description = {"Cost of placing one order, EUR, for the (r, Q) policy's economic order quantity",
                "(default: ${DEFAULT-VALUE}, an assumption: set your own)."})
    private BigDecimal orderingCost;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schema " + SCHEMA + ").")
    private OutputFormat format;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServiceLevels levels;
        CapitalTerms terms;
        try {
            levels = new ServiceLevels(Map.of(Criticality.A, levelA, Criticality.B, levelB, Criticality.C, levelC));
            terms = new CapitalTerms(costOfCapital, holdingRate, consignmentUplift, financeDays, financeRate);
            new ReorderPolicyPlanner(terms, orderingCost);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("inventory buffers: " + bad.getMessage());
        }
        PortfolioInput input = portfolio.load("inventory buffers");
        List<PartBufferPlan> plans = new BufferPlanner(levels).plan(input.portfolio());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document(input.portfolio(), plans, terms, new ReorderPolicyPlanner(terms, orderingCost))));
        } else {
            print(plans, terms, input.sourceLine(Label.SOURCE_FILE, Label.SOURCE_SNAPSHOT, language.locale()), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static List<BufferCost> holdings(PartBufferPlan plan, CapitalTerms terms) {
        BigDecimal spend = BigDecimal.valueOf(plan.leadTimeDemand().meanPerDay() * 365).multiply(plan.unitValueEur());
        return WorkingCapital.compare(plan.safetyStockValueEur(), spend, terms);
    }

    static ObjectNode document(Portfolio portfolio, List<PartBufferPlan> plans, CapitalTerms terms,
                               ReorderPolicyPlanner policies) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("schema", SCHEMA);
        BufferFields.terms(root.putObject("capital_terms"), terms);
        root.put("ordering_cost_eur", policies.orderingCostEur());
        BigDecimal total = BigDecimal.ZERO;
        ArrayNode parts = root.putArray("parts");
        List<RecommendedReorderPolicy> planned = policies.plan(portfolio, plans);
        for (int i = 0; i < plans.size(); i++) {
            PartBufferPlan plan = plans.get(i);
            total = total.add(plan.safetyStockValueEur());
            BufferFields.buffer(parts.addObject().put("part_id", plan.partId()), plan, holdings(plan, terms),
                    planned.get(i));
        }
        root.put("total_safety_stock_value_eur", total);
        return root;
    }

    private void print(List<PartBufferPlan> plans, CapitalTerms terms, String sourceLine, PrintWriter out) {
        Locale locale = language.locale();
        Figures figures = new Figures(locale);
        out.println(label(Label.TITLE));
        out.println(sourceLine);
        BigDecimal total = plans.stream().map(PartBufferPlan::safetyStockValueEur).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        out.println(label(Label.TOTAL, plans.size(), figures.eur(total)));
        out.println(label(Label.HEADER, Math.min(SHOWN, plans.size())));
        List<PartBufferPlan> largest = plans.stream()
                .sorted(Comparator.comparing(PartBufferPlan::safetyStockValueEur).reversed()
                        .thenComparing(PartBufferPlan::partId))
                .limit(SHOWN).toList();
        for (PartBufferPlan plan : largest) {
            BufferCost cheapest = holdings(plan, terms).get(0);
            out.println("  " + label(Label.LINE, plan.partId(), figures.percent(plan.serviceLevel(), 2),
                    figures.number(plan.target().safetyStockUnits(), 0), figures.number(plan.safetyStockDays(), 1),
                    figures.number(plan.target().reorderPointUnits(), 0), figures.eur(plan.safetyStockValueEur()),
                    label(Label.valueOf(cheapest.ownership().name())), figures.eur(cheapest.annualCostEur())));
        }
        out.println(label(Label.TERMS, figures.percent(terms.costOfCapital().doubleValue(), 2),
                figures.percent(terms.holdingRate().doubleValue(), 2), figures.percent(terms.consignmentUplift().doubleValue(), 2),
                terms.financeExtraDays(), figures.percent(terms.financeRate().doubleValue(), 2)));
    }

    private String label(Label key, Object... args) {
        return Messages.format(key, language.locale(), args);
    }

    /** The words of the report ({@code be/veerkracht/cli/buffers*.properties}). */
    enum Label implements MessageKey {
        TITLE, SOURCE_SNAPSHOT, SOURCE_FILE, TOTAL, HEADER, LINE, TERMS,
        OWN_STOCK, VMI, CONSIGNMENT, SUPPLY_CHAIN_FINANCE;

        @Override
        public String bundle() {
            return "be.veerkracht.cli.buffers";
        }

        @Override
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
