package be.veerkracht.simulation.montecarlo;

import be.veerkracht.simulation.DisruptionSchedule;
import be.veerkracht.simulation.EventDrivenSupplySimulator;
import be.veerkracht.simulation.Outage;
import be.veerkracht.simulation.OutageWindows;
import be.veerkracht.simulation.ShipmentDelay;
import be.veerkracht.simulation.SteadyDemand;
import be.veerkracht.simulation.SupplyOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs scenarios one at a time for one worker thread: draws the events, turns them into each touched part's
 * schedule, simulates, values and attributes the loss. Holds scratch space, so one instance per thread.
 *
 * <p>Attribution of a part's loss to what caused it: each window that touched the part (an occurrence on one of its
 * sources) gets the weight share<sub>source</sub> × days of the window inside the horizon (standby sources have
 * share 0: when only they were touched the days alone count); the loss is split in proportion and each piece is added
 * to the source's supplier, producing country and zone and to the event. A stated allocation rule, not a causal
 * truth: two events that overlap share the loss by their weight.
 */
final class ScenarioRun {

    /** Lost units below this are floating-point residue, not a stockout (as in named scenarios). */
    static final double RESIDUE_UNITS = 1e-6;

    private final StressTestModel model;
    private final StressTestSettings settings;
    private final EventSampler sampler;
    private final int[] streamEventKey;
    private final List<List<Window>> windowsByPart;
    private final int[] touched;
    private int touchedCount;
    private final double[] keyScratch;
    private final int[] keyTouched;
    private final boolean[] keyFlag;
    private int keyCount;
    private int occurrences;

