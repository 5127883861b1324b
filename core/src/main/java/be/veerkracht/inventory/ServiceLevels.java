package be.veerkracht.inventory;

import be.veerkracht.portfolio.Criticality;
import java.util.EnumMap;
import java.util.Map;

/**
 * The cycle service level a buyer wants per criticality class. Defaults A 99 %, B 95 %, C 90 %: the common ABC
 * practice of protecting the parts that stop the line most (Silver, Pyke and Thomas 2017, §2.5 and §6.7); a choice,
 * not a law, so every figure shows the level it used and the user can pass others.
 */
public record ServiceLevels(Map<Criticality, Double> byCriticality) {

    public static final ServiceLevels DEFAULT = new ServiceLevels(Map.of(Criticality.A, 0.99, Criticality.B, 0.95,
            Criticality.C, 0.90));

    public ServiceLevels {
        EnumMap<Criticality, Double> copy = new EnumMap<>(Criticality.class);
        for (Criticality criticality : Criticality.values()) {
            Double level = byCriticality.get(criticality);
            if (level == null) {
                throw new IllegalArgumentException("no service level for criticality " + criticality);
            }
            SafetyStock.probability(level, "service level of criticality " + criticality);
            copy.put(criticality, level);
        }
        byCriticality = Map.copyOf(copy);
    }

    /** One level for every class. */
    public static ServiceLevels uniform(double level) {
        return new ServiceLevels(Map.of(Criticality.A, level, Criticality.B, level, Criticality.C, level));
    }

    public double of(Criticality criticality) {
        return byCriticality.get(criticality == null ? Criticality.DEFAULT : criticality);
    }
}
