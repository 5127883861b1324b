package be.veerkracht.cli;

import be.veerkracht.inventory.dualsourcing.Action;
import be.veerkracht.inventory.dualsourcing.ChainCost;
import be.veerkracht.inventory.dualsourcing.DualSourcingInstance;
import be.veerkracht.inventory.dualsourcing.DualSourcingPolicy;
import be.veerkracht.inventory.dualsourcing.OptimalSolution;
import be.veerkracht.inventory.dualsourcing.OptimisedPolicy;
import be.veerkracht.inventory.dualsourcing.SimulatedCost;
import be.veerkracht.inventory.dualsourcing.State;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code inventory dual-sourcing} prints, as text or as JSON (schema veerkracht/dual-sourcing/1,
 * docs/schemas/dual-sourcing.schema.json). Costs are rounded to {@value #DECIMALS} places.
 */
final class DualSourcingResult {

    static final String SCHEMA = "veerkracht/dual-sourcing/1";
    static final int DECIMALS = 6;

    private static final Map<String, String> NAMES = Map.of(
            "dp", "optimal policy, relative value iteration",
            "si", "single index, Scheller-Wolf, Veeraraghavan & van Houtum 2007",
            "di", "dual index, Veeraraghavan & Scheller-Wolf 2008",
            "cdi", "capped dual index, Sun & Van Mieghem 2019",
            "tbs", "tailored base-surge, Allon & Van Mieghem 2010");

    private final DualSourcingInstance instance;
    private final DualSourcingPolicy policy;
    private final double cost;
    private final boolean exact;
    private final String method;
    private final Integer states;
    private final String search;
    private final OptimalSolution optimum;
    private final State state;
    private final SimulatedCost simulation;

    private DualSourcingResult(DualSourcingInstance instance, DualSourcingPolicy policy, double cost, boolean exact,
            String method, Integer states, String search, OptimalSolution optimum, State state,
            SimulatedCost simulation) {
        this.instance = instance;
        this.policy = policy;
        this.cost = cost;
        this.exact = exact;
        this.method = method;
        this.states = states;
        this.search = search;
        this.optimum = optimum;
        this.state = state;
        this.simulation = simulation;
    }

    static DualSourcingResult heuristic(DualSourcingInstance instance, OptimisedPolicy best, OptimalSolution optimum,
            State state, SimulatedCost simulation) {
        String method = String.format(Locale.ROOT, "stationary distribution of the policy's Markov chain, "
                + "%d states, Gauss-Seidel", best.cost().states());
        return new DualSourcingResult(instance, best.policy(), best.cost().averageCost(), true, method,
                best.cost().states(), best.searched(), optimum, state, simulation);
    }

    /** A policy with given parameters, costed exactly ({@code chain}) or, when that is null, by simulation. */
    static DualSourcingResult given(DualSourcingInstance instance, DualSourcingPolicy policy, ChainCost chain,
            int stateLimit, OptimalSolution optimum, State state, SimulatedCost simulation) {
        if (chain != null) {
            String method = String.format(Locale.ROOT, "stationary distribution of the policy's Markov chain, "
                    + "%d states, Gauss-Seidel%s", chain.states(), chain.truncatedMass() > 0
                    ? String.format(Locale.ROOT, "; stationary mass %.1e on the net-inventory cap",
                            chain.truncatedMass()) : "");
            return new DualSourcingResult(instance, policy, chain.averageCost(), true, method, chain.states(),
                    "none: parameters given", optimum, state, simulation);
        }
        String method = String.format(Locale.ROOT, "simulation, the Markov chain has more than %d states: %d batches"
                + " of %d periods after %d warm-up, seed %d, 95 %% interval [%s, %s] by batch means", stateLimit,
                simulation.batches(), simulation.periodsPerBatch(), simulation.warmUpPeriods(), simulation.seed(),
                round(simulation.lower(), 4).toPlainString(), round(simulation.upper(), 4).toPlainString());
        return new DualSourcingResult(instance, policy, simulation.averageCost(), false, method, null,
                "none: parameters given", optimum, state, simulation);
    }

    static DualSourcingResult optimum(DualSourcingInstance instance, OptimalSolution solution, State state) {
        String method = String.format(Locale.ROOT, "relative value iteration on %d states, %d iterations; "
                + "%s <= g <= %s; bounds: %s", solution.states(), solution.iterations(),
                round(solution.lowerBound(), 9), round(solution.upperBound(), 9), solution.boundCheck().detail());
        return new DualSourcingResult(instance, solution.policy(), solution.averageCost(), true, method,
                (int) solution.states(), null, solution, state, null);
    }

    String json() throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schema", SCHEMA);
        ObjectNode in = doc.putObject("instance");
        in.put("regular_lead_time", instance.regularLeadTime());
        in.put("expedited_lead_time", 0);
        in.put("expedited_premium", instance.expeditedPremium());
        in.put("holding_cost", instance.holdingCost());
        in.put("backorder_cost", instance.backorderCost());
        in.put("demand", instance.demand().text());
        in.put("demand_min", instance.demand().min());
        in.put("demand_max", instance.demand().max());
        in.put("demand_mean", round(instance.demand().mean(), DECIMALS));
        doc.put("policy", policy.code());
        doc.put("policy_name", NAMES.get(policy.code()));
        ObjectNode parameters = doc.putObject("parameters");
        policy.parameters().forEach(parameters::put);
        doc.put("average_cost_per_period", round(cost, DECIMALS));
        ObjectNode m = doc.putObject("method");
        m.put("kind", exact ? "exact" : "simulation");
        m.put("states", states);
        m.put("description", method);
        if (simulation == null) {
            doc.putNull("simulation");
        } else {
            ObjectNode sim = doc.putObject("simulation");
            sim.put("average_cost_per_period", round(simulation.averageCost(), DECIMALS));
            ArrayNode interval = sim.putArray("confidence_interval_95");
            interval.add(round(simulation.lower(), DECIMALS));
            interval.add(round(simulation.upper(), DECIMALS));
            sim.put("batches", simulation.batches());
            sim.put("periods_per_batch", simulation.periodsPerBatch());
            sim.put("warm_up_periods", simulation.warmUpPeriods());
            sim.put("seed", simulation.seed());
        }
        if (optimum == null) {
            doc.putNull("optimal_average_cost_per_period");
            doc.putNull("gap_percent");
        } else {
            doc.put("optimal_average_cost_per_period", round(optimum.averageCost(), DECIMALS));
            doc.put("gap_percent", round(gapPercent(), 4));
            ObjectNode check = doc.putObject("bounds_check");
            check.put("binds", optimum.boundCheck().binds());
            check.put("reachable_states", optimum.boundCheck().reachableStates());
            check.put("detail", optimum.boundCheck().detail());
        }
        doc.put("search", search);
        if (state == null) {
            doc.putNull("state");
            doc.putNull("action");
        } else {
            Action action = policy.action(state);
            doc.put("state", state.toString());
            ObjectNode a = doc.putObject("action");
            a.put("expedited", action.expedited());
            a.put("regular", action.regular());
        }
        ArrayNode assumptions = doc.putArray("assumptions");
        assumptions().forEach(assumptions::add);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    void printText(PrintWriter out) {
        Locale root = Locale.ROOT;
        out.printf(root, "policy: %s (%s)%n", policy.code(), NAMES.get(policy.code()));
        out.printf(root, "parameters: %s%n", policy.parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        out.printf(root, "average_cost_per_period: %s%n", round(cost, DECIMALS).toPlainString());
        out.printf(root, "method: %s (%s)%n", exact ? "exact" : "simulation", method);
        if (simulation != null) {
            out.printf(root, "simulation: %s, 95 %% interval [%s, %s] (%d batches of %d periods, seed %d)%n",
                    round(simulation.averageCost(), 4).toPlainString(), round(simulation.lower(), 4)
                            .toPlainString(), round(simulation.upper(), 4).toPlainString(), simulation.batches(),
                    simulation.periodsPerBatch(), simulation.seed());
        }
        if (optimum != null && !"dp".equals(policy.code())) {
            out.printf(root, "optimum: %s (dp), gap %s %%%n", round(optimum.averageCost(), DECIMALS).toPlainString(),
                    round(gapPercent(), 2).toPlainString());
        }
        if (search != null) {
            out.printf(root, "search: %s%n", search);
        }
        if (state != null) {
            Action action = policy.action(state);
            out.printf(root, "%s in state %s: expedite %d, order %d regular%n",
                    "dp".equals(policy.code()) ? "optimal_action" : "action", state, action.expedited(),
                    action.regular());
        }
        out.println("assumptions:");
        assumptions().forEach(a -> out.println("  - " + a));
    }

    private double gapPercent() {
        return 100 * (cost - optimum.averageCost()) / optimum.averageCost();
    }

    private List<String> assumptions() {
        return List.of(
                "periodic review, backorders, expedited lead time 0, integer orders and demand",
                "period cost c_e*q_e + h*max(I,0) + b*max(-I,0) with I = x + q_e - D (regular price not counted)",
                "demand " + instance.demand().text() + " on " + instance.demand().min() + ".."
                        + instance.demand().max() + (instance.demand().text().startsWith("poisson")
                        ? " (truncated at tail mass 1e-9, renormalised)" : ""),
                "long-run average cost per period, independent of the starting state");
    }

    private static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN);
    }
}
