package be.veerkracht.simulation.montecarlo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The Monte Carlo stress test: N scenarios of events drawn from the catalogue, each part's loss simulated, the
 * distribution summarised.
 *
 * <p><b>Determinism.</b> Scenario i draws only from streams keyed by (seed, i, ...) ({@link EventSampler}); a scenario
 * is computed by one thread from start to end; its result is stored at index i; every total is then summed in
 * scenario order by one thread. So the result is bit-identical for any number of threads.
 *
 * <p>Cost: O(N × (streams + touched parts × eventful days × sources × windows)) with the event-driven engine;
 * memory O(N × parts that lose in a scenario).
 */
public final class MonteCarloStressTest {

    /** The rules behind every result (docs/stress-test.md), shown with it. */
    public static final List<String> ASSUMPTIONS = List.of(
            "Each scenario is one horizon of events drawn from the event catalogue: every event stream (a supplier"
                    + " event per supplier site, a footprint, a global event) is a Poisson process with its annual"
                    + " rate; start days are uniform over the horizon; durations are log-normal from the catalogue's"
                    + " median and 90th percentile, rounded to whole days.",
            "Supplier events use the rate of the site's producing country's stability band (WGI political stability"
                    + " percentile thirds), unless the catalogue has a row for that supplier; fire and insolvency last"
                    + " the link's recovery_days where the portfolio gives them.",
            "An outage footprint stops every source producing inside it; a delay footprint (sea lane) adds its delay"
                    + " to every shipment by sea from a country whose freight passes it; a global event delays every"
                    + " shipment.",
            "Demand is steady at annual demand / 365 per day, unless demand noise is on: then daily demand is"
                    + " max(0, mean + weekly_demand_sd_units / sqrt(7) * Z) with Z from (seed, scenario, part, day),"
                    + " and a part's loss is what it loses with the events minus what the same demand loses without"
                    + " them. Either way the loss is what disruptions cost, not day-to-day noise (safety stock's job).",
            "Supply as in named scenarios: full pipeline at the start, receive-serve-order each day, base-stock"
                    + " replenishment, unmet demand lost, an order to a down source not placed, surviving sources flex"
                    + " to capacity after ramp-up, standby sources after qualification.",
            "Several outages of one source are one stoppage (windows merged); delays of one source add up.",
            "Lost units are valued at shortage_cost_eur_per_unit, else margin_eur_per_unit, else 0; the risk"
                    + " measures are over the horizon (annual at 365 days), estimated from the scenarios.",
            "A part's loss is attributed to the events and sources that touched it in proportion to share × days"
                    + " down or delayed within the horizon.",
            "Parts without demand or without an active source are not in the test.");

    private final StressTestModel model;

