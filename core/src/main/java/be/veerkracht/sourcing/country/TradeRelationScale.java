package be.veerkracht.sourcing.country;

import be.veerkracht.geo.TradeRelation;

/**
 * The ordinal scale on which an EU trade relation enters a decision matrix as a benefit criterion: 4 EU member
 * (single market and customs union), 3 customs union or EEA (e.g. the EU–Turkey customs union, Decision 1/95),
 * 2 free-trade or association agreement in force (e.g. the EU–Vietnam FTA, the Euro-Mediterranean association
 * agreement with Morocco), 1 most-favoured-nation terms only, 0 under EU sanctions restricting trade. Ordinal: the
 * steps say "closer", not "how much closer"; with min-max or vector normalisation the distances between steps count
 * as equal, an assumption shown with every country ranking.
 */
public final class TradeRelationScale {

    /** Unit shown with the criterion. */
    public static final String UNIT = "ordinal 0..4 (4 EU member, 3 customs union/EEA, 2 FTA/association, 1 MFN, "
            + "0 sanctioned)";

    private TradeRelationScale() {
    }

    public static int score(TradeRelation relation) {
        return switch (relation) {
            case EU -> 4;
            case EEA_OR_CUSTOMS_UNION -> 3;
            case FTA -> 2;
            case MFN -> 1;
            case SANCTIONED -> 0;
        };
    }
}
