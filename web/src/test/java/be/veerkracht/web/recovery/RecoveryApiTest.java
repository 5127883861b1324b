package be.veerkracht.web.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.exposure.recovery.NodeKind;
import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.exposure.recovery.RecoveryAssessment;
import be.veerkracht.exposure.recovery.TimeToSurviveAnalysis;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.store.user.Role;
import be.veerkracht.web.ApiCalls;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.api.RecoveryDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /api/v1/recovery} and {@code GET /api/v1/recovery/nodes/{kind}/{id}} against a real server over the
 * sample portfolio, called as a script does (a personal token), and checked against {@link TimeToSurviveAnalysis}
 * run directly on the sample's files with the shipped geography and event catalogue.
 */
class RecoveryApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String token;
    private static RecoveryAssessment direct;

    @BeforeAll
    static void prepare() {
        token = SAMPLE.server().tokens().create("test", TestServer.ADMIN).text();
        direct = new TimeToSurviveAnalysis(ReferenceGeographyLoader.shipped(), EventCatalogueLoader.shipped())
                .assess(TestServer.samplePortfolio());
    }

    static HttpResponse<String> get(String path) {
        Browser client = SAMPLE.server().newBrowser();
        return client.send(client.request(path).header("Authorization", "Bearer " + token).GET());
    }

    static JsonNode json(HttpResponse<String> response) {
        return ApiCalls.json(response);
    }

    /** The same tree as the mapping gives, once written and read back (numbers as JSON carries them). */
    static JsonNode expected(Object tree) {
        try {
            return JSON.readTree(JSON.writeValueAsString(tree));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_node_of_the_sample_as_the_analysis_finds_it() {
        HttpResponse<String> answer = get("/api/v1/recovery");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(answer);
        assertThat(body.get("schema").asText()).isEqualTo("veerkracht/exposure-recovery/1");
        for (String field : List.of("nodes", "actions", "assumptions", "reference_geography", "event_catalogue")) {
            assertThat(body.has(field)).as(field).isTrue();
        }
        assertThat(body.get("nodes")).hasSize(direct.nodes().size());
        assertThat(direct.nodes()).as("the sample has suppliers, so nodes").isNotEmpty();
        JsonNode first = body.get("nodes").get(0);
        NodeRecovery largest = direct.nodes().get(0);
        assertThat(first.get("node").asText()).isEqualTo(largest.node().id());
        assertThat(first.get("kind").asText()).isEqualTo(largest.node().kind().code());
        assertThat(first.get("ttr_days").asDouble()).isCloseTo(largest.ttrDays(), within(5e-7));
        // EUR to the cent in the document (an LP optimum shown as money)
        assertThat(first.get("performance_impact_eur").asDouble())
                .isCloseTo(largest.performanceImpactEur(), within(0.005));
        assertThat(first.get("exposed").asBoolean()).isEqualTo(largest.exposed());
        assertThat(first.get("parts")).hasSize(largest.parts().size());
        assertThat(body).isEqualTo(expected(RecoveryDocument.of(direct)));
        // sorted by impact, largest first, as the analysis promises
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode node : body.get("nodes")) {
            assertThat(node.get("performance_impact_eur").asDouble()).isLessThanOrEqualTo(previous);
            previous = node.get("performance_impact_eur").asDouble();
            assertThat(node.get("exposed").asBoolean()).isEqualTo(!node.get("tts_days").isNull()
                    && node.get("tts_days").asDouble() < node.get("ttr_days").asDouble());
        }
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void the_kind_filter_keeps_the_nodes_of_that_kind(NodeKind kind) {
        JsonNode body = json(get("/api/v1/recovery?kind=" + kind.code()));
        List<String> ids = new ArrayList<>();
        body.get("nodes").forEach(n -> {
            assertThat(n.get("kind").asText()).isEqualTo(kind.code());
            ids.add(n.get("node").asText());
        });
        assertThat(ids).isEqualTo(direct.nodes().stream().filter(n -> n.node().kind() == kind)
                .map(n -> n.node().id()).toList());
    }

    @Test
    void the_exposed_filter_keeps_the_exposed_nodes_and_combines_with_kind() {
        JsonNode exposed = json(get("/api/v1/recovery?exposed=true"));
        assertThat(exposed.get("nodes")).hasSize((int) direct.nodes().stream().filter(NodeRecovery::exposed).count());
        exposed.get("nodes").forEach(n -> assertThat(n.get("exposed").asBoolean()).isTrue());
        JsonNode both = json(get("/api/v1/recovery?kind=SUPPLIER&exposed=true"));
        assertThat(both.get("nodes")).hasSize((int) direct.nodes().stream()
                .filter(n -> n.exposed() && n.node().kind() == NodeKind.SUPPLIER).count());
        assertThat(json(get("/api/v1/recovery?exposed=false")).get("nodes")).hasSize(direct.nodes().size());
    }

    @ParameterizedTest
    @CsvSource({"kind=plant, kind: unknown value 'plant'", "exposed=maybe, exposed: unknown value 'maybe'"})
    void a_bad_parameter_is_400_naming_it(String query, String detail) {
        HttpResponse<String> refused = get("/api/v1/recovery?" + query);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = json(refused);
        assertThat(body.get("error").asText()).isEqualTo("bad parameter");
        assertThat(body.get("details").get(0).asText()).startsWith(detail);
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void one_node_of_each_kind_by_its_path(NodeKind kind) {
        NodeRecovery node = direct.nodes().stream().filter(n -> n.node().kind() == kind).findFirst().orElse(null);
        if (node == null) {
            return; // the sample has no node of this kind: nothing to fetch
        }
        String path = NodePaths.api(node.node());
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(json(answer)).isEqualTo(expected(RecoveryDocument.node(node)));
        if (kind == NodeKind.SITE) {
            assertThat(path).doesNotContain("%2F").contains("~");
            // this server also reads the percent-encoded slash (a proxy in front of it may not pass it)
            HttpResponse<String> encoded = get(path.replace("~", "%2F"));
            assertThat(encoded.statusCode()).isEqualTo(200);
            assertThat(json(encoded)).isEqualTo(json(answer));
        }
    }

    @Test
    void an_unknown_node_is_404_and_an_unknown_kind_400() {
        HttpResponse<String> missing = get("/api/v1/recovery/nodes/supplier/NO-SUCH-SUPPLIER");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).isEqualTo("no such node");
        assertThat(json(missing).get("details").get(0).asText()).contains("NO-SUCH-SUPPLIER");
        HttpResponse<String> badKind = get("/api/v1/recovery/nodes/plant/X");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json(badKind).get("details").get(0).asText()).startsWith("kind: unknown value 'plant'");
    }

    @Test
    void needs_a_signed_in_user_as_the_other_get_operations() {
        Browser stranger = SAMPLE.server().newBrowser();
        assertThat(stranger.send(stranger.request("/api/v1/recovery").GET()).statusCode()).isEqualTo(401);
        assertThat(stranger.send(stranger.request("/api/v1/recovery/nodes/zone/CN_SPHERE").GET()).statusCode())
                .isEqualTo(401);
        assertThat(stranger.send(stranger.request("/api/v1/recovery")
                .header("Authorization", "Bearer vk_not-a-token").GET()).statusCode()).isEqualTo(401);
        // a viewer reads it; a session cookie works as a token does
        SAMPLE.server().users().add("test", "vera", Role.VIEWER, TestServer.PASSWORD);
        Browser viewer = SAMPLE.server().newBrowser();
        assertThat(viewer.signIn("vera", TestServer.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(viewer.get("/api/v1/recovery?kind=zone", "application/json").statusCode()).isEqualTo(200);
    }
}
