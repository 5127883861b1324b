package be.veerkracht.compliance.icp;

/**
 * The red-flag questions asked of every export transaction (ICP element 4, transaction screening). A "yes" to any
 * of them stops the transaction for review by the compliance officer. Compiled from Commission Recommendation (EU)
 * 2019/1318, Annex, element 4 and its Annex 2 ("red flags"), and the US BIS "Know your customer" red flags
 * (Supplement No. 3 to 15 CFR Part 732), which the Recommendation's examples follow.
 */
public enum RedFlag {
    /** The customer or its agent is reluctant to give end-use or end-user information. */
    END_USE_WITHHELD,
    /** The item's capabilities do not fit the buyer's line of business. */
    DOES_NOT_FIT_BUSINESS,
    /** The customer has little or no business background, or is linked to the military or a WMD programme. */
    DOUBTFUL_CUSTOMER,
    /** Unusual payment: cash for a high-value order, payment by a third party, or terms far better than usual. */
    UNUSUAL_PAYMENT,
    /** Routine installation, training or maintenance is declined. */
    SERVICE_DECLINED,
    /** Delivery dates are vague, or the delivery goes to a freight forwarder or an unusual route or country. */
    UNUSUAL_DELIVERY,
    /** Unusual packaging or labelling is asked for, or the item's markings should be removed. */
    UNUSUAL_PACKAGING,
    /** The item might be used for a military end use, or re-exported to an embargoed or sanctioned country. */
    MILITARY_OR_DIVERSION_RISK;

    /** Lower-case code as stored and in the API: {@code end_use_withheld}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
