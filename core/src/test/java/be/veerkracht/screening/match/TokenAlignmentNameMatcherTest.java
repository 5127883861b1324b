package be.veerkracht.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.Identifier;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenAlignmentNameMatcherTest extends NameMatcherContractTest {

    @Override
    protected NameMatcher createMatcher(List<ListEntry> entries) {
        return matcherOver(entries);
    }

    private static TokenAlignmentNameMatcher matcherOver(List<ListEntry> entries) {
        NameNormaliser n = new NameNormaliser();
        List<List<String>> tokens = entries.stream().flatMap(e -> e.names().stream())
                .map(name -> n.normalise(name.name()).tokens()).toList();
        return new TokenAlignmentNameMatcher(n, new TokenWeights(tokens));
    }

    private final List<ListEntry> entries = entries();
    private final TokenAlignmentNameMatcher matcher = matcherOver(entries);

    private double score(String query, int entry) {
        return matcher.match(ScreeningQuery.ofName(query), entries.get(entry)).score();
    }

    @Test
    void order_case_punctuation_and_legal_forms_do_not_matter() {
        assertThat(score("SMITH, John", 0)).isEqualTo(1.0);
        assertThat(score("Korea Ryonbong General", 3)).isEqualTo(1.0);
        assertThat(score("Korea Ryonbong General Corp. Ltd", 3)).isEqualTo(1.0);
    }

    @Test
    void initials_concatenations_and_typos_score_high_but_below_one() {
        assertThat(score("J. Smith", 0)).isBetween(0.85, 0.99);
        assertThat(score("Alqaida", 2)).isBetween(0.90, 0.99);
        assertThat(score("Saddam Husein Al-Tikriti", 1)).isBetween(0.90, 0.99);
    }

    @Test
    void a_typo_costs_less_than_a_missing_token_and_a_rare_token_more_than_a_common_word() {
        double typo = score("Tosan Tradnig International", 4);
        double missingCommon = score("Tosan International", 4);
        double missingRare = score("Trading International", 4);
        assertThat(missingCommon).isGreaterThan(missingRare);
        assertThat(typo).isLessThan(1.0);
        assertThat(missingRare).isLessThan(ListIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void the_explanation_says_how_every_token_met() {
        NameMatch m = matcher.match(ScreeningQuery.ofName("J. Snith"), entries.get(0));
        MatchExplanation e = m.explanation();
        assertThat(e.tokens()).extracting(TokenMatch::kind).containsExactly(MatchKind.INITIAL, MatchKind.TYPO);
        assertThat(e.tokens().get(1).editDistance()).isEqualTo(1);
        assertThat(e.describe()).contains("j~john initial", "snith~smith typo(1)");
        assertThat(matcher.match(ScreeningQuery.ofName("Saddam Husayn"), entries.get(1)).explanation().tokens())
                .extracting(TokenMatch::kind)
                .containsExactly(MatchKind.EXACT, MatchKind.SPELLING_VARIANT, MatchKind.UNMATCHED, MatchKind.UNMATCHED);
        assertThat(e.score()).isEqualTo(m.score());
    }

    @Test
    void a_weak_alias_is_damped() {
        ListEntry weak = new ListEntry("W", EntryKind.PERSON, List.of(new ListedName("Ahmad Khan", AliasQuality.PRIMARY,
                null), new ListedName("Abu Omar", AliasQuality.WEAK, null)), Set.of(), List.of(), List.of(), List.of(),
                null, null);
        NameMatch m = matcher.match(ScreeningQuery.ofName("Abu Omar"), weak);
        assertThat(m.score()).isEqualTo(EvidenceFactors.WEAK_ALIAS_DAMPING);
        assertThat(m.explanation().factors()).extracting(ScoreFactor::name).containsExactly("alias quality");
    }

    @Test
    void country_date_of_birth_and_identifier_boost_or_damp() {
        ListEntry e = new ListEntry("X", EntryKind.PERSON, List.of(new ListedName("Ivan Petrov", AliasQuality.PRIMARY,
                null)), Set.of("RU"), List.of("1971-05-02"), List.of(new Identifier("passport", "AB 123456", "RU")),
                List.of(), null, null);
        double base = matcher.match(ScreeningQuery.ofName("Ivan Petrof"), e).score();
        double sameCountry = matcher.match(ScreeningQuery.of("Ivan Petrof", "RU"), e).score();
        double otherCountry = matcher.match(ScreeningQuery.of("Ivan Petrof", "BE"), e).score();
        double sameYear = matcher.match(new ScreeningQuery("Ivan Petrof", null, "1971", List.of()), e).score();
        double otherYear = matcher.match(new ScreeningQuery("Ivan Petrof", null, "1985", List.of()), e).score();
        double nearYear = matcher.match(new ScreeningQuery("Ivan Petrof", null, "1972", List.of()), e).score();
        double sameId = matcher.match(new ScreeningQuery("Ivan Petrof", null, null, List.of("ab123456")), e).score();
        // boosts close a share of the gap to 1, dampings multiply (EvidenceFactors constants)
        assertThat(sameCountry).isCloseTo(base + (1 - base) * EvidenceFactors.COUNTRY_AGREEMENT_BOOST,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(otherCountry).isCloseTo(base * EvidenceFactors.COUNTRY_CONFLICT_DAMPING,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(sameYear).isGreaterThan(base).isLessThan(1.0);
        assertThat(otherYear).isCloseTo(base * EvidenceFactors.BIRTH_DATE_CONFLICT_DAMPING,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(nearYear).isEqualTo(base);
        assertThat(sameId).isGreaterThan(sameYear).isLessThan(1.0);
    }

    @Test
    void a_company_name_against_a_person_is_damped() {
        double plain = score("John Smith", 0);
        double company = score("John Smith Ltd", 0);
        assertThat(company).isEqualTo(plain * EvidenceFactors.COMPANY_AGAINST_PERSON_DAMPING);
    }
}
