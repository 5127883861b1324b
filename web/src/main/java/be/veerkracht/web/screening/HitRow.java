package be.veerkracht.web.screening;

import be.veerkracht.screening.match.MatchExplanation;
import be.veerkracht.screening.match.ScoreFactor;
import be.veerkracht.screening.match.TokenMatch;
import be.veerkracht.store.screening.ReviewState;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.web.page.Labels;
import java.util.List;
import java.util.Locale;

/**
 * One name hit as the page shows it: who, which list entry and name, the score, its explanation token by token and
 * factor by factor (and {@code describe()}'s line), and the review state with the last decision.
 *
 * @param key       a stable id for the row's HTML ids: the hit's position on the page
 * @param stateCode {@code open}, {@code false_positive}, {@code true_match} or {@code reopened}
 * @param reviewed  who decided what, when and why; null when nobody did
 */
public record HitRow(int key, String counterparty, String counterpartyName, String country, String list,
                     String listVersion, String entryId, String matchedName, String alias, String score,
                     String describe, List<TokenRow> tokens, String nameSimilarity, List<String> factors,
                     String state, String stateCode, String reviewed) {

    public HitRow {
        tokens = List.copyOf(tokens);
        factors = List.copyOf(factors);
    }

    static HitRow of(Labels text, int key, ScreeningResult.Hit hit) {
        MatchExplanation why = hit.hit().match().explanation();
        List<TokenRow> tokens = why.tokens().stream().map(t -> TokenRow.of(text, t)).toList();
        List<String> factors = why.factors().stream().map(ScoreFactor::describe).toList();
        String reviewed = hit.review() == null ? null : text.get(ScreeningText.REVIEWED_BY,
                hit.review().reviewedBy(), text.dateTime(hit.review().reviewedAt()),
                text.get(ScreeningText.valueOf("DECISION_" + hit.review().decision().name())), hit.review().reason());
        return new HitRow(key, hit.who().ref(), hit.who().name(), hit.who().country() == null ? ""
                : hit.who().country(), hit.hit().list().source().key(), hit.hit().list().label(),
                hit.hit().entryId(), hit.hit().match().matchedName().name(),
                text.get(ScreeningText.valueOf("ALIAS_" + hit.hit().match().matchedName().quality().name())),
                decimals(hit.hit().score()), why.describe(), tokens, decimals(why.nameSimilarity()), factors,
                state(text, hit.state()), hit.state().name().toLowerCase(Locale.ROOT), reviewed);
    }

    static String state(Labels text, ReviewState state) {
        return text.get(ScreeningText.valueOf("STATE_" + state.name()));
    }

    /** A score with three decimals, as the CLI and docs/screening.md write it. */
    static String decimals(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** True while the hit waits for a review: open or re-opened. */
    public boolean toReview() {
        return stateCode.equals("open") || stateCode.equals("reopened");
    }

    /**
     * One query token of the explanation and the listed token(s) it met.
     *
     * @param kind how they matched, in the visitor's language
     */
    public record TokenRow(String queryToken, String listedToken, String kind, String similarity, String weight) {

        static TokenRow of(Labels text, TokenMatch token) {
            return new TokenRow(token.queryToken() == null ? "-" : token.queryToken(),
                    token.listedToken() == null ? "-" : token.listedToken(),
                    text.get(ScreeningText.valueOf("MATCH_" + token.kind().name())), decimals(token.similarity()),
                    String.format(Locale.ROOT, "%.2f", token.weight()));
        }
    }
}
