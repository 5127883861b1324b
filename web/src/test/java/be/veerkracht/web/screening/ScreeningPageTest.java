package be.veerkracht.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.user.Role;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The screening and lists pages against a real server over the sample portfolio, the UN fixture uploaded through the
 * lists page's form ({@link ListUploads}): the versions, the live screening, one name with its explained hit, a
 * review that changes the hit's state, country concerns per rule, the "open only" filter, three languages; forms only
 * for the compliance and administrator roles, a viewer's POST refused, a broken file refused naming file and line.
 */
class ScreeningPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static Browser viewer;
    private static HttpResponse<String> uploaded;

    @BeforeAll
    static void viewerAndList() {
        SAMPLE.server().users().add("test", "vera", Role.VIEWER, TestServer.PASSWORD);
        viewer = SAMPLE.server().newBrowser();
        assertThat(viewer.signIn("vera", TestServer.PASSWORD).statusCode()).isEqualTo(302);
        uploaded = ListUploads.pageUpload(admin(), ListUploads.FIXTURE, ListUploads.fixture(), "source", "detect");
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
    void the_upload_redirects_to_the_lists_page_with_the_version_and_the_screening_that_followed() {
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/screening/lists?stored=").contains("&new=true&screening=");
        String page = admin().get(location, "text/html").body();
        assertThat(page).contains("id=\"list-stored\"").contains("Stored un_consolidated_fixture.xml as list version")
                .contains("un 2026-02-27").contains("id=\"list-screening\"")
                .contains("sanctions screening (un 2026-02-27").contains("in embargoed countries")
                .contains("data-source=\"un\"").doesNotContain("id=\"list-licence\"");
    }

    @Test
    void the_page_shows_the_lists_in_use_and_the_snapshot_screened_live() {
        HttpResponse<String> page = admin().get("/screening", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"nav-screening\" class=\"active\"").contains("id=\"lists-in-use\"")
                .contains("data-source=\"un\"").contains("id=\"live-note\"").contains("a page view is not recorded")
                .contains("id=\"screening-summary\"").contains("at threshold 0.80")
                // K-1007 OOO Volga Pack is in RU: the dual-use ban on Russia, one line per rule
                .contains("id=\"concerns\"").contains("customer:K-1007").contains("id=\"name-form\"");
        assertThat(admin().get("/screening?open=true", "text/html").body()).contains("href=\"/screening\"")
                .doesNotContain("data-state=\"true_match\"").doesNotContain("data-state=\"false_positive\"");
    }

    @Test
    void one_name_shows_its_explained_hit_and_a_review_changes_its_state() {
        HttpResponse<String> screened = admin().postForm("/screening/names", form(admin(), "name", ListUploads.KOREA,
                "country", "KP"));
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(screened.body()).contains("id=\"name-hits\"").contains("data-entry=\"KPe.001\"")
                .contains("data-state=\"open\"").contains("class=\"tokens\"").contains("korea~korea exact")
                .contains("id=\"name-recorded\"").contains("Recorded as audit entry");

        Map<String, String> review = form(admin(), "counterparty", "name:" + ListUploads.KOREA, "list", "un",
                "entry_id", "KPe.001", "decision", "true_match", "reason", "same name and country",
                "return_name", ListUploads.KOREA, "return_country", "KP");
        HttpResponse<String> recorded = admin().postForm("/screening/reviews", review);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        String location = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).startsWith("/screening?reviewed=")
                .contains("name=" + ListUploads.KOREA);
        String after = admin().get(location, "text/html").body();
        assertThat(after).contains("id=\"screening-done\"").contains("data-state=\"true_match\"")
                .contains("true match").contains("same name and country").doesNotContain("id=\"name-recorded\"");
    }

    @Test
    void refusals_are_shown_next_to_the_form() {
        HttpResponse<String> noName = admin().postForm("/screening/names", form(admin(), "name", " "));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("id=\"screening-error\"").contains("Name: is required");
        HttpResponse<String> unknown = admin().postForm("/screening/reviews", form(admin(), "counterparty",
                "name:ACME", "list", "un", "entry_id", "XXe.999", "decision", "false_positive", "reason", "r"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Entry: the list un 2026-02-27");
    }

    @Test
    void a_broken_file_is_refused_naming_file_and_line_and_nothing_is_stored() {
        String before = admin().get("/screening/lists", "text/html").body();
        HttpResponse<String> broken = ListUploads.pageUpload(admin(), "broken.xml", ListUploads.BROKEN, "source", "un");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("id=\"list-error\"").contains("broken.xml").contains("line")
                .contains("nothing was stored");
        String after = admin().get("/screening/lists", "text/html").body();
        assertThat(count(after, "data-version=")).isEqualTo(count(before, "data-version="));
        HttpResponse<String> none = ListUploads.pageUpload(admin(), "x.xml", null);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("id=\"list-error\"");
    }

    @Test
    void a_viewer_sees_no_forms_and_may_not_record() {
        String page = viewer.get("/screening", "text/html").body();
        assertThat(page).contains("id=\"screening-not-allowed\"").doesNotContain("id=\"name-form\"")
                .doesNotContain("class=\"review-form\"");
        assertThat(viewer.get("/screening/lists", "text/html").body()).contains("id=\"lists-not-allowed\"")
                .doesNotContain("id=\"list-form\"");
        assertThat(viewer.postForm("/screening/names", form(viewer, "name", "ACME")).statusCode()).isEqualTo(403);
        assertThat(viewer.postForm("/screening/reviews", form(viewer, "counterparty", "name:ACME")).statusCode())
                .isEqualTo(403);
        assertThat(ListUploads.pageUpload(viewer, "x.xml", ListUploads.fixture()).statusCode()).isEqualTo(403);
        // a session's POST without its CSRF token is refused too
        Map<String, String> noToken = new LinkedHashMap<>(Map.of("name", "ACME"));
        assertThat(admin().postForm("/screening/names", noToken).statusCode()).isEqualTo(403);
    }

    @Test
    void the_pages_speak_dutch_and_french() {
        Browser browser = admin();
        String dutch = browser.send(browser.request("/screening").header("Accept-Language", "nl")).body();
        assertThat(dutch).contains("<html lang=\"nl\">").contains("Sanctiescreening").contains("Gebruikte lijsten");
        String french = browser.send(browser.request("/screening/lists").header("Accept-Language", "fr")).body();
        assertThat(french).contains("<html lang=\"fr\">").contains("Listes de sanctions")
                .contains("Versions enregistrées");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
