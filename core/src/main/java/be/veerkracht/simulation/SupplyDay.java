package be.veerkracht.simulation;

/**
 * One day of the reference simulation, in the order things happen that day.
 *
 * @param receivedUnits  arrivals at the start of the day
 * @param demandUnits    the day's demand
 * @param lostUnits      demand not served from stock (lost, not backordered)
 * @param onHandUnits    stock at the end of the day
 * @param orderedUnits   units the policy asked for at the end of the day
 * @param shippedUnits   of those, units the sources accepted (the rest is not placed)
 * @param inTransitUnits units on their way after today's order
 */
public record SupplyDay(int day, double receivedUnits, double demandUnits, double lostUnits, double onHandUnits,
                        double orderedUnits, double shippedUnits, double inTransitUnits) {
}
