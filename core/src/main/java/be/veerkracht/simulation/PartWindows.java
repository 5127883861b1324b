package be.veerkracht.simulation;

import java.util.Arrays;

/**
 * The outage and delay windows of one part in one scenario, by source index (the position in
 * {@link PartSupply#sources()}): what the {@link EventDrivenSupplySimulator} reads. Plain growing int arrays so a
 * worker thread can refill one instance for every part of every scenario without allocating. Outages of one source
 * may overlap: the engine merges them (one stoppage), as {@link OutageWindows} does for the reference. It also lends
 * the engine its working arrays, so one instance per worker thread means no allocation per part. Not thread-safe.
 */
public final class PartWindows {

    private static final int INITIAL = 8;

    int outageCount;
    int[] outageSource = new int[INITIAL];
    int[] outageStart = new int[INITIAL];
    int[] outageEnd = new int[INITIAL];
    int delayCount;
    int[] delaySource = new int[INITIAL];
    int[] delayStart = new int[INITIAL];
    int[] delayEnd = new int[INITIAL];
    int[] delayDays = new int[INITIAL];

    private double[] ring = new double[256];
    private double[] shipped = new double[4];

    /** A zeroed pipeline ring of at least {@code size} slots. */
    double[] ring(int size) {
        if (ring.length < size) {
            ring = new double[size];
        } else {
            Arrays.fill(ring, 0, size, 0.0);
        }
        return ring;
    }

    private double[] arrivals = new double[512];
    private double[] demand = new double[512];

    /** A zeroed linear arrivals array of at least {@code size} days. */
    double[] arrivals(int size) {
        if (arrivals.length < size) {
            arrivals = new double[size];
        } else {
            Arrays.fill(arrivals, 0, size, 0.0);
        }
        return arrivals;
    }

    /** A demand array of at least {@code days} days (the caller fills it). */
    double[] demand(int days) {
        if (demand.length < days) {
            demand = new double[days];
        }
        return demand;
    }

    private double[] previous = new double[4];
    private double[] pipeline = new double[256];

    double[] previous(int sources) {
        if (previous.length < sources) {
            previous = new double[sources];
        }
        return previous;
    }

    private int[] previousExtra = new int[4];

    int[] previousExtra(int sources) {
        if (previousExtra.length < sources) {
            previousExtra = new int[sources];
        }
        return previousExtra;
    }

    double[] pipeline(int slots) {
        if (pipeline.length < slots) {
            pipeline = new double[slots];
        }
        return pipeline;
    }

    double[] shipped(int sources) {
        if (shipped.length < sources) {
            shipped = new double[sources];
        }
        return shipped;
    }

    public void clear() {
        outageCount = 0;
        delayCount = 0;
    }

    /** Source {@code source} ships nothing on days [start, end). */
    public void addOutage(int source, int start, int end) {
        if (outageCount == outageSource.length) {
            outageSource = Arrays.copyOf(outageSource, 2 * outageCount);
            outageStart = Arrays.copyOf(outageStart, 2 * outageCount);
            outageEnd = Arrays.copyOf(outageEnd, 2 * outageCount);
        }
        outageSource[outageCount] = source;
        outageStart[outageCount] = start;
        outageEnd[outageCount] = end;
        outageCount++;
    }

    /** What source {@code source} ships on days [start, end) arrives {@code extraDays} later. */
    public void addDelay(int source, int start, int end, int extraDays) {
        if (delayCount == delaySource.length) {
            delaySource = Arrays.copyOf(delaySource, 2 * delayCount);
            delayStart = Arrays.copyOf(delayStart, 2 * delayCount);
            delayEnd = Arrays.copyOf(delayEnd, 2 * delayCount);
            delayDays = Arrays.copyOf(delayDays, 2 * delayCount);
        }
        delaySource[delayCount] = source;
        delayStart[delayCount] = start;
        delayEnd[delayCount] = end;
        delayDays[delayCount] = extraDays;
        delayCount++;
    }

    /** The windows of a schedule whose source ids name sources of {@code part}; others are dropped. */
    public static PartWindows of(DisruptionSchedule schedule, PartSupply part) {
        PartWindows windows = new PartWindows();
        for (Outage outage : schedule.outages()) {
            int source = indexOf(part, outage.sourceId());
            if (source >= 0) {
                windows.addOutage(source, outage.startDay(), outage.endDay());
            }
        }
        for (ShipmentDelay delay : schedule.delays()) {
            int source = indexOf(part, delay.sourceId());
            if (source >= 0) {
                windows.addDelay(source, delay.startDay(), delay.endDay(), delay.extraDays());
            }
        }
        return windows;
    }

    private static int indexOf(PartSupply part, String sourceId) {
        for (int i = 0; i < part.sources().size(); i++) {
            if (part.sources().get(i).id().equals(sourceId)) {
                return i;
            }
        }
        return -1;
    }
}
