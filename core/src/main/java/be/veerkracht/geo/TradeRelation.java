package be.veerkracht.geo;

/** How trade with the EU is governed, from closest to most restricted (reference data). */
public enum TradeRelation {
    /** Inside the EU's single market and customs union. */
    EU,
    /** EEA, customs union (Türkiye) or comparable deep agreement. */
    EEA_OR_CUSTOMS_UNION,
    /** A free-trade or economic-partnership agreement in force. */
    FTA,
    /** Most-favoured-nation terms only (WTO). */
    MFN,
    /** Under EU sanctions restricting trade. */
    SANCTIONED
}
