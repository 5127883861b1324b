package be.veerkracht.simulation;

/**
 * How much of a part to order at the end of a day, after that day's receipts and demand. Where the order goes (which
 * sources, how much each can take) is not the policy's business: the simulator splits it by share and capacity.
 * The buffers issue adds further policies (s, S), safety-stock targets.
 */
public interface ReplenishmentPolicy {

    /**
     * @param day            the day, from 0
     * @param onHandUnits    stock at the end of the day
     * @param inTransitUnits units ordered, shipped and not yet received
     * @return units to order today, &ge; 0
     */
    double orderUnits(int day, double onHandUnits, double inTransitUnits);
}
