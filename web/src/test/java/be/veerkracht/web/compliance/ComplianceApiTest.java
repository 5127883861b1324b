package be.veerkracht.web.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.user.Role;
import be.veerkracht.web.ApiCalls;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/v1/compliance} against a real server over the sample portfolio, called as a script does (personal
 * tokens). The expected decisions are those of {@code ComplianceCommandTest} (cli), which the shipped rules give under
 * Reg. (EU) 2021/821; the legal reason is stated with each.
 */
class ComplianceApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static String admin;
    private static String viewer;
    private static String officer;

    @BeforeAll
    static void tokens() {
        TestServer server = SAMPLE.server();
        server.users().add("test", "vera", Role.VIEWER, TestServer.PASSWORD);
        server.users().add("test", "cora", Role.COMPLIANCE, TestServer.PASSWORD);
        admin = server.tokens().create("test", TestServer.ADMIN).text();
        viewer = server.tokens().create("test", "vera").text();
        officer = server.tokens().create("test", "cora").text();
    }

    static HttpResponse<String> call(String token, String method, String path, String body) {
        return ApiCalls.call(SAMPLE.server(), token, method, path, body);
    }

    static JsonNode json(HttpResponse<String> response) {
        return ApiCalls.json(response);
    }

    private static JsonNode check(String body) {
        HttpResponse<String> answer = call(admin, "POST", "/api/v1/compliance/checks", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json(answer);
    }

    @Test
    void a_listed_part_to_the_us_goes_under_eu001_and_is_recorded() {
        // 250040 is 3A001.a.7 in the import; the US is an EU001 destination (Annex II, Section A), and 3A001.a.7 is
        // not among EU001's exclusions: UGEA EU001, registration required before first use
        JsonNode result = check("{\"item_kind\":\"part\",\"item_id\":\"250040\",\"destination\":\"US\"}");
        assertThat(result.get("schema").asText()).isEqualTo("veerkracht/export-check/1");
        assertThat(result.at("/item/dual_use_code").asText()).isEqualTo("3A001.a.7");
        assertThat(result.at("/item/source").asText()).isEqualTo("imported_code");
        assertThat(result.get("decision").asText()).isEqualTo("UGEA");
        assertThat(result.at("/authorisation/id").asText()).isEqualTo("EU001");
        assertThat(result.at("/authorisation/conditions").toString()).containsIgnoringCase("registration");
        assertThat(result.get("rule_set_version").asText()).startsWith("eu-dual-use");
        long id = result.at("/recorded/check_id").asLong();
        assertThat(id).isPositive();
        assertThat(result.at("/recorded/checked_by").asText()).isEqualTo(TestServer.ADMIN);

        JsonNode latest = json(call(viewer, "GET", "/api/v1/compliance/checks?limit=50", null));
        assertThat(latest.get("checks").findValues("check_id")).extracting(JsonNode::asLong).contains(id);
    }

    @Test
    void the_same_part_or_its_drawings_to_china_need_an_individual_licence() {
        // no UGEA covers a 3A001 item to China (EU005 is for telecoms), so Art. 3(1): an individual licence; sending
        // its technology to a supplier there is an export of the same entry's technology (Art. 2(2)(iv))
        assertThat(check("{\"item_kind\":\"part\",\"item_id\":\"250040\",\"destination\":\"cn\"}")
                .get("decision").asText()).isEqualTo("INDIVIDUAL_LICENCE");
        JsonNode drawings = check("{\"item_kind\":\"part\",\"item_id\":\"250040\",\"destination\":\"CN\","
                + "\"transfer\":\"technology_to_supplier\",\"end_use\":\"second source of the vision board\"}");
        assertThat(drawings.get("transfer").asText()).isEqualTo("technology_to_supplier");
        assertThat(drawings.get("decision").asText()).isEqualTo("INDIVIDUAL_LICENCE");
    }

    @Test
    void an_unclassified_part_says_classify_first_until_it_is_classified_not_listed() {
        // 110010 has no dual_use_code: unclassified, never "not listed" by omission (issue 8)
        assertThat(check("{\"item_kind\":\"part\",\"item_id\":\"110010\",\"destination\":\"CN\"}")
                .get("decision").asText()).isEqualTo("UNCLASSIFIED");
        HttpResponse<String> classified = call(officer, "POST", "/api/v1/compliance/classifications",
                "{\"item_kind\":\"part\",\"item_id\":\"110010\",\"status\":\"not_listed\",\"reason\":\"cast-iron "
                        + "housing, no Annex I entry applies\",\"classified_by\":\"An Peeters\","
                        + "\"classified_on\":\"2026-11-20\",\"evidence\":\"drawing LP-110-010 rev. E\"}");
        assertThat(classified.statusCode()).as(classified.body()).isEqualTo(201);
        JsonNode body = json(classified);
        assertThat(body.at("/item/status").asText()).isEqualTo("not_listed");
        assertThat(body.at("/item/source").asText()).isEqualTo("recorded");
        assertThat(body.at("/classification/classified_by").asText()).isEqualTo("An Peeters");
        assertThat(body.at("/classification/recorded_by").asText()).isEqualTo("cora");
        // Annex I does not list it and no catch-all applies: NOT_LISTED
        JsonNode after = check("{\"item_kind\":\"part\",\"item_id\":\"110010\",\"destination\":\"CN\"}");
        assertThat(after.get("decision").asText()).isEqualTo("NOT_LISTED");
        assertThat(after.at("/item/source").asText()).isEqualTo("recorded");
    }

    @Test
    void a_product_holding_a_listed_part_is_flagged_for_the_principal_element_rule() {
        HttpResponse<String> classified = call(admin, "POST", "/api/v1/compliance/classifications",
                "{\"item_kind\":\"product\",\"item_id\":\"M-FW-V\",\"status\":\"not_listed\","
                        + "\"reason\":\"a packaging machine: no Annex I entry\"}");
        assertThat(classified.statusCode()).as(classified.body()).isEqualTo(201);
        // its bill of materials holds 250040 (3A001.a.7): Annex I, General Note 2 asks whether that is the principal
        // element; the product itself is NOT_LISTED with a principal_element flag naming the component
        JsonNode result = check("{\"item_kind\":\"product\",\"item_id\":\"M-FW-V\",\"destination\":\"US\"}");
        assertThat(result.get("decision").asText()).isEqualTo("NOT_LISTED");
        assertThat(result.get("review_flags").toString()).contains("principal_element").contains("250040");
    }

    @Test
    void a_listed_code_must_fit_the_category_and_group_and_the_register_shows_it() {
        HttpResponse<String> mismatch = call(admin, "POST", "/api/v1/compliance/classifications",
                "{\"item_kind\":\"part\",\"item_id\":\"110020\",\"status\":\"listed\",\"category\":\"5\","
                        + "\"group\":\"A\",\"code\":\"3A001.a.7\",\"reason\":\"x\"}");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(json(mismatch).get("details").toString()).contains("code").contains("category 5");
        HttpResponse<String> listed = call(admin, "POST", "/api/v1/compliance/classifications",
                "{\"item_kind\":\"part\",\"item_id\":\"110020\",\"status\":\"listed\",\"category\":\"2\","
                        + "\"group\":\"b\",\"code\":\"2b001.A\",\"reason\":\"machine-tool spindle, test\"}");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
        assertThat(json(listed).at("/classification/dual_use_code").asText()).isEqualTo("2B001.a");

        HttpResponse<String> register = call(viewer, "GET", "/api/v1/compliance/register", null);
        assertThat(register.statusCode()).isEqualTo(200);
        JsonNode body = json(register);
        assertThat(body.get("schema").asText()).isEqualTo("veerkracht/export-register/1");
        // every part and product of the sample, as read straight from its files
        int items = TestServer.samplePortfolio().parts().size() + TestServer.samplePortfolio().products().size();
        assertThat(body.get("items")).hasSize(items);
        assertThat(body.at("/counts/items").asInt()).isEqualTo(items);
        JsonNode item = null;
        for (JsonNode i : body.get("items")) {
            if (i.get("id").asText().equals("110020")) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("status").asText()).isEqualTo("listed");
        assertThat(item.get("source").asText()).isEqualTo("recorded");
    }

    @Test
    void licences_are_added_used_and_listed_with_their_alerts() {
        // the test clock stands at 2026-11-28: valid until 2027-01-31 is 64 days away, inside the 90-day warning
        HttpResponse<String> added = call(officer, "POST", "/api/v1/compliance/licences",
                "{\"number\":\"CSG/DU/2026/0042\",\"kind\":\"individual\",\"valid_from\":\"2026-01-01\","
                        + "\"valid_until\":\"2027-01-31\",\"items\":[\"3A001.a\"],\"destinations\":[\"CN\"],"
                        + "\"quantity_limit\":500,\"end_user\":\"Shenzhen Precision Ltd\",\"reporting\":\"half_yearly\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(call(officer, "POST", "/api/v1/compliance/licences", "{\"number\":\"CSG/DU/2026/0042\","
                + "\"kind\":\"global\",\"valid_from\":\"2026-01-01\",\"items\":\"*\",\"destinations\":\"*\"}")
                .statusCode()).isEqualTo(409);
        HttpResponse<String> used = call(officer, "POST", "/api/v1/compliance/licences/CSG~DU~2026~0042/uses",
                "{\"shipment\":\"DN-2026-118\",\"item\":\"part:250040\",\"destination\":\"cn\",\"quantity\":40,"
                        + "\"value_eur\":18400,\"shipped_on\":\"2026-11-02\"}");
        assertThat(used.statusCode()).as(used.body()).isEqualTo(201);
        // the licence is for China only: a shipment of the same part to the US is not covered, nothing recorded
        HttpResponse<String> uncovered = call(officer, "POST", "/api/v1/compliance/licences/CSG~DU~2026~0042/uses",
                "{\"shipment\":\"DN-2026-119\",\"item\":\"part:250040\",\"destination\":\"US\",\"quantity\":1,"
                        + "\"value_eur\":460,\"shipped_on\":\"2026-11-03\"}");
        assertThat(uncovered.statusCode()).isEqualTo(409);
        assertThat(uncovered.body()).contains("destination not covered");
        assertThat(call(officer, "POST", "/api/v1/compliance/licences/NOPE/uses", "{\"shipment\":\"X\","
                + "\"item\":\"part:250040\",\"destination\":\"CN\",\"quantity\":1,\"value_eur\":0}").statusCode())
                .isEqualTo(404);

        JsonNode licences = json(call(viewer, "GET", "/api/v1/compliance/licences", null));
        assertThat(licences.get("today").asText()).isEqualTo("2026-11-28");
        JsonNode licence = licences.get("licences").get(0);
        assertThat(licence.get("number").asText()).isEqualTo("CSG/DU/2026/0042");
        assertThat(licence.at("/used/quantity").decimalValue()).isEqualByComparingTo("40");
        assertThat(licence.at("/used/shipments").asInt()).isEqualTo(1);
        assertThat(licences.get("alerts").toString()).contains("\"kind\":\"expires\"").contains("\"days_left\":64");
    }

    @Test
    void the_icp_has_seven_elements_and_an_element_in_place_needs_owner_and_evidence() {
        JsonNode icp = json(call(viewer, "GET", "/api/v1/compliance/icp", null));
        assertThat(icp.get("elements")).hasSize(7);
        assertThat(icp.get("red_flags")).hasSize(8);
        HttpResponse<String> bare = call(officer, "PUT", "/api/v1/compliance/icp/transaction_screening",
                "{\"status\":\"in_place\"}");
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(json(bare).get("details").get(0).asText()).startsWith("owner:");
        HttpResponse<String> done = call(officer, "PUT", "/api/v1/compliance/icp/4", "{\"status\":\"in_place\","
                + "\"owner\":\"Lien (export officer)\",\"evidence\":\"procedure EXP-04\",\"reviewed_on\":\"2026-10-01\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done).get("element").asText()).isEqualTo("transaction_screening");
        JsonNode after = json(call(viewer, "GET", "/api/v1/compliance/icp", null));
        assertThat(after.get("in_place").asInt()).isEqualTo(1);
        assertThat(call(officer, "PUT", "/api/v1/compliance/icp/tea_making", "{\"status\":\"in_progress\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void a_viewer_reads_but_cannot_record() {
        assertThat(call(viewer, "GET", "/api/v1/compliance/register", null).statusCode()).isEqualTo(200);
        assertThat(call(viewer, "POST", "/api/v1/compliance/checks", "{\"item_kind\":\"part\",\"item_id\":\"250040\","
                + "\"destination\":\"US\"}").statusCode()).isEqualTo(403);
        assertThat(call(viewer, "POST", "/api/v1/compliance/classifications", "{}").statusCode()).isEqualTo(403);
        assertThat(call(viewer, "POST", "/api/v1/compliance/licences", "{}").statusCode()).isEqualTo(403);
        assertThat(call(viewer, "POST", "/api/v1/compliance/licences/X/uses", "{}").statusCode()).isEqualTo(403);
        assertThat(call(viewer, "PUT", "/api/v1/compliance/icp/1", "{}").statusCode()).isEqualTo(403);
        assertThat(call("vk_nonsense", "GET", "/api/v1/compliance/icp", null).statusCode()).isEqualTo(401);
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_an_unknown_item_a_404() {
        assertRefused(400, "{\"item_kind\":\"part\",\"item_id\":\"250040\",\"destination\":\"China\"}",
                "destination: must be an ISO 3166-1 alpha-2 code");
        assertRefused(400, "{\"item_kind\":\"tool\",\"item_id\":\"250040\",\"destination\":\"US\"}",
                "item_kind: must be one of part, product");
        assertRefused(400, "{\"item_id\":\"250040\",\"destination\":\"US\"}", "item_kind: required");
        assertRefused(400, "{\"item_kind\":\"part\",\"item_id\":\"250040\",\"destination\":\"US\","
                + "\"end_use_category\":\"peaceful\"}", "end_use_category: must be one of unspecified");
        assertRefused(400, "{\"item_kind\":\"product\",\"item_id\":\"M-FW\",\"destination\":\"US\","
                + "\"transfer\":\"technology_to_supplier\"}", "transfer: technology transfer is for a part");
        assertRefused(400, "[1, 2]", "body: the body must be a JSON object");
        assertRefused(400, "{not json", "body: the body must be a JSON object");
        assertRefused(404, "{\"item_kind\":\"part\",\"item_id\":\"NOPE\",\"destination\":\"US\"}",
                "item_id: the newest snapshot has no part 'NOPE'");
        HttpResponse<String> code = call(admin, "POST", "/api/v1/compliance/classifications",
                "{\"item_kind\":\"part\",\"item_id\":\"250040\",\"status\":\"listed\",\"code\":\"3X001\","
                        + "\"reason\":\"x\"}");
        assertThat(code.statusCode()).isEqualTo(400);
        assertThat(json(code).get("details").get(0).asText()).startsWith("code: '3X001' is not an Annex I entry");
        HttpResponse<String> date = call(admin, "POST", "/api/v1/compliance/licences", "{\"number\":\"L-1\","
                + "\"kind\":\"individual\",\"valid_from\":\"28/11/2026\",\"items\":\"*\",\"destinations\":\"US\"}");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).get("details").get(0).asText()).startsWith("valid_from: must be a date");
        assertThat(call(admin, "GET", "/api/v1/compliance/checks?limit=0", null).statusCode()).isEqualTo(400);
    }

    private static void assertRefused(int status, String body, String detail) {
        HttpResponse<String> answer = call(admin, "POST", "/api/v1/compliance/checks", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(json(answer).get("details").get(0).asText()).startsWith(detail);
    }
}
