package be.veerkracht.portfolio.synthetic;

/** Lead time (order to our dock) and the transit part of it, whole calendar days. */
record LeadTimeRange(int leadMin, int leadMax, int transitMin, int transitMax) {

    LeadTimeRange {
        if (leadMin <= 0 || leadMax < leadMin || transitMin < 0 || transitMax < transitMin || transitMax > leadMin) {
            throw new IllegalArgumentException("need 0 < leadMin <= leadMax and transit within the lead time");
        }
    }
}
