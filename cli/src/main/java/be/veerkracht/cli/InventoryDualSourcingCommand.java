package be.veerkracht.cli;

import be.veerkracht.inventory.dualsourcing.ChainCost;
import be.veerkracht.inventory.dualsourcing.DemandDistribution;
import be.veerkracht.inventory.dualsourcing.DualIndexPolicy;
import be.veerkracht.inventory.dualsourcing.DualSourcingInstance;
import be.veerkracht.inventory.dualsourcing.DualSourcingPolicy;
import be.veerkracht.inventory.dualsourcing.OptimalSolution;
import be.veerkracht.inventory.dualsourcing.OptimisedPolicy;
import be.veerkracht.inventory.dualsourcing.PolicyEvaluation;
import be.veerkracht.inventory.dualsourcing.PolicyOptimiser;
import be.veerkracht.inventory.dualsourcing.PolicyParameters;
import be.veerkracht.inventory.dualsourcing.PolicySimulation;
import be.veerkracht.inventory.dualsourcing.RelativeValueIteration;
import be.veerkracht.inventory.dualsourcing.SimulatedCost;
import be.veerkracht.inventory.dualsourcing.State;
import be.veerkracht.inventory.dualsourcing.StateSpaceBounds;
import be.veerkracht.inventory.dualsourcing.TailoredBaseSurgePolicy;
import be.veerkracht.inventory.dualsourcing.TooManyStatesException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht inventory dual-sourcing}: one policy family's best parameters and exact average cost, or the
 * exact optimum by dynamic programming with the optimal action in a state, and the gap to the optimum
 * (docs/inventory.md).
 */
@Command(name = "dual-sourcing", mixinStandardHelpOptions = true,
        description = {"Dual sourcing with a regular (slow, cheap) and an expedited (instant, dearer) supplier:",
            "the best single index (si), dual index (di), capped dual index (cdi) or tailored base-surge (tbs)",
            "policy and its exact average cost per period, or the exact optimum (dp) by relative value iteration",
            "with the optimal action in --state. Model, policies and sources: docs/inventory.md."})
final class InventoryDualSourcingCommand implements Callable<Integer> {

    /** The DP is solved for the gap of a heuristic only up to this many states (it takes seconds there). */
    static final long GAP_STATE_LIMIT = 3_000_000L;

    @Option(names = "--regular-lead-time", required = true, paramLabel = "L",
            description = "l_r: periods from a regular order to its arrival, 1..12.")
    private int regularLeadTime;

    @Option(names = "--expedited-lead-time", defaultValue = "0", paramLabel = "L",
            description = "l_e: periods from an expedited order to its arrival; only 0 is supported (default).")
    private int expeditedLeadTime;

    @Option(names = "--expedited-premium", required = true, paramLabel = "C",
            description = "c_e: extra cost per unit expedited, over the regular price.")
    private double expeditedPremium;

    @Option(names = "--holding", required = true, paramLabel = "H",
            description = "h: cost per unit in stock at the end of a period.")
    private double holding;

    @Option(names = "--backorder", required = true, paramLabel = "B",
            description = "b: cost per unit backordered at the end of a period.")
    private double backorder;

    @Option(names = "--demand", required = true, paramLabel = "DIST",
            description = "Demand per period: uniform:A:B, poisson:MEAN (truncated at tail mass 1e-9) or "
                    + "pmf:p0,p1,... (probabilities of 0, 1, ...).")
    private String demand;

    @Option(names = "--policy", required = true, paramLabel = "P",
            description = "dp (exact optimum), cdi, di, si or tbs (best parameters of that family).")
    private String policy;

    @Option(names = "--state", paramLabel = "x,q1,...",
            description = "A state: net inventory after this period's regular arrival, then the l_r - 1 regular "
                    + "orders still to come (next first). Prints the policy's action there.")
    private String state;

    @Option(names = "--parameters", paramLabel = "NAME=VALUE,...",
            description = {"Cost this policy with these parameters instead of optimising them (names as printed,",
                "e.g. expedited_order_up_to=4,regular_order_up_to=9,regular_cap=3 for cdi). Exact when its",
                "Markov chain has at most --max-states states, else by simulation with a 95 % interval."})
    private String parameters;

    @Option(names = "--max-states", defaultValue = "2000000", paramLabel = "N",
            description = "Largest Markov chain of a --parameters policy costed exactly (default: ${DEFAULT-VALUE},"
                    + " also the most allowed); larger ones are simulated.")
    private int maxStates;

    @Option(names = "--simulate", description = {"Also estimate the heuristic's cost by simulation (20 batches of",
        "50,000 periods after 10,000 warm-up, 95 % interval by batch means), as a check of the exact cost."})
    private boolean simulate;