    ScenarioRun(StressTestModel model, StressTestSettings settings) {
        this.model = model;
        this.settings = settings;
        this.sampler = new EventSampler(settings.seed(), settings.horizonDays());
        this.streamEventKey = new int[model.streams().size()];
        for (EventStream stream : model.streams()) {
            streamEventKey[stream.index()] = model.eventKeyOffset() + model.events().indexOf(stream.event());
        }
        int parts = model.parts().size();
        this.windowsByPart = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            windowsByPart.add(new ArrayList<>(2));
        }
        this.touched = new int[parts];
        this.keyScratch = new double[model.contributionKeys()];
        this.keyTouched = new int[model.contributionKeys()];
        this.keyFlag = new boolean[model.contributionKeys()];
    }

    /** One window on one source of one part, from one occurrence. */
    private record Window(EventStream stream, int source, int start, int end) {
    }

    ScenarioLosses run(long scenario) {
        touchedCount = 0;
        keyCount = 0;
        occurrences = 0;
        sampler.sample(scenario, model.streams(), this::apply);
        Arrays.sort(touched, 0, touchedCount);

        int horizon = settings.horizonDays();
        double total = 0;
        boolean stockout = false;
        long stepped = 0;
        int[] lossParts = new int[touchedCount];
        double[] lostUnits = new double[touchedCount];
        double[] lossEur = new double[touchedCount];
        int losers = 0;
        if (settings.engine() == StressEngine.REFERENCE) {
            int next = 0;
            for (ModelPart part : model.parts()) {
                List<Window> windows = windowsByPart.get(part.index());
                boolean hit = next < touchedCount && touched[next] == part.index();
                if (hit) {
                    next++;
                }
                DisruptionSchedule schedule = hit ? schedule(part, windows) : DisruptionSchedule.NONE;
                SupplyOutcome outcome = part.reference().run(new SteadyDemand(part.meanUnitsPerDay()), schedule,
                        horizon, false);
                stepped += horizon;
                double lost = outcome.lostUnits();
                if (lost != 0) {
                    double eur = lost * part.costEurPerUnit();
                    total += eur;
                    stockout |= lost > RESIDUE_UNITS;
                    lossParts[losers] = part.index();
                    lostUnits[losers] = lost;
                    lossEur[losers] = eur;
                    losers++;
                    attribute(part, windows, eur);
                }
            }
        } else {
            for (int t = 0; t < touchedCount; t++) {
                ModelPart part = model.parts().get(touched[t]);
                List<Window> windows = windowsByPart.get(part.index());
                EventDrivenSupplySimulator.Outcome outcome = part.fast().run(schedule(part, windows), horizon);
                stepped += outcome.daysStepped();
                double lost = outcome.lostUnits();
                if (lost != 0) {
                    double eur = lost * part.costEurPerUnit();
                    total += eur;
                    stockout |= lost > RESIDUE_UNITS;
                    lossParts[losers] = part.index();
                    lostUnits[losers] = lost;
                    lossEur[losers] = eur;
                    losers++;
                    attribute(part, windows, eur);
                }
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            windowsByPart.get(touched[t]).clear();
        }
        return new ScenarioLosses(total, stockout, Arrays.copyOf(lossParts, losers), Arrays.copyOf(lostUnits, losers),
                Arrays.copyOf(lossEur, losers), keys(), keyValues(), occurrences, stepped);
    }

    private void apply(EventSampler.Occurrence occurrence) {
        occurrences++;
        EventStream stream = occurrence.stream();
        for (int k = 0; k < stream.targetParts().length; k++) {
            int part = stream.targetParts()[k];
            int recovery = stream.recoveryDays()[k];
            int days = recovery >= 0 ? Math.max(1, recovery) : occurrence.days();
            int end = (int) Math.min((long) occurrence.startDay() + days, Integer.MAX_VALUE / 4);
            List<Window> windows = windowsByPart.get(part);
            if (windows.isEmpty()) {
                touched[touchedCount++] = part;
            }
            windows.add(new Window(stream, stream.targetSources()[k], occurrence.startDay(), Math.max(end,
                    occurrence.startDay() + 1)));
        }
    }

    /** The part's windows as a schedule: outages of one source merged (one stoppage), delays as they are. */
    private static DisruptionSchedule schedule(ModelPart part, List<Window> windows) {
        List<Outage> outages = new ArrayList<>();
        List<ShipmentDelay> delays = new ArrayList<>();
        for (Window window : windows) {
            String source = part.supply().sources().get(window.source()).id();
            if (window.stream().isDelay()) {
                delays.add(new ShipmentDelay(source, window.start(), window.end(), window.stream().extraDays()));
            } else {
                outages.add(new Outage(source, window.start(), window.end()));
            }
        }
        return new DisruptionSchedule(outages.isEmpty() ? outages : OutageWindows.merge(outages), delays);
    }

    private void attribute(ModelPart part, List<Window> windows, double eur) {
        if (windows.isEmpty() || eur == 0) {
            return;
        }
        int horizon = settings.horizonDays();
        double[] weight = new double[windows.size()];
        double sum = 0;
        double daysOnly = 0;
        for (int w = 0; w < windows.size(); w++) {
            Window window = windows.get(w);
            int days = Math.max(0, Math.min(window.end(), horizon) - window.start());
            weight[w] = part.supply().sources().get(window.source()).share() * days;
            sum += weight[w];
            daysOnly += days;
        }
        for (int w = 0; w < windows.size(); w++) {
            Window window = windows.get(w);
            double fraction;
            if (sum > 0) {
                fraction = weight[w] / sum;
            } else if (daysOnly > 0) {
                fraction = Math.max(0, Math.min(window.end(), horizon) - window.start()) / daysOnly;
            } else {
                fraction = 1.0 / windows.size();
            }
            double piece = eur * fraction;
            int source = window.source();
            add(part.sourceSupplier()[source], piece);
            if (part.sourceCountry()[source] >= 0) {
                add(model.countryKeyOffset() + part.sourceCountry()[source], piece);
            }
            if (part.sourceZone()[source] >= 0) {
                add(model.zoneKeyOffset() + part.sourceZone()[source], piece);
            }
            add(streamEventKey[window.stream().index()], piece);
        }
    }

    private void add(int key, double eur) {
        if (!keyFlag[key]) {
            keyFlag[key] = true;
            keyTouched[keyCount++] = key;
        }
        keyScratch[key] += eur;
    }

    private int[] keys() {
        int[] keys = Arrays.copyOf(keyTouched, keyCount);
        Arrays.sort(keys);
        return keys;
    }

    /** The scratch values for {@link #keys()}'s order; resets the scratch. */
    private double[] keyValues() {
        int[] keys = keys();
        double[] values = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            values[k] = keyScratch[keys[k]];
            keyScratch[keys[k]] = 0;
            keyFlag[keys[k]] = false;
        }
        return values;
    }
}
