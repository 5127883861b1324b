package be.veerkracht.compliance;

import static be.veerkracht.compliance.TestRuleSets.cc;
import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.CountryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the export check over every combination of classification, destination, end use, transfer and
 * stated circumstance (a contract test in the JGraphT manner: properties that hold whatever the case). The
 * invariants restate the precedence of {@link ExportCheck}: embargo/prohibition &gt; catch-all &gt; Annex IV inside
 * the Union &gt; free inside the Union &gt; UGEA &gt; individual licence.
 */
class ExportCheckContractTest {

    private static final ExportRuleSet RULES = TestRuleSets.standard();
    private static final ExportCheck CHECK = new ExportCheck(RULES);
    private static final List<ControlStatus> STATUSES = List.of(ControlStatus.listed("3A001.a.1"),
            ControlStatus.listed("5A004.a"), ControlStatus.listed("0B001"), ControlStatus.listed("1C012"),
            ControlStatus.listed("5A001"), ControlStatus.notListed("checked"), ControlStatus.unclassified());
    private static final List<String> DESTINATIONS = List.of("BE", "NL", "LU", "DE", "FR", "US", "JP", "CH", "CN",
            "IN", "RU", "SY", "CD");
    /** End-use text and declared category, in pairs: silent, civil, military, WMD and surveillance by either. */
    private static final List<Object[]> END_USES = List.of(new Object[] {"", EndUseCategory.UNSPECIFIED},
            new Object[] {"machine for a dairy", EndUseCategory.CIVIL},
            new Object[] {"for the army", EndUseCategory.UNSPECIFIED},
            new Object[] {"", EndUseCategory.MILITARY},
            new Object[] {"ballistic test stand", EndUseCategory.UNSPECIFIED},
            new Object[] {"", EndUseCategory.WMD},
            new Object[] {"lawful interception centre", EndUseCategory.CYBER_SURVEILLANCE});

    static Stream<ExportQuery> queries() {
        List<ExportQuery> queries = new ArrayList<>();
        for (ControlStatus status : STATUSES) {
            for (String destination : DESTINATIONS) {
                for (Object[] endUse : END_USES) {
                    for (TransferKind transfer : TransferKind.values()) {
                        for (Set<UgeaCondition> stated : List.of(Set.<UgeaCondition>of(),
                                Set.of(UgeaCondition.INTRA_GROUP))) {
                            queries.add(ExportQuery.of(ExportItem.part("P1", status), cc(destination))
                                    .withEndUse((String) endUse[0], (EndUseCategory) endUse[1])
                                    .withTransfer(transfer).withCircumstances(stated));
                        }
                    }
                }
            }
        }
        return queries.stream();
    }

    private static boolean member(CountryCode country) {
        return RULES.rulesOf(EuMemberState.class).stream().anyMatch(m -> m.country().equals(country));
    }

    private static boolean embargo(CountryCode country, Embargo.Kind kind) {
        return RULES.rulesOf(Embargo.class).stream().anyMatch(e -> e.country().equals(country) && e.kind() == kind);
    }

    @ParameterizedTest(name = "query {index}")
    @MethodSource("queries")
    void every_decision_keeps_the_invariants(ExportQuery query) {
        ExportDecision decision = CHECK.check(query);
        boolean listed = query.item().status() instanceof ControlStatus.Listed;
        boolean intraEu = member(query.destination());

        // traceability: a version, at least one rule, an explanation naming the decision; deterministic
        assertThat(decision.ruleSetVersion()).isEqualTo(RULES.version());
        assertThat(decision.rules()).isNotEmpty();
        assertThat(decision.explanation()).contains(decision.decision().name());
        assertThat(CHECK.check(query)).isEqualTo(decision);

        // a listed item to a destination with a dual-use ban is prohibited (Reg. 833/2014, Art. 2)
        if (listed && embargo(query.destination(), Embargo.Kind.DUAL_USE_BAN)) {
            assertThat(decision.decision()).isEqualTo(Decision.PROHIBITED);
        }
        // a listed item to an arms-embargoed destination never goes without an individual licence
        if (listed && embargo(query.destination(), Embargo.Kind.ARMS_EMBARGO)) {
            assertThat(decision.decision()).isIn(Decision.PROHIBITED, Decision.INDIVIDUAL_LICENCE);
        }
        // only a prohibition ever gives PROHIBITED
        if (decision.decision() == Decision.PROHIBITED) {
            assertThat(embargo(query.destination(), Embargo.Kind.DUAL_USE_BAN) && listed).isTrue();
        }
        // a declared WMD end use out of the Union is never cleared (Art. 4(1)(a)), unless prohibited outright
        if (!intraEu && query.endUseCategory() == EndUseCategory.WMD) {
            assertThat(decision.decision()).isIn(Decision.INDIVIDUAL_LICENCE, Decision.PROHIBITED);
        }
        // inside the Union: no general authorisation, no prohibition
        if (intraEu) {
            assertThat(decision.decision()).isNotIn(Decision.UGEA, Decision.PROHIBITED);
        }
        // NOT_LISTED only for an item classified as not listed; UNCLASSIFIED only for an unclassified one
        if (decision.decision() == Decision.NOT_LISTED) {
            assertThat(query.item().status()).isInstanceOf(ControlStatus.NotListed.class);
        }
        if (decision.decision() == Decision.UNCLASSIFIED) {
            assertThat(query.item().status()).isInstanceOf(ControlStatus.Unclassified.class);
            assertThat(decision.flagged(ReviewFlag.Kind.CLASSIFY_FIRST)).isTrue();
        }
        // a general authorisation is valid for the destination and covers the kind of transfer
        if (decision.decision() == Decision.UGEA) {
            UgeaAuthorisation ugea = RULES.rulesOf(UgeaAuthorisation.class).stream()
                    .filter(u -> u.id().equals(decision.authorisation().orElseThrow().id())).findFirst()
                    .orElseThrow();
            assertThat(ugea.validFor(query.destination())).isTrue();
            assertThat(query.technology() ? ugea.coversTechnology() : ugea.coversGoods()).isTrue();
            assertThat(ugea.condition() == UgeaCondition.NONE
                    || query.circumstances().contains(ugea.condition())).isTrue();
        }
        // a red-flag end use is always on the record when a catch-all decided
        if (decision.rules().stream().anyMatch(r -> r.id().startsWith("ART4") || r.id().startsWith("ART5"))) {
            assertThat(decision.flagged(ReviewFlag.Kind.RED_FLAG_END_USE)).isTrue();
            assertThat(decision.decision()).isEqualTo(Decision.INDIVIDUAL_LICENCE);
        }
    }
}
