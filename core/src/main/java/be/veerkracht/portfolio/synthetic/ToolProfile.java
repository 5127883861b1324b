package be.veerkracht.portfolio.synthetic;

/**
 * The tool a category of parts needs at its supplier (a casting pattern or die, an injection mould).
 *
 * @param costEur       replacement cost, whole EUR (assumed: a die-casting die or an injection mould for
 *                      machine-building volumes costs tens of thousands of euros, up to about 150,000)
 * @param rebuildDays   calendar days to build a replacement
 * @param shotsThousand remaining life, thousands of shots (cycles)
 */
record ToolProfile(DayRange costEur, DayRange rebuildDays, DayRange shotsThousand) {
}
