package be.veerkracht.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.web.api.ApiHandlers;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.app.SnapshotSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document and the routes of {@link Routes} describe the same API. */
class OpenApiCoverageTest {

    static final SnapshotSource NONE = new SnapshotSource() {
        @Override
        public Optional<Long> latestId() {
            return Optional.empty();
        }

        @Override
        public Optional<Snapshot> load(long id) {
            return Optional.empty();
        }

        @Override
        public List<SnapshotInfo> list() {
            return List.of();
        }

        @Override
        public SnapshotInfo save(Portfolio portfolio, ImportInfo info) {
            throw new IllegalStateException("nothing is stored here");
        }
    };

    @Test
    void every_api_route_is_documented_and_every_documented_operation_exists() throws Exception {
        VeerkrachtServer server = new VeerkrachtServer(NONE, ReferenceGeographyLoader.shipped(), AccessPolicy.OPEN);
        Set<String> declared = server.routes().stream()
                .filter(r -> r.path().startsWith(Routes.API + "/"))
                .map(r -> r.method().name().toLowerCase(Locale.ROOT) + " " + r.path())
                .collect(Collectors.toSet());

        try (TestServer running = TestServer.over(NONE, AccessPolicy.OPEN)) {
            HttpResponse<String> response = running.get("/api/v1/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode document = new ObjectMapper().readTree(response.body());
            assertThat(document.get("openapi").asText()).startsWith("3.1");
            Set<String> documented = new HashSet<>();
            document.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> documented.add(method + " " + path.getKey())));
            assertThat(documented).isEqualTo(declared);
        }
    }

    @Test
    void public_operations_need_no_security_and_the_others_document_401_and_403() throws Exception {
        VeerkrachtServer server = new VeerkrachtServer(NONE, ReferenceGeographyLoader.shipped(), AccessPolicy.OPEN);
        JsonNode document;
        try (InputStream in = getClass().getResourceAsStream(ApiHandlers.OPENAPI_RESOURCE)) {
            document = new ObjectMapper().readTree(in);
        }
        assertThat(document.at("/components/securitySchemes/bearerToken/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/sessionCookie/in").asText()).isEqualTo("cookie");
        assertThat(document.get("security")).hasSize(2);
        server.routes().stream().filter(r -> r.path().startsWith(Routes.API + "/")).forEach(route -> {
            JsonNode operation = document.get("paths").get(route.path())
                    .get(route.method().name().toLowerCase(Locale.ROOT));
            if (route.role() == WebRole.PUBLIC) {
                assertThat(operation.get("security")).as(route.path()).isNotNull().isEmpty();
            } else if (route.role() == WebRole.SUPPLIER) {
                // a supplier's system: its own token scheme instead of the users' two
                assertThat(operation.at("/security/0/supplierToken").isArray()).as(route.path()).isTrue();
                assertThat(operation.get("security")).as(route.path()).hasSize(1);
                assertThat(operation.get("responses").has("401")).as(route.path()).isTrue();
                assertThat(operation.get("responses").has("403")).as(route.path()).isTrue();
            } else {
                assertThat(operation.get("security")).as(route.path()).isNull();
                assertThat(operation.get("responses").has("401")).as(route.path()).isTrue();
                assertThat(operation.get("responses").has("403")).as(route.path()).isTrue();
            }
        });
    }
}
