package be.veerkracht.sourcing.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.Overlay;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TradeRelation;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.geo.Zone;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.sourcing.mcda.WeightedSumRanking;
import be.veerkracht.sourcing.mcda.Weights;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiversificationTest {

    /** A small geography with the shipped data's shape: CN and HK in CN_SPHERE, TW outside it but in TAIWAN_STRAIT. */
    static final ReferenceGeography GEOGRAPHY = new ReferenceGeography("test 2026-11",
            List.of(zone("CN_SPHERE"), zone("EAST_ASIA_ALLY"), zone("ASEAN"), zone("EU_SINGLE_MARKET")),
            List.of(profile("CN", "CN_SPHERE", TradeRelation.MFN, 25.1, 27.7, Set.of(), Set.of("RED_SEA_SUEZ")),
                    profile("HK", "CN_SPHERE", TradeRelation.MFN, 40.0, 27.0, Set.of(), Set.of("RED_SEA_SUEZ")),
                    profile("TW", "EAST_ASIA_ALLY", TradeRelation.MFN, 60.0, 28.0, Set.of(Overlay.WASSENAAR),
                            Set.of("RED_SEA_SUEZ")),
                    profile("VN", "ASEAN", TradeRelation.FTA, 45.0, 23.7, Set.of(), Set.of("RED_SEA_SUEZ")),
                    profile("PL", "EU_SINGLE_MARKET", TradeRelation.EU, 64.0, 2.0,
                            Set.of(Overlay.NATO, Overlay.WASSENAAR), Set.of())),
            List.of(new Footprint("TAIWAN_STRAIT", FootprintKind.OUTAGE, Set.of(code("CN"), code("HK"),
                    code("TW")), 0, "test"), new Footprint("RED_SEA_SUEZ", FootprintKind.DELAY, Set.of(), 10,
                    "test")));

    // One criterion only, a benefit: cheapness score 10 HK, 9 TW, 8 VN, 5 PL (by construction: HK best, PL worst)
    private static CountryMatrix candidates() {
        return new CountryMatrix(be.veerkracht.sourcing.mcda.DecisionMatrix.of(List.of("HK", "TW", "VN", "PL", "CN"),
                List.of(Criterion.of("cheapness", CriterionType.BENEFIT)),
                new double[][] {{10}, {9}, {8}, {5}, {7}}), List.of(), "test");
    }

    @Test
    void exclude_leaves_out_the_incumbent_s_zone_and_outage_footprints_and_the_incumbent() {
        DiversifiedRanking result = new Diversification(GEOGRAPHY, new WeightedSumRanking(),
                DiversificationRule.EXCLUDE).rank(candidates(), Weights.equal(1), code("CN"));
        assertThat(result.incumbentZone()).isEqualTo("CN_SPHERE");
        assertThat(result.candidates()).extracting(CandidateCountry::country).containsExactly("VN", "PL", "HK", "TW");
        assertThat(result.candidates()).extracting(CandidateCountry::excluded)
                .containsExactly(false, false, true, true);
        CandidateCountry hk = result.candidates().get(2);
        assertThat(hk.sharedOutages()).containsExactly("CN_SPHERE", "TAIWAN_STRAIT");
        CandidateCountry tw = result.candidates().get(3);
        assertThat(tw.zone()).isEqualTo("EAST_ASIA_ALLY");
        assertThat(tw.sharedOutages()).containsExactly("TAIWAN_STRAIT");
        CandidateCountry vn = result.candidates().get(0);
        assertThat(vn.sharedSeaLanes()).containsExactly("RED_SEA_SUEZ");
        assertThat(vn.tier()).isEqualTo(1);
        assertThat(result.candidates().get(1).overlays()).containsExactlyInAnyOrder(Overlay.NATO, Overlay.WASSENAAR);
        // min-max over VN 8 and PL 5: VN 1, PL 0
        assertThat(vn.score()).isEqualTo(1.0);
        assertThat(result.candidates().get(1).score()).isEqualTo(0.0);
    }

    @Test
    void penalise_ranks_sea_lane_sharers_after_the_clean_and_the_zone_last_keeping_scores() {
        DiversifiedRanking result = new Diversification(GEOGRAPHY, new WeightedSumRanking(),
                DiversificationRule.PENALISE).rank(candidates(), Weights.equal(1), code("CN"));
        // tiers: PL 0, VN 1, HK 2 and TW 2 (HK above TW on score); min-max over 10..5: HK 1, TW 0.8, VN 0.6, PL 0
        assertThat(result.candidates()).extracting(CandidateCountry::country).containsExactly("PL", "VN", "HK", "TW");
        assertThat(result.candidates()).extracting(CandidateCountry::place).containsExactly(1, 2, 3, 4);
        assertThat(result.candidates()).extracting(CandidateCountry::score).containsExactly(0.0, 0.6, 1.0, 0.8);
    }

    @Test
    void an_unknown_incumbent_is_refused() {
        assertThatThrownBy(() -> new Diversification(GEOGRAPHY, new WeightedSumRanking(), DiversificationRule.EXCLUDE)
                .rank(candidates(), Weights.equal(1), code("JP"))).hasMessageContaining("JP");
    }

    @Test
    void the_builder_takes_the_fastest_surface_mode_the_ordinal_trade_scale_and_the_user_s_criteria() {
        UserCriterion wage = new UserCriterion(new Criterion("wage_index", CriterionType.COST, "index",
                "user-supplied"), Map.of(code("VN"), 25.0, code("PL"), 40.0));
        CountryMatrix matrix = new CountryMatrixBuilder(GEOGRAPHY).build(List.of(code("VN"), code("PL")),
                List.of(wage));
        assertThat(matrix.matrix().criteria()).extracting(Criterion::name).containsExactly(
                CountryMatrixBuilder.TRANSIT, CountryMatrixBuilder.TRADE, CountryMatrixBuilder.STABILITY, "wage_index");
        // VN: sea 23.7 days, FTA = 2, WGI 45; PL: road 2.0 (air 0.5 ignored), EU = 4, WGI 64
        assertThat(matrix.matrix().values().get(0)).containsExactly(23.7, 2.0, 45.0, 25.0);
        assertThat(matrix.matrix().values().get(1)).containsExactly(2.0, 4.0, 64.0, 40.0);
        assertThat(matrix.version()).contains("test 2026-11");
        assertThatThrownBy(() -> new CountryMatrixBuilder(GEOGRAPHY).build(List.of(code("CN")), List.of(wage)))
                .hasMessageContaining("CN: no value for wage_index");
    }

    private static Zone zone(String code) {
        return new Zone(code, code, code, code, "test");
    }

    private static CountryCode code(String alpha2) {
        return CountryCode.parse(alpha2);
    }

    private static CountryProfile profile(String code, String zone, TradeRelation relation, double wgi, double days,
                                          Set<Overlay> overlays, Set<String> lanes) {
        TransportMode mode = days < 5 ? TransportMode.ROAD : TransportMode.SEA;
        return new CountryProfile(code(code), zone, relation, wgi, Map.of(mode, days, TransportMode.AIR, 0.5),
                overlays, lanes);
    }
}
