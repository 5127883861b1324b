package be.veerkracht.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API against a real server, over the sample portfolio and over an empty database. */
class ApiHandlersTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "assess.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Json.CONTENT_TYPE));
        return MAPPER.readTree(response.body());
    }

    @Nested
    class Health {
        @Test
        void is_up() throws Exception {
            HttpResponse<String> response = SAMPLE.server().get("/api/v1/health");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response)).isEqualTo(MAPPER.readTree("{\"status\":\"UP\"}"));
        }
    }

    @Nested
    class Assessment {
        @Test
        void follows_the_cli_schema_with_the_sample_figures() throws Exception {
            HttpResponse<String> response = SAMPLE.server().get("/api/v1/assessment");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode json = json(response);
            try (InputStream in = Files.newInputStream(SCHEMA)) {
                Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
                List<Error> errors = schema.validate(json);
                assertThat(errors).as("schema errors").isEmpty();
            }
            // Figures from the sample's README and the CLI's AssessAndDemoCommandTest (same files, same rules).
            assertThat(json.at("/schema").asText()).isEqualTo("veerkracht/assess/1");
            assertThat(json.at("/portfolio/parts").asInt()).isEqualTo(180);
            assertThat(json.at("/portfolio/annual_spend_eur").decimalValue()).isEqualByComparingTo("40078127.78");
            assertThat(json.at("/snapshot/id").asLong()).isEqualTo(1);
            assertThat(json.at("/snapshot/source").asText()).isEqualTo("examples/flemish-machine-builder");
            Map<String, Integer> classes = new HashMap<>();
            json.get("parts").forEach(p -> classes.merge(p.get("sourcing_class").asText(), 1, Integer::sum));
            assertThat(classes).containsEntry("SINGLE", 111).containsEntry("SAME_COUNTRY", 7)
                    .containsEntry("SAME_FOOTPRINT", 9).containsEntry("SAME_ZONE", 15).containsEntry("DIVERSIFIED", 38);
            assertThat(json.get("findings").size()).isEqualTo(TestServer.sampleAssessment().findings().size());
        }

        @Test
        void is_404_json_before_any_import() throws Exception {
            HttpResponse<String> response = EMPTY.server().get("/api/v1/assessment");
            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode json = json(response);
            assertThat(json.get("error").asText()).isEqualTo("no snapshot yet");
            assertThat(json.get("details").get(0).asText()).contains("veerkracht import");
        }
    }

    @Nested
    class Snapshots {
        @Test
        void lists_the_import() throws Exception {
            JsonNode json = json(SAMPLE.server().get("/api/v1/snapshots"));
            assertThat(json.get("snapshots")).hasSize(1);
            JsonNode first = json.get("snapshots").get(0);
            assertThat(first.get("id").asLong()).isEqualTo(1);
            assertThat(first.get("parts").asInt()).isEqualTo(180);
            assertThat(first.get("actor").asText()).isEqualTo("test");
            assertThat(first.get("content_sha256").asText()).matches("[0-9a-f]{64}");
        }

        @Test
        void is_an_empty_list_before_any_import() throws Exception {
            HttpResponse<String> response = EMPTY.server().get("/api/v1/snapshots?limit=5");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).get("snapshots")).isEmpty();
        }

        @Test
        void refuses_a_bad_limit_with_400_json() throws Exception {
            for (String limit : List.of("abc", "0", "1001", "-3", "1.5")) {
                HttpResponse<String> response = SAMPLE.server().get("/api/v1/snapshots?limit=" + limit);
                assertThat(response.statusCode()).as(limit).isEqualTo(400);
                JsonNode json = json(response);
                assertThat(json.get("error").asText()).isEqualTo("bad parameter");
                assertThat(json.get("details").get(0).asText()).contains("limit").contains(limit);
            }
        }
    }

    @Nested
    class UnknownRoutes {
        @Test
        void answer_404_json_under_api() throws Exception {
            HttpResponse<String> response = SAMPLE.server().get("/api/v1/nothing-here", "text/html");
            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode json = json(response);
            assertThat(json.get("error").asText()).isEqualTo("not found");
            assertThat(json.get("details").get(0).asText()).isEqualTo("GET /api/v1/nothing-here");
        }
    }
}