    public MonteCarloStressTest(StressTestModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public StressTestResult run(StressTestSettings settings) {
        return run(settings, StressTestProgress.NONE, () -> false);
    }

    /**
     * Runs the scenarios on {@code settings.threads()} threads. A model whose parts are replenished by (r, Q)
     * ({@link StressTestModel#needsReferenceEngine()}) runs on the reference engine whatever {@code settings} says;
     * the result's settings say which engine ran.
     *
     * @param cancelled polled before each scenario; when it turns true the run stops with a
     *                  {@link CancellationException}
     */
    public StressTestResult run(StressTestSettings requested, StressTestProgress progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(requested, "settings");
        StressTestSettings settings = model.needsReferenceEngine() ? requested.withEngine(StressEngine.REFERENCE)
                : requested;
        ScenarioLosses[] losses = new ScenarioLosses[settings.scenarios()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "veerkracht-stress-test");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                workers.add(pool.submit(() -> {
                    ScenarioRun run = new ScenarioRun(model, settings);
                    for (int s = next.getAndIncrement(); s < losses.length; s = next.getAndIncrement()) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("stress test cancelled");
                        }
                        losses[s] = run.run(s);
                        progress.scenariosDone(done.incrementAndGet(), losses.length);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("stress test interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return summarise(settings, losses);
    }

    private StressTestResult summarise(StressTestSettings settings, ScenarioLosses[] losses) {
        int n = losses.length;
        int horizon = settings.horizonDays();
        double[] totals = new double[n];
        double sum = 0;
        int stockouts = 0;
        long occurrences = 0;
        long stepped = 0;
        int partCount = model.parts().size();
        double[] partEur = new double[partCount];
        double[] partUnits = new double[partCount];
        int[] partStockouts = new int[partCount];
        double[] keyEur = new double[model.contributionKeys()];
        for (int s = 0; s < n; s++) {
            ScenarioLosses scenario = losses[s];
            totals[s] = scenario.totalEur();
            sum += scenario.totalEur();
            stockouts += scenario.stockout() ? 1 : 0;
            occurrences += scenario.occurrences();
            stepped += scenario.daysStepped();
            for (int k = 0; k < scenario.parts().length; k++) {
                int part = scenario.parts()[k];
                partEur[part] += scenario.lossEur()[k];
                partUnits[part] += scenario.lostUnits()[k];
                partStockouts[part] += scenario.lostUnits()[k] > ScenarioRun.RESIDUE_UNITS ? 1 : 0;
            }
            for (int k = 0; k < scenario.keys().length; k++) {
                keyEur[scenario.keys()[k]] += scenario.keyEur()[k];
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (double total : totals) {
            squares += (total - mean) * (total - mean);
        }
        double standardError = n > 1 ? Math.sqrt(squares / (n - 1)) / Math.sqrt(n) : 0;
        RiskMeasures risk = new RiskMeasures(totals);
        List<PartRisk> parts = new ArrayList<>();
        for (ModelPart part : model.parts()) {
            int p = part.index();
            double expectedUnits = partUnits[p] / n;
            double demand = part.demandUnits(horizon);
            parts.add(new PartRisk(part.partId(), partEur[p] / n, expectedUnits,
                    demand == 0 ? 1.0 : 1.0 - expectedUnits / demand, (double) partStockouts[p] / n));
        }
        parts.sort(Comparator.comparingDouble(PartRisk::expectedLossEur).reversed()
                .thenComparing(PartRisk::partId));
        return new StressTestResult(settings, totals, mean, standardError, mean * 365.0 / horizon,
                risk.valueAtRisk(0.95), risk.conditionalValueAtRisk(0.95), risk.valueAtRisk(0.99),
                risk.conditionalValueAtRisk(0.99), (double) stockouts / n, (double) occurrences / n, parts,
                contributions(keyEur, n, mean), stepped, model.excludedParts(), ASSUMPTIONS,
                model.eventAssumptions(), model.catalogue().version(), model.geographyVersion(),
                model.replenishment().code());
    }

    private List<LossContribution> contributions(double[] keyEur, int n, double mean) {
        List<LossContribution> all = new ArrayList<>();
        addKind(all, ContributionKind.SUPPLIER, model.suppliers(), 0, keyEur, n, mean);
        addKind(all, ContributionKind.COUNTRY, model.countries(), model.countryKeyOffset(), keyEur, n, mean);
        addKind(all, ContributionKind.ZONE, model.zones(), model.zoneKeyOffset(), keyEur, n, mean);
        addKind(all, ContributionKind.EVENT, model.events(), model.eventKeyOffset(), keyEur, n, mean);
        return all;
    }

    private void addKind(List<LossContribution> all, ContributionKind kind, List<String> keys, int offset,
                         double[] keyEur, int n, double mean) {
        List<LossContribution> ofKind = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            double expected = keyEur[offset + k] / n;
            if (expected > 0) {
                EventScope scope = kind == ContributionKind.EVENT ? model.scopeOf(keys.get(k)) : null;
                ofKind.add(new LossContribution(kind, keys.get(k), scope, expected, mean > 0 ? expected / mean : 0));
            }
        }
        ofKind.sort(Comparator.comparingDouble(LossContribution::expectedLossEur).reversed()
                .thenComparing(LossContribution::key));
        all.addAll(ofKind);
    }
}
