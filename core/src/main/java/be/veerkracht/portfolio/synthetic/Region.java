package be.veerkracht.portfolio.synthetic;

import be.veerkracht.geo.TransportMode;
import java.util.List;

/**
 * Where a producing site is, seen from a plant in Flanders: it sets how goods travel, how long that takes, the price
 * level and the usual payment terms. Ranges are assumptions for test data: road within Western Europe takes 1–5
 * days, sea freight from East Asia to Antwerp about 30–45 days port to port plus pre- and on-carriage, the
 * China–Europe rail link 16–22 days, so an order from Asia takes 45–70 days in all and one from Europe 5–20.
 */
enum Region {
    DOMESTIC(1.05, List.of(TransportMode.ROAD), new double[] {1},
            new LeadTimeRange(5, 12, 1, 2), List.of(30, 45, 60)),
    NEIGHBOUR(1.00, List.of(TransportMode.ROAD, TransportMode.BARGE), new double[] {0.95, 0.05},
            new LeadTimeRange(7, 18, 1, 3), List.of(30, 45, 60)),
    EUROPE(0.90, List.of(TransportMode.ROAD, TransportMode.RAIL), new double[] {0.85, 0.15},
            new LeadTimeRange(10, 20, 2, 5), List.of(30, 45, 60)),
    EUROPE_EDGE(0.80, List.of(TransportMode.SHORT_SEA, TransportMode.ROAD), new double[] {0.6, 0.4},
            new LeadTimeRange(20, 40, 5, 12), List.of(30, 60, 90)),
    ASIA(0.70, List.of(TransportMode.SEA, TransportMode.RAIL, TransportMode.AIR), new double[] {0.85, 0.07, 0.08},
            new LeadTimeRange(45, 70, 30, 45), List.of(30, 60, 90)),
    AMERICAS(1.10, List.of(TransportMode.SEA, TransportMode.AIR), new double[] {0.9, 0.1},
            new LeadTimeRange(30, 55, 12, 22), List.of(30, 60));

    /** Air freight door to door, any region: a week or two of handling around 2–5 days of transit. */
    static final LeadTimeRange AIR = new LeadTimeRange(10, 25, 2, 5);
    /** China–Europe rail: 16–22 days of transit. */
    static final LeadTimeRange RAIL_FROM_ASIA = new LeadTimeRange(35, 50, 16, 22);
    /** Rhine barge from the Ruhr or Rotterdam: slower than road, cheaper for heavy castings. */
    static final LeadTimeRange BARGE = new LeadTimeRange(10, 20, 3, 6);

    /** Price level relative to a West-European source (1.0). */
    final double priceFactor;
    final List<TransportMode> modes;
    final double[] modeWeights;
    final LeadTimeRange usual;
    /** Payment terms offered, days; EU buyers rarely go past 60 (Directive 2011/7/EU, Art. 3(5)). */
    final List<Integer> paymentTermsDays;

    Region(double priceFactor, List<TransportMode> modes, double[] modeWeights, LeadTimeRange usual,
           List<Integer> paymentTermsDays) {
        this.priceFactor = priceFactor;
        this.modes = modes;
        this.modeWeights = modeWeights;
        this.usual = usual;
        this.paymentTermsDays = paymentTermsDays;
    }

    TransportMode drawMode(Draws draws) {
        double target = draws.unit();
        double sum = 0;
        for (int i = 0; i < modes.size(); i++) {
            sum += modeWeights[i];
            if (target < sum) {
                return modes.get(i);
            }
        }
        return modes.get(0);
    }

    /** Lead and transit time for goods sent by {@code mode} from this region. */
    LeadTimeRange leadTimes(TransportMode mode) {
        if (mode == TransportMode.AIR) {
            return AIR;
        }
        if (mode == TransportMode.RAIL && this == ASIA) {
            return RAIL_FROM_ASIA;
        }
        if (mode == TransportMode.BARGE) {
            return BARGE;
        }
        return usual;
    }
}