    @Option(names = "--seed", defaultValue = "20261128", paramLabel = "S",
            description = "Seed of the simulation's demand stream (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (for machines, schema veerkracht/dual-sourcing/1).")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DualSourcingInstance instance = instance();
        State at = state(instance);
        DualSourcingResult result;
        try {
            if ("dp".equals(policy)) {
                result = optimum(instance, at);
            } else if (parameters != null) {
                result = given(instance, at);
            } else {
                result = heuristic(instance, at);
            }
        } catch (TooManyStatesException e) {
            throw new BadInputException("inventory dual-sourcing: " + e.getMessage()
                    + "; too large to optimise exactly (try a shorter lead time or a narrower demand)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(result.json());
        } else {
            result.printText(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private DualSourcingResult heuristic(DualSourcingInstance instance, State at) throws TooManyStatesException {
        OptimisedPolicy best = new PolicyOptimiser(instance).optimise(policy);
        SimulatedCost simulated = simulate ? new PolicySimulation(instance).simulate(best.policy(), seed) : null;
        return DualSourcingResult.heuristic(instance, best, optimumForGap(instance), at, simulated);
    }

    /** A policy with the parameters given: exact if its chain is small enough, else simulated. */
    private DualSourcingResult given(DualSourcingInstance instance, State at) throws Exception {
        DualSourcingPolicy given;
        PolicyEvaluation evaluation;
        try {
            given = PolicyParameters.policy(policy, PolicyParameters.parse(parameters));
            evaluation = new PolicyEvaluation(instance, maxStates);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("inventory dual-sourcing: --parameters: " + e.getMessage());
        }
        if (given instanceof TailoredBaseSurgePolicy tbs && tbs.regularQuantity() >= instance.demand().mean()) {
            throw new BadInputException("inventory dual-sourcing: --parameters: regular_quantity "
                    + tbs.regularQuantity() + " is not below the mean demand " + instance.demand().mean()
                    + ": inventory grows without bound");
        }
        ChainCost chain = null;
        SimulatedCost simulated = null;
        try {
            chain = evaluation.evaluate(given);
        } catch (TooManyStatesException e) {
            simulated = new PolicySimulation(instance).simulate(given, seed);
        }
        if (simulate && simulated == null) {
            simulated = new PolicySimulation(instance).simulate(given, seed);
        }
        return DualSourcingResult.given(instance, given, chain, maxStates, optimumForGap(instance), at, simulated);
    }

    /** The DP for the gap, when its first box is small enough; else null. */
    private static OptimalSolution optimumForGap(DualSourcingInstance instance) throws TooManyStatesException {
        StateSpaceBounds bounds = StateSpaceBounds.around(
                (DualIndexPolicy) new PolicyOptimiser(instance).dualIndex().policy(), instance.demand());
        return bounds.states(instance.pipelineLength()) <= GAP_STATE_LIMIT
                ? RelativeValueIteration.solveWidening(instance, bounds) : null;
    }

    private DualSourcingResult optimum(DualSourcingInstance instance, State at) throws Exception {
        DualIndexPolicy di = (DualIndexPolicy) new PolicyOptimiser(instance).dualIndex().policy();
        StateSpaceBounds bounds = StateSpaceBounds.around(di, instance.demand());
        OptimalSolution solution;
        try {
            solution = RelativeValueIteration.solveWidening(instance, bounds);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("inventory dual-sourcing: " + e.getMessage());
        }
        if (at != null && !solution.bounds().contains(at)) {
            throw new BadInputException("inventory dual-sourcing: --state " + at + " is outside the solved state "
                    + "space (x in " + solution.bounds().minNetInventory() + ".." + solution.bounds()
                    .maxNetInventory() + ", pipeline orders in 0.." + solution.bounds().maxRegularOrder() + ")");
        }
        return DualSourcingResult.optimum(instance, solution, at);
    }

    private DualSourcingInstance instance() throws BadInputException {
        if (expeditedLeadTime != 0) {
            throw new BadInputException("inventory dual-sourcing: --expedited-lead-time " + expeditedLeadTime
                    + " is not supported; only 0 (the expedited order arrives at once)");
        }
        if (!java.util.List.of("dp", "cdi", "di", "si", "tbs").contains(policy)) {
            throw new BadInputException("inventory dual-sourcing: --policy must be dp, cdi, di, si or tbs, got '"
                    + policy + "'");
        }
        if ("dp".equals(policy) && parameters != null) {
            throw new BadInputException("inventory dual-sourcing: --parameters is for si, di, cdi or tbs; dp has "
                    + "none");
        }
        try {
            return new DualSourcingInstance(regularLeadTime, expeditedPremium, holding, backorder,
                    DemandDistribution.parse(demand));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("inventory dual-sourcing: " + e.getMessage());
        }
    }

    private State state(DualSourcingInstance instance) throws BadInputException {
        if (state == null) {
            return null;
        }
        try {
            State parsed = State.parse(state);
            if (parsed.pipelineLength() != instance.pipelineLength()) {
                throw new BadInputException("inventory dual-sourcing: --state needs x and " + instance
                        .pipelineLength() + " pipeline order(s) for a regular lead time of " + regularLeadTime
                        + ", got '" + state + "'");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("inventory dual-sourcing: --state: " + e.getMessage());
        }
    }
}
