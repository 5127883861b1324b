package be.veerkracht.web.api;

import be.veerkracht.screening.match.MatchExplanation;
import be.veerkracht.screening.match.ScoreFactor;
import be.veerkracht.screening.match.TokenMatch;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.store.screening.StoredListVersion;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A screening as JSON (schema {@value #SCHEMA}): the list versions used, every hit with its score, the explanation of
 * the score token by token and factor by factor, and its review state; counterparties in embargoed countries. One
 * mapping for {@code veerkracht screen --format json} and the API.
 */
public final class ScreeningDocument {

    public static final String SCHEMA = "veerkracht/screening/1";
    private static final int SCORE_DECIMALS = 4;

    private ScreeningDocument() {
    }

    public static ObjectNode of(ScreeningResult result) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        ArrayNode versions = root.putArray("list_versions");
        for (StoredListVersion v : result.versions()) {
            versions.addObject().put("id", v.id()).put("source", v.version().source().key())
                    .put("publication_date", v.version().publicationDate() == null ? null
                            : v.version().publicationDate().toString())
                    .put("content_sha256", v.version().contentHash()).put("entries", v.version().entryCount())
                    .put("label", v.version().label());
        }
        root.put("screened", result.screened().size());
        root.put("threshold", result.threshold());
        ArrayNode matches = root.putArray("matches");
        for (ScreeningResult.Hit hit : result.hits()) {
            ObjectNode node = matches.addObject().put("counterparty", hit.who().ref())
                    .put("counterparty_name", hit.who().name()).put("country", hit.who().country())
                    .put("list", hit.hit().list().source().key()).put("list_version", hit.hit().list().label())
                    .put("entry_id", hit.hit().entryId())
                    .put("name", hit.hit().match().matchedName().name())
                    .put("alias_quality", lower(hit.hit().match().matchedName().quality()))
                    .put("score", round(hit.hit().score()));
            explanation(node.putObject("explanation"), hit.hit().match().explanation());
            ObjectNode review = node.putObject("review").put("state", lower(hit.state()));
            if (hit.review() != null) {
                review.put("decision", lower(hit.review().decision())).put("reason", hit.review().reason())
                        .put("reviewed_by", hit.review().reviewedBy())
                        .put("reviewed_at", hit.review().reviewedAt().toString());
            }
        }
        ArrayNode countries = root.putArray("country_concerns");
        for (ScreeningResult.CountryConcern concern : result.countries()) {
            countries.addObject().put("counterparty", concern.who().ref())
                    .put("counterparty_name", concern.who().name()).put("country", concern.who().country())
                    .put("rule", concern.rule().id()).put("kind", lower(concern.rule().kind()))
                    .put("text", concern.rule().text()).put("source", concern.rule().source());
        }
        root.put("open", result.open());
        if (result.auditSeq() == 0) {
            root.putNull("audit_seq");
        } else {
            root.put("audit_seq", result.auditSeq());
        }
        return root;
    }

    private static void explanation(ObjectNode node, MatchExplanation explanation) {
        node.put("query", explanation.query()).put("listed", explanation.listed());
        explanation.queryForms().forEach(node.putArray("query_legal_forms")::add);
        explanation.listedForms().forEach(node.putArray("listed_legal_forms")::add);
        ArrayNode tokens = node.putArray("tokens");
        for (TokenMatch token : explanation.tokens()) {
            tokens.addObject().put("query_token", token.queryToken()).put("listed_token", token.listedToken())
                    .put("kind", lower(token.kind())).put("edit_distance", token.editDistance())
                    .put("similarity", round(token.similarity())).put("weight", round(token.weight()));
        }
        node.put("name_similarity", round(explanation.nameSimilarity()));
        ArrayNode factors = node.putArray("factors");
        for (ScoreFactor factor : explanation.factors()) {
            factors.addObject().put("name", factor.name()).put("effect", lower(factor.effect()))
                    .put("value", round(factor.value())).put("reason", factor.reason());
        }
        node.put("text", explanation.describe());
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
