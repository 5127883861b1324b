package be.veerkracht.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.app.SnapshotSource;
import io.javalin.http.UnauthorizedResponse;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mappings that hold for every route: unexpected failures and the access seam. */
class RoutesTest {

    /** A store that fails the way a lost database connection would, with internals in its message. */
    private static final SnapshotSource BROKEN = new SnapshotSource() {
        @Override
        public Optional<Long> latestId() {
            throw new IllegalStateException("secret connection string jdbc:postgresql://db/internal");
        }

        @Override
        public Optional<Snapshot> load(long id) {
            throw new IllegalStateException("secret connection string jdbc:postgresql://db/internal");
        }

        @Override
        public List<SnapshotInfo> list() {
            throw new IllegalStateException("secret connection string jdbc:postgresql://db/internal");
        }

        @Override
        public SnapshotInfo save(Portfolio portfolio, ImportInfo info) {
            throw new IllegalStateException("secret connection string jdbc:postgresql://db/internal");
        }
    };

    @Test
    void an_unexpected_failure_is_a_500_without_internals() {
        try (TestServer server = TestServer.over(BROKEN, AccessPolicy.OPEN)) {
            HttpResponse<String> api = server.get("/api/v1/assessment");
            assertThat(api.statusCode()).isEqualTo(500);
            assertThat(api.body()).contains("\"error\":\"internal error\"").doesNotContain("secret")
                    .doesNotContain("Exception").doesNotContain("at be.veerkracht");
            HttpResponse<String> page = server.get("/", "text/html");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("could not answer").doesNotContain("secret");
        }
    }

    @Test
    void the_access_policy_sees_each_route_role_before_it_runs() {
        AccessPolicy viewersOnly = (ctx, roles) -> {
            if (roles.contains(WebRole.VIEWER)) {
                throw new UnauthorizedResponse("sign in first");
            }
        };
        try (TestServer server = TestServer.over(OpenApiCoverageTest.NONE, viewersOnly)) {
            assertThat(server.get("/api/v1/health").statusCode()).isEqualTo(200);
            HttpResponse<String> refused = server.get("/api/v1/assessment");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("\"error\":\"sign in first\"");
            assertThat(server.get("/", "text/html").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void binds_to_the_loopback_address_by_default_and_reports_the_port() {
        try (TestServer server = TestServer.over(OpenApiCoverageTest.NONE, AccessPolicy.OPEN)) {
            assertThat(server.port()).isPositive();
            assertThat(server.get("/api/v1/health").statusCode()).isEqualTo(200);
        }
        assertThat(VeerkrachtServer.DEFAULT_BIND_ADDRESS).isEqualTo("127.0.0.1");
    }
}
