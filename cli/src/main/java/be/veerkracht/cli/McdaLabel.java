package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the mcda, ahp and countries-rank reports ({@code be/veerkracht/cli/mcda*.properties}), EN, NL, FR. */
enum McdaLabel implements MessageKey {
    TITLE_MCDA,
    TITLE_AHP,
    TITLE_COUNTRIES,
    METHOD,
    FORMULA,
    SOURCE,
    CRITERIA,
    CRITERION_LINE,
    TYPE_BENEFIT,
    TYPE_COST,
    RANKING,
    RANK_LINE,
    AHP_LINE,
    AHP_CONSISTENCY,
    AHP_CONSISTENT,
    AHP_INCONSISTENT,
    INCUMBENT,
    RULE_EXCLUDE,
    RULE_PENALISE,
    CANDIDATE_LINE,
    EXCLUDED_LINE,
    NOTHING_SHARED,
    INTERVALS,
    INTERVAL_LINE,
    INTERVAL_EXACT,
    INTERVAL_BISECTED,
    REVERSAL,
    REVERSAL_LINE,
    REVERSAL_NONE,
    SWAP,
    MONTE_CARLO,
    MONTE_CARLO_LINE,
    NOTE;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.mcda";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
