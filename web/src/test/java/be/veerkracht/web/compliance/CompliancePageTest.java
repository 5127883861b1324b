package be.veerkracht.web.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.user.Role;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The export-control pages against a real server over the sample portfolio: the register, an item's guided
 * classification, the check form with the red-flag questions, licences and the ICP, in three languages; forms only
 * for the compliance and administrator roles, and a viewer's POST refused. Expected decisions as in
 * {@code ComplianceApiTest}.
 */
class CompliancePageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static Browser viewer;

    @BeforeAll
    static void viewer() {
        SAMPLE.server().users().add("test", "vera", Role.VIEWER, TestServer.PASSWORD);
        viewer = SAMPLE.server().newBrowser();
        assertThat(viewer.signIn("vera", TestServer.PASSWORD).statusCode()).isEqualTo(302);
    }

    private static Browser admin() {
        return SAMPLE.server().browser();
    }

    private static Map<String, String> form(Browser browser, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", browser.csrfToken());
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void the_register_lists_every_item_with_its_status_and_filters_the_unclassified() {
        HttpResponse<String> page = admin().get("/compliance", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/compliance\" class=\"active\">Export control</a>")
                .contains("id=\"register\"").contains("id=\"register-counts\"")
                .contains("data-item=\"250040\" data-status=\"listed\"").contains("Listed: 3A001.a.7")
                .contains("the import's dual_use_code").contains("href=\"/compliance/items/part/250040\"");
        String unclassified = admin().get("/compliance?unclassified=true", "text/html").body();
        assertThat(unclassified).doesNotContain("data-item=\"250040\"").contains("data-status=\"unclassified\"");
    }

    @Test
    void the_pages_speak_dutch_and_french() {
        Browser browser = admin();
        String dutch = browser.send(browser.request("/compliance/check").header("Accept-Language", "nl")).body();
        assertThat(dutch).contains("<html lang=\"nl\">").contains("Rode vlaggen voor deze transactie");
        String french = browser.send(browser.request("/compliance/icp").header("Accept-Language", "fr")).body();
        assertThat(french).contains("<html lang=\"fr\">").contains("Programme interne de conformité")
                .contains("Formation et sensibilisation");
    }

    @Test
    void the_check_form_shows_the_decision_with_its_rules_and_the_record() {
        // 250040 (3A001.a.7) to the US: EU001 covers it (Annex II, Section A), registration required before first use
        HttpResponse<String> result = admin().postForm("/compliance/check", form(admin(), "item_kind", "part",
                "item_id", "250040", "destination", "us", "end_use", "label inspection", "end_use_category", "civil",
                "transfer", "goods", "red_flag", "unusual_payment"));
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        assertThat(result.body()).contains("data-decision=\"UGEA\"")
                .contains("Allowed under a Union General Export Authorisation").contains("id=\"authorisation\">EU001")
                .contains("data-rule=\"EU001\"").contains("Rule set eu-dual-use").contains("Recorded as check ")
                .contains("id=\"red-flag-warning\"").contains("Is the payment unusual");
        assertThat(admin().get("/compliance/check", "text/html").body()).contains("id=\"latest-checks\"")
                .contains("data-decision=\"UGEA\"");
    }

    @Test
    void a_bad_destination_is_named_next_to_the_form_and_nothing_is_recorded() {
        HttpResponse<String> refused = admin().postForm("/compliance/check", form(admin(), "item_kind", "part",
                "item_id", "250040", "destination", "China"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"check-error\"")
                .contains("Destination (ISO code, e.g. US): must be an ISO 3166-1 alpha-2 code such as US or CN, "
                        + "got 'China'")
                .doesNotContain("id=\"check-result\"");
        HttpResponse<String> unknown = admin().postForm("/compliance/check", form(admin(), "item_kind", "part",
                "item_id", "NOPE", "destination", "US"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("the newest snapshot has no part 'NOPE'");
    }

    @Test
    void the_guided_classification_checks_the_code_against_category_and_group_then_records() {
        HttpResponse<String> mismatch = admin().postForm("/compliance/items/part/110030", form(admin(), "status",
                "listed", "category", "3", "group", "A", "code", "5A002", "reason", "test"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"classify-error\"")
                .contains("'5A002' does not start with the chosen category 3 and product group A");
        HttpResponse<String> notListed = admin().postForm("/compliance/items/part/110030", form(admin(), "status",
                "not_listed", "reason", "die-cast bearing housing, no Annex I entry", "classified_by", "An Peeters",
                "classified_on", "2026-11-20", "evidence", "drawing 110030"));
        assertThat(notListed.statusCode()).as(notListed.body()).isEqualTo(303);
        String location = notListed.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/compliance/items/part/110030?recorded=");
        String item = admin().get(location, "text/html").body();
        assertThat(item).contains("id=\"classify-done\"").contains("part:110030 is now Not listed")
                .contains("id=\"history\"").contains("die-cast bearing housing").contains("An Peeters")
                .contains("recorded classification")
                .contains("href=\"/compliance/check?item_kind=part&amp;item_id=110030\"");
        assertThat(admin().get("/compliance/check?item_kind=part&item_id=110030", "text/html").body())
                .contains("value=\"110030\"");
        assertThat(admin().get("/compliance/items/part/NOPE", "text/html").statusCode()).isEqualTo(404);
        assertThat(admin().get("/compliance/items/tool/T01", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void licences_and_icp_are_recorded_from_their_forms() {
        HttpResponse<String> added = admin().postForm("/compliance/licences", form(admin(), "number", "EU001-BE-77",
                "kind", "ugea_registration", "authorisation", "eu001", "valid_from", "2026-02-01", "items", "*",
                "destinations", "US, JP", "reporting", "yearly"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        String page = admin().get(added.headers().firstValue("Location").orElseThrow(), "text/html").body();
        assertThat(page).contains("Licence EU001-BE-77 recorded.").contains("data-licence=\"EU001-BE-77\"")
                .contains("UGEA registration EU001").contains("JP, US");
        HttpResponse<String> badUse = admin().postForm("/compliance/licences/uses", form(admin(), "licence",
                "EU001-BE-77", "shipment", "DN-1", "item", "250040", "destination", "US", "quantity", "2",
                "value_eur", "8000"));
        assertThat(badUse.statusCode()).isEqualTo(400);
        assertThat(badUse.body()).contains("id=\"use-error\"").contains("must be part:ID or product:ID");

        HttpResponse<String> bare = admin().postForm("/compliance/icp/training_awareness", form(admin(), "status",
                "in_place", "owner", "Lien"));
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(bare.body()).contains("id=\"icp-error\"").contains("an element is in place only with an owner");
        HttpResponse<String> icp = admin().postForm("/compliance/icp/training_awareness", form(admin(), "status",
                "in_progress", "owner", "Lien", "evidence", "training plan 2027"));
        assertThat(icp.statusCode()).isEqualTo(303);
        assertThat(admin().get("/compliance/icp", "text/html").body())
                .contains("data-element=\"training_awareness\" data-status=\"in_progress\"")
                .contains("id=\"red-flag-questions\"");
    }

    @Test
    void a_viewer_sees_the_pages_without_forms_and_cannot_post() {
        for (String path : new String[] {"/compliance", "/compliance/check", "/compliance/licences",
            "/compliance/icp", "/compliance/items/part/250040"}) {
            HttpResponse<String> page = viewer.get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("<form class=\"compliance-form\"")
                    .doesNotContain("id=\"check-form\"").doesNotContain("id=\"classify-form\"")
                    .doesNotContain("id=\"licence-form\"");
        }
        assertThat(viewer.get("/compliance/check", "text/html").body()).contains("id=\"check-not-allowed\"");
        assertThat(viewer.postForm("/compliance/check", form(viewer, "item_kind", "part", "item_id", "250040",
                "destination", "US")).statusCode()).isEqualTo(403);
        assertThat(viewer.postForm("/compliance/items/part/250040", form(viewer, "status", "not_listed", "reason",
                "x")).statusCode()).isEqualTo(403);
        assertThat(viewer.postForm("/compliance/licences", form(viewer, "number", "X")).statusCode()).isEqualTo(403);
        assertThat(viewer.postForm("/compliance/icp/1", form(viewer, "status", "in_progress")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("item_kind", "part");
        fields.put("item_id", "250040");
        fields.put("destination", "US");
        assertThat(admin().postForm("/compliance/check", fields).statusCode()).isEqualTo(403);
    }
}
