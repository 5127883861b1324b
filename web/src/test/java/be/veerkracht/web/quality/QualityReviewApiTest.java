package be.veerkracht.web.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/quality/check} and {@code GET /api/v1/quality/parts/{id}} over {@link QualityFixture}. */
class QualityReviewApiTest {

    @RegisterExtension
    static final TestServerExtension SERVER = TestServerExtension.empty();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "quality-check.schema.json");

    @BeforeAll
    static void data() {
        QualityFixture.store(SERVER.server().quality());
    }

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = SERVER.server().get(path, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Test
    void the_review_follows_the_schema_and_lists_the_alerts_made_by_hand() throws Exception {
        JsonNode review = get("/api/v1/quality/check", 200);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMA));
        List<Error> errors = schema.validate(review);
        assertThat(errors).as("schema errors").isEmpty();
        assertThat(review.get("alerts")).extracting(a -> a.get("kind").asText() + " " + a.get("supplier_id").asText())
                .containsExactly("RULE_FIRED L27130", "LOW_CAPABILITY L27130", "RULE_FIRED L27130",
                        "OUT_OF_SPEC L27130", "NOT_EQUIVALENT L26020", "LOW_CAPABILITY L26020",
                        "LAB_DISAGREEMENT L26020");
        assertThat(review.at("/alerts/0/at").asText()).isEqualTo("2026-06-01T07:00:00Z");
        assertThat(review.at("/alerts/0/reason/1").asText())
                .isEqualTo("Western Electric rule 2: two of three consecutive points beyond 2 \u03c3 on the same side.");
        JsonNode dutch = get("/api/v1/quality/check?lang=nl", 200);
        assertThat(dutch.get("language").asText()).isEqualTo("nl");
        assertThat(dutch.at("/alerts/3/reason/0").asText()).startsWith("Waarde 11 mm van lot P21");
    }

    @Test
    void one_part_carries_the_chart_data_and_the_table() throws Exception {
        JsonNode part = get("/api/v1/quality/parts/120020", 200);
        assertThat(part.get("schema").asText()).isEqualTo("veerkracht/quality-check/1#part");
        JsonNode primary = part.at("/characteristics/0/suppliers/0");
        assertThat(primary.get("supplier_id").asText()).isEqualTo("L27130");
        // UCL = 10.1 + 3·0.2/1.128 = 10.631915 (QualityFixture)
        assertThat(primary.at("/chart/location/ucl").asDouble()).isCloseTo(10.631915, within(1e-6));
        assertThat(primary.at("/chart/location/points")).hasSize(22);
        assertThat(primary.at("/chart/firings/0/rule").asText()).isEqualTo("WESTERN_ELECTRIC_1");
        assertThat(primary.at("/chart/firings/0/lot").asText()).isEqualTo("P21");
        JsonNode validation = part.at("/characteristics/0/cross_validations/0");
        assertThat(validation.get("verdict").asText()).isEqualTo("NOT_EQUIVALENT");
        assertThat(validation.get("difference").asDouble()).isCloseTo(10.5 - 223.5 / 22, within(1e-9));
        assertThat(part.get("alerts")).hasSize(7);
        get("/api/v1/quality/parts/110010", 404);
    }
}
