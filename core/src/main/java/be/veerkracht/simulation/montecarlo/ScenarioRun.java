package be.veerkracht.simulation.montecarlo;

import be.veerkracht.simulation.DemandPath;
import be.veerkracht.simulation.DisruptionSchedule;
import be.veerkracht.simulation.NoisyDemand;
import be.veerkracht.simulation.RandomStreams;
import be.veerkracht.simulation.EventDrivenSupplySimulator;
import be.veerkracht.simulation.Outage;
import be.veerkracht.simulation.OutageWindows;
import be.veerkracht.simulation.PartWindows;
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
    private final RandomStreams random;
    private final int[] streamEventKey;
    /** First window of each part in this scenario (-1: none); windows chain through {@link #windowNext}. */
    private final int[] windowHead;
    private int windowCount;
    private int[] windowStream = new int[256];
    private int[] windowSource = new int[256];
    private int[] windowStart = new int[256];
    private int[] windowEnd = new int[256];
    private int[] windowNext = new int[256];
    private final PartWindows partWindows = new PartWindows();
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
        this.random = new RandomStreams(settings.seed());
        this.streamEventKey = new int[model.streams().size()];
        for (EventStream stream : model.streams()) {
            streamEventKey[stream.index()] = model.eventKeyOffset() + model.events().indexOf(stream.event());
        }
        int parts = model.parts().size();
        this.windowHead = new int[parts];
        Arrays.fill(windowHead, -1);
        this.touched = new int[parts];
        this.keyScratch = new double[model.contributionKeys()];
        this.keyTouched = new int[model.contributionKeys()];
        this.keyFlag = new boolean[model.contributionKeys()];
    }

    ScenarioLosses run(long scenario) {
        touchedCount = 0;
        windowCount = 0;
        keyCount = 0;
        occurrences = 0;
        sampler.sample(scenario, model.streams(), this::apply);
        Arrays.sort(touched, 0, touchedCount);

        int horizon = settings.horizonDays();
        double total = 0;
        boolean stockout = false;
        long stepped = 0;
        // The reference runs every part, and an untouched one may show a residue of rounding drift.
        int capacity = settings.engine() == StressEngine.REFERENCE ? model.parts().size() : touchedCount;
        int[] lossParts = new int[capacity];
        double[] lostUnits = new double[capacity];
        double[] lossEur = new double[capacity];
        int losers = 0;
        if (settings.engine() == StressEngine.REFERENCE) {
            int next = 0;
            for (ModelPart part : model.parts()) {
                boolean hit = next < touchedCount && touched[next] == part.index();
                if (hit) {
                    next++;
                }
                DisruptionSchedule schedule = hit ? schedule(part) : DisruptionSchedule.NONE;
                double lost;
                if (settings.demandNoise() || model.needsReferenceEngine()) {
                    // The policy's own loss without events (demand noise, or an (r, Q) that starts short) is not
                    // the events' doing: count only what they add.
                    DemandPath demand = settings.demandNoise() ? demand(part, scenario)
                            : new SteadyDemand(part.meanUnitsPerDay());
                    lost = part.reference().run(demand, schedule, horizon, false).lostUnits()
                            - part.reference().run(demand, DisruptionSchedule.NONE, horizon, false).lostUnits();
                    stepped += 2L * horizon;
                } else {
                    SupplyOutcome outcome = part.reference().run(new SteadyDemand(part.meanUnitsPerDay()), schedule,
                            horizon, false);
                    lost = outcome.lostUnits();
                    stepped += horizon;
                }
                if (lost != 0) {
                    double eur = lost * part.costEurPerUnit();
                    total += eur;
                    stockout |= lost > RESIDUE_UNITS;
                    lossParts[losers] = part.index();
                    lostUnits[losers] = lost;
                    lossEur[losers] = eur;
                    losers++;
                    attribute(part, eur);
                }
            }
        } else {
            for (int t = 0; t < touchedCount; t++) {
                ModelPart part = model.parts().get(touched[t]);
                fill(part);
                EventDrivenSupplySimulator.Outcome outcome = settings.demandNoise()
                        ? part.fast().runAttributable(partWindows, horizon, demand(part, scenario))
                        : part.fast().run(partWindows, horizon);
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
                    attribute(part, eur);
                }
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            windowHead[touched[t]] = -1;
        }
        return new ScenarioLosses(total, stockout, Arrays.copyOf(lossParts, losers), Arrays.copyOf(lostUnits, losers),
                Arrays.copyOf(lossEur, losers), keys(), keyValues(), occurrences, stepped);
    }

    /** The part's noisy demand in this scenario, from (seed, scenario, part index, day). */
    private DemandPath demand(ModelPart part, long scenario) {
        return new NoisyDemand(part.meanUnitsPerDay(), part.sdUnitsPerDay(), random, scenario, part.index());
    }

    private void apply(EventSampler.Occurrence occurrence) {
        occurrences++;
        EventStream stream = occurrence.stream();
        for (int k = 0; k < stream.targetParts().length; k++) {
            int part = stream.targetParts()[k];
            int recovery = stream.recoveryDays()[k];
            int days = recovery >= 0 ? Math.max(1, recovery) : occurrence.days();
            int end = (int) Math.min((long) occurrence.startDay() + days, Integer.MAX_VALUE / 4);
            if (windowHead[part] < 0) {
                touched[touchedCount++] = part;
            }
            addWindow(part, stream.index(), stream.targetSources()[k], occurrence.startDay(), end);
        }
    }

    /** Appends a window to the part's chain (kept in the order drawn: the attribution sums in that order). */
    private void addWindow(int part, int stream, int source, int start, int end) {
        if (windowCount == windowStream.length) {
            int size = 2 * windowCount;
            windowStream = Arrays.copyOf(windowStream, size);
            windowSource = Arrays.copyOf(windowSource, size);
            windowStart = Arrays.copyOf(windowStart, size);
            windowEnd = Arrays.copyOf(windowEnd, size);
            windowNext = Arrays.copyOf(windowNext, size);
        }
        int w = windowCount++;
        windowStream[w] = stream;
        windowSource[w] = source;
        windowStart[w] = start;
        windowEnd[w] = end;
        windowNext[w] = -1;
        if (windowHead[part] < 0) {
            windowHead[part] = w;
        } else {
            int last = windowHead[part];
            while (windowNext[last] >= 0) {
                last = windowNext[last];
            }
            windowNext[last] = w;
        }
    }

    /** The part's windows into the reusable {@link PartWindows}, for the event-driven engine. */
    private void fill(ModelPart part) {
        partWindows.clear();
        for (int w = windowHead[part.index()]; w >= 0; w = windowNext[w]) {
            EventStream stream = model.streams().get(windowStream[w]);
            if (stream.isDelay()) {
                partWindows.addDelay(windowSource[w], windowStart[w], windowEnd[w], stream.extraDays());
            } else {
                partWindows.addOutage(windowSource[w], windowStart[w], windowEnd[w]);
            }
        }
    }

    /** The part's windows as a schedule for the reference: outages of one source merged, delays as they are. */
    private DisruptionSchedule schedule(ModelPart part) {
        List<Outage> outages = new ArrayList<>();
        List<ShipmentDelay> delays = new ArrayList<>();
        for (int w = windowHead[part.index()]; w >= 0; w = windowNext[w]) {
            EventStream stream = model.streams().get(windowStream[w]);
            String source = part.supply().sources().get(windowSource[w]).id();
            if (stream.isDelay()) {
                delays.add(new ShipmentDelay(source, windowStart[w], windowEnd[w], stream.extraDays()));
            } else {
                outages.add(new Outage(source, windowStart[w], windowEnd[w]));
            }
        }
        return new DisruptionSchedule(outages.isEmpty() ? outages : OutageWindows.merge(outages), delays);
    }

    private void attribute(ModelPart part, double eur) {
        int head = windowHead[part.index()];
        if (head < 0 || eur == 0) {
            return;
        }
        int horizon = settings.horizonDays();
        double sum = 0;
        double daysOnly = 0;
        int count = 0;
        for (int w = head; w >= 0; w = windowNext[w]) {
            int days = Math.max(0, Math.min(windowEnd[w], horizon) - windowStart[w]);
            sum += part.supply().sources().get(windowSource[w]).share() * days;
            daysOnly += days;
            count++;
        }
        for (int w = head; w >= 0; w = windowNext[w]) {
            int days = Math.max(0, Math.min(windowEnd[w], horizon) - windowStart[w]);
            double fraction;
            if (sum > 0) {
                fraction = part.supply().sources().get(windowSource[w]).share() * days / sum;
            } else if (daysOnly > 0) {
                fraction = days / daysOnly;
            } else {
                fraction = 1.0 / count;
            }
            double piece = eur * fraction;
            int source = windowSource[w];
            add(part.sourceSupplier()[source], piece);
            if (part.sourceCountry()[source] >= 0) {
                add(model.countryKeyOffset() + part.sourceCountry()[source], piece);
            }
            if (part.sourceZone()[source] >= 0) {
                add(model.zoneKeyOffset() + part.sourceZone()[source], piece);
            }
            add(streamEventKey[windowStream[w]], piece);
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
