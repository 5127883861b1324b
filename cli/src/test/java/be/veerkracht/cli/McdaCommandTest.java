package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mcda}, {@code ahp} and {@code countries rank}: numbers, schemas, languages, exit codes. */
class McdaCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    static Schema schema(String file) throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(Path.of("..", "docs", "schemas", file)));
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private JsonNode ok(CliRun run, String schemaFile) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        assertThat(schema(schemaFile).validate(document)).as("schema errors").isEmpty();
        return document;
    }

    @Test
    void mcda_reproduces_the_mcdm_package_topsis_example_as_json_in_row_order() throws Exception {
        // ktafakkori/Multi-Criteria-Optimization-in-Python, Topsis_mcdm.py (vector normalisation, equal weights,
        // cost/benefit/cost): a1 0.3238488380, a2 0.6790225178, a3 0.4090188985
        Path matrix = write("m.csv", "alternative,c1,c2,c3\na1,80,90,600\na2,65,58,200\na3,83,60,400\n");
        JsonNode document = ok(CliRun.of("mcda", "--matrix", matrix.toString(), "--types", "cost,benefit,cost",
                "--method", "topsis", "--format", "json"), "mcda.schema.json");
        assertThat(document.get("schema").asText()).isEqualTo("veerkracht/mcda/1");
        assertThat(document.at("/scores/0").asDouble()).isCloseTo(0.3238488380, offset(1e-9));
        assertThat(document.at("/scores/1").asDouble()).isCloseTo(0.6790225178, offset(1e-9));
        assertThat(document.at("/scores/2").asDouble()).isCloseTo(0.4090188985, offset(1e-9));
        assertThat(json.convertValue(document.get("ranking"), List.class)).containsExactly("a2", "a3", "a1");
        assertThat(document.get("normalisation").asText()).isEqualTo("vector");
        assertThat(document.at("/weights/0").asDouble()).isCloseTo(1.0 / 3, offset(1e-15));
        assertThat(document.get("sensitivity").isNull()).isTrue();
    }

    @Test
    void mcda_with_sensitivity_gives_the_exact_weighted_sum_breakpoints() throws Exception {
        // the matrix of RankingMethodContractTest; breakpoints from a one-off python3/numpy 2.4.6 computation
        // (WeightSensitivityTest): days [0.169839, 0.707317], stability [0, 0.412729], wage [0.299094, 0.582734]
        Path matrix = write("m.csv", "x;days;stability;wage\nA;30;7;25\nB;1;8;40\nC;5;6;35\nD;3;7;30\n");
        JsonNode document = ok(CliRun.of("mcda", "--matrix", matrix.toString(), "--types", "cost,benefit,cost",
                "--method", "wsm", "--weights", "days=3,stability=3,wage=4", "--sensitivity", "--draws", "500",
                "--format", "json"), "mcda.schema.json");
        assertThat(json.convertValue(document.get("ranking"), List.class)).containsExactly("D", "B", "A", "C");
        JsonNode days = document.at("/sensitivity/weight_intervals/0");
        assertThat(days.get("lower").asDouble()).isCloseTo(0.169839, offset(1e-6));
        assertThat(days.get("upper").asDouble()).isCloseTo(0.707317, offset(1e-6));
        assertThat(document.at("/sensitivity/rank_reversal/2/swaps/0/0").asText()).isEqualTo("D");
        assertThat(document.at("/sensitivity/monte_carlo/draws").asInt()).isEqualTo(500);
    }

    @Test
    void ahp_gives_the_textbook_weights_and_consistency() throws Exception {
        // 1-3-5 textbook matrix; python3/numpy 2.4.6: weights 0.6369855717, 0.2582849944, 0.1047294339,
        // lambda_max 3.0385110906, CI 0.0192555453, CR 0.0331992160
        Path pairwise = write("p.csv", "criterion,cost,quality,risk\ncost,1,3,5\nquality,1/3,1,3\nrisk,1/5,1/3,1\n");
        JsonNode document = ok(CliRun.of("ahp", "--pairwise", pairwise.toString(), "--format", "json"),
                "ahp.schema.json");
        assertThat(document.at("/weights/0").asDouble()).isCloseTo(0.6369855717, offset(1e-9));
        assertThat(document.at("/weights/2").asDouble()).isCloseTo(0.1047294339, offset(1e-9));
        assertThat(document.get("lambda_max").asDouble()).isCloseTo(3.0385110906, offset(1e-9));
        assertThat(document.get("ci").asDouble()).isCloseTo(0.0192555453, offset(1e-9));
        assertThat(document.get("cr").asDouble()).isCloseTo(0.0331992160, offset(1e-9));
        assertThat(document.get("consistent").asBoolean()).isTrue();
    }

    @Test
    void ahp_warns_in_dutch_when_the_judgements_contradict_each_other() throws Exception {
        Path pairwise = write("p.csv", ",a,b,c\na,1,9,1/9\nb,1/9,1,9\nc,9,1/9,1\n");
        CliRun run = CliRun.of("ahp", "--pairwise", pairwise.toString(), "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Waarschuwing: CR is hoger dan 0,10", "6,1303");
    }

    @Test
    void countries_rank_ranks_the_article_s_sample_by_default() throws Exception {
        // python3/numpy 2.4.6 on the sample (VN, PL, TR, MA; cost, cost, benefit, benefit), equal weights:
        // TOPSIS 0.1904584596, 0.8177158720, 0.7360394943, 0.7088328154; PROMETHEE II (usual) -1/6, 1/2, -1/3, 0
        JsonNode topsis = ok(CliRun.of("countries", "rank", "--format", "json"), "countries-rank.schema.json");
        assertThat(json.convertValue(topsis.get("alternatives"), List.class)).containsExactly("VN", "PL", "TR", "MA");
        double[] expected = {0.1904584596, 0.8177158720, 0.7360394943, 0.7088328154};
        for (int i = 0; i < 4; i++) {
            assertThat(topsis.at("/scores/" + i).asDouble()).isCloseTo(expected[i], offset(1e-9));
        }
        assertThat(topsis.at("/criteria/1/source").asText()).startsWith("user-supplied");
        JsonNode promethee = ok(CliRun.of("countries", "rank", "--method", "promethee", "--format", "json"),
                "countries-rank.schema.json");
        assertThat(promethee.at("/scores/0").asDouble()).isCloseTo(-1.0 / 6, offset(1e-12));
        assertThat(promethee.at("/scores/1").asDouble()).isCloseTo(0.5, offset(1e-12));
        assertThat(promethee.at("/scores/2").asDouble()).isCloseTo(-1.0 / 3, offset(1e-12));
        assertThat(promethee.at("/scores/3").asDouble()).isCloseTo(0.0, offset(1e-12));
    }

    @Test
    void countries_rank_with_ahp_weights_and_an_incumbent() throws Exception {
        // AHP of the pairwise matrix below, python3/numpy 2.4.6: weights 0.5222447193, 0.1998320037, 0.0780912733,
        // 0.1998320037, CR 0.0161086895; weighted sum (min-max) VN 0.2997480055, PL 0.8001679963, TR 0.5558672695,
        // MA 0.7193651798. Incumbent CN (CN_SPHERE, sea lane RED_SEA_SUEZ): no candidate shares its zone; VN shares
        // the sea lane (shipped countries.csv).
        Path pairwise = write("p.csv", "criterion,logistics_days_to_antwerp,wage_index,eu_trade_relation,stability\n"
                + "logistics_days_to_antwerp,1,3,5,3\nwage_index,1/3,1,3,1\neu_trade_relation,1/5,1/3,1,1/3\n"
                + "stability,1/3,1,3,1\n");
        JsonNode document = ok(CliRun.of("countries", "rank", "--method", "ahp", "--pairwise", pairwise.toString(),
                "--incumbent", "cn", "--format", "json"), "countries-rank.schema.json");
        assertThat(document.at("/ahp/weights/0").asDouble()).isCloseTo(0.5222447193, offset(1e-9));
        assertThat(document.at("/ahp/cr").asDouble()).isCloseTo(0.0161086895, offset(1e-9));
        assertThat(document.at("/scores/0").asDouble()).isCloseTo(0.2997480055, offset(1e-9));
        assertThat(document.at("/scores/3").asDouble()).isCloseTo(0.7193651798, offset(1e-9));
        assertThat(document.at("/incumbent/zone").asText()).isEqualTo("CN_SPHERE");
        assertThat(document.at("/candidates/0/country").asText()).isEqualTo("PL");
        assertThat(document.at("/candidates/0/zone").asText()).isEqualTo("EU_SINGLE_MARKET");
        JsonNode vn = document.at("/candidates/3");
        assertThat(vn.get("country").asText()).isEqualTo("VN");
        assertThat(json.convertValue(vn.get("shared_sea_lanes"), List.class)).containsExactly("RED_SEA_SUEZ");
    }

    @Test
    void countries_rank_excludes_the_incumbent_s_outage_footprints_from_reference_countries() throws Exception {
        // shipped countries.csv and footprints.csv: TW (zone INDO_PACIFIC_PARTNER) is in the TAIWAN_STRAIT outage
        // footprint with CN, so it is excluded; VN (ASEAN) shares only the RED_SEA_SUEZ sea lane, PL nothing; the
        // incumbent itself is no candidate
        JsonNode document = ok(CliRun.of("countries", "rank", "--countries", "TW,VN,PL,CN", "--incumbent", "CN",
                "--format", "json"), "countries-rank.schema.json");
        assertThat(document.get("candidates")).hasSize(3);
        assertThat(document.at("/candidates/0/excluded").asBoolean()).isFalse();
        assertThat(document.at("/candidates/1/excluded").asBoolean()).isFalse();
        JsonNode tw = document.at("/candidates/2");
        assertThat(tw.get("country").asText()).isEqualTo("TW");
        assertThat(tw.get("excluded").asBoolean()).isTrue();
        assertThat(tw.get("score").isNull()).isTrue();
        assertThat(json.convertValue(tw.get("shared_outage_footprints"), List.class)).containsExactly("TAIWAN_STRAIT");
        assertThat(document.at("/criteria/0/name").asText()).isEqualTo("transit_days_to_antwerp");
        assertThat(document.at("/data_source").asText()).contains("veerkracht-reference");
    }

    @Test
    void the_text_report_speaks_french_and_shows_the_sensitivity() {
        CliRun run = CliRun.of("countries", "rank", "--method", "wsm", "--sensitivity", "--draws", "200", "--lang",
                "fr");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CLASSEMENT DES PAYS", "Classement, le meilleur d'abord", "1. PL",
                "reste en tête", "Probabilité d'être premier", "VN wage_index: 25 (user-supplied)");
    }

    @Test
    void the_dutch_report_shows_zone_overlays_and_what_each_candidate_shares_with_the_incumbent() {
        CliRun run = CliRun.of("countries", "rank", "--incumbent", "CN", "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("LANDENRANGSCHIKKING", "Huidig land CN in zone CN_SPHERE", "weggelaten",
                "zone EU_SINGLE_MARKET   overlays NATO WASSENAAR   gedeeld met CN: niets",
                "zone ASEAN   overlays -   gedeeld met CN: RED_SEA_SUEZ", "0,8177");
    }

    @Test
    void bad_input_exits_2_naming_the_problem() throws Exception {
        Path matrix = write("m.csv", "alternative,c1,c2\na1,80,x\na2,65,58\n");
        CliRun broken = CliRun.of("mcda", "--matrix", matrix.toString(), "--types", "cost,benefit");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).contains("m.csv: row 2, c2: not a number: 'x'");
        Path good = write("g.csv", "alternative,c1,c2\na1,80,1\na2,65,58\n");
        CliRun types = CliRun.of("mcda", "--matrix", good.toString(), "--types", "cost");
        assertThat(types.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(types.err()).contains("--types gives 1 types for 2 criteria");
        CliRun weights = CliRun.of("mcda", "--matrix", good.toString(), "--types", "cost,up", "--weights", "1,1");
        assertThat(weights.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(weights.err()).contains("benefit or cost");
        CliRun ahp = CliRun.of("countries", "rank", "--method", "ahp");
        assertThat(ahp.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ahp.err()).contains("--method ahp needs --pairwise");
        Path notReciprocal = write("p.csv", ",a,b\na,1,3\nb,3,1\n");
        CliRun pairwise = CliRun.of("ahp", "--pairwise", notReciprocal.toString());
        assertThat(pairwise.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(pairwise.err()).contains("a vs b: not reciprocal");
        CliRun unknown = CliRun.of("countries", "rank", "--incumbent", "QQ");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void every_label_in_every_language() throws Exception {
        CliLabelBundles.assertComplete(McdaLabel.class);
    }
}
