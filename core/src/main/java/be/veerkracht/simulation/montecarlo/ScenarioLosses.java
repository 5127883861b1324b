package be.veerkracht.simulation.montecarlo;

/**
 * What one scenario cost, kept sparse: only parts that lost something and contribution keys that got something.
 *
 * @param totalEur      loss of all parts, EUR (a statistic: units × cost per unit as doubles), summed in part order
 * @param stockout      whether any part lost more than {@link ScenarioRun#RESIDUE_UNITS}
 * @param parts         indices of the parts that lost anything, ascending
 * @param lostUnits     their lost units
 * @param lossEur       their loss, EUR
 * @param keys          contribution keys that got a share, ascending (see {@link StressTestModel} key offsets)
 * @param keyEur        the share, EUR
 * @param occurrences   events drawn in the scenario
 * @param daysStepped   part-days the engine stepped
 */
record ScenarioLosses(double totalEur, boolean stockout, int[] parts, double[] lostUnits, double[] lossEur,
                      int[] keys, double[] keyEur, int occurrences, long daysStepped) {
}
