package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages' language: the cookie of the language switch, else Accept-Language, else English. */
class LanguageChoiceTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    /** A browser of its own, signed in, so a language cookie does not leak into other tests. */
    private static Browser signedIn() {
        Browser browser = SAMPLE.server().newBrowser();
        assertThat(browser.signIn(TestServer.ADMIN, TestServer.PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private static HttpResponse<String> get(Browser browser, String path, String acceptLanguage) {
        return browser.send(browser.request(path).header("Accept-Language", acceptLanguage).GET());
    }

    @Nested
    class OnTheServer {
        @Test
        void accept_language_nl_be_gives_dutch_labels_and_numbers() {
            String html = get(SAMPLE.server().browser(), "/", "nl-BE,nl;q=0.9,en;q=0.5").body();
            // 180 parts, EUR 40,078,127.78 (sample README), in Dutch: dot for thousands.
            assertThat(html).contains("<html lang=\"nl\">").contains("Jaarlijkse aankoopwaarde")
                    .contains("Ernstigste bevindingen")
                    .contains("<span class=\"value\" id=\"total-spend\">EUR 40.078.128</span>")
                    .doesNotContain("Most severe findings");
        }

        @Test
        void without_a_preference_pages_are_english() {
            String html = SAMPLE.server().get("/", "text/html").body();
            assertThat(html).contains("<html lang=\"en\">").contains("EUR 40,078,128");
        }

        @Test
        void the_switch_sets_a_cookie_redirects_and_later_pages_are_french() {
            Browser browser = signedIn();
            HttpResponse<String> switched = get(browser, "/parts?q=CN&lang=fr", "nl-BE");
            assertThat(switched.statusCode()).isEqualTo(303);
            assertThat(switched.headers().firstValue("Location")).hasValue("/parts?q=CN");
            assertThat(switched.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("lang=fr;").contains("Path=/"));
            // The cookie beats the browser's Dutch.
            String html = get(browser, "/", "nl-BE").body();
            // French groups thousands with a narrow no-break space (U+202F, CLDR data of the JDK).
            assertThat(html).contains("<html lang=\"fr\">").contains("Constats les plus graves")
                    .contains("EUR 40\u202f078\u202f128");
            assertThat(get(browser, "/parts", "en").body()).contains("<h1>Pi\u00e8ces</h1>");
        }

        @Test
        void an_unknown_language_is_ignored_but_still_redirected() {
            Browser browser = signedIn();
            HttpResponse<String> switched = get(browser, "/?lang=de", "en");
            assertThat(switched.statusCode()).isEqualTo(303);
            assertThat(switched.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("lang="));
            assertThat(get(browser, "/", "en").body()).contains("<html lang=\"en\">");
        }

        @Test
        void the_navigation_offers_the_three_languages() {
            assertThat(SAMPLE.server().get("/", "text/html").body()).contains("href=\"?lang=nl\"").contains(">Nederlands</a>")
                    .contains("href=\"?lang=fr\"").contains(">Français</a>").contains("href=\"?lang=en\"");
        }

        @Test
        void the_login_page_switches_too() {
            Browser browser = SAMPLE.server().newBrowser();
            assertThat(get(browser, "/login?lang=nl", "en").statusCode()).isEqualTo(303);
            assertThat(get(browser, "/login", "en").body()).contains("<html lang=\"nl\">").contains("Aanmelden");
        }
    }

    @Nested
    class AcceptLanguage {
        @Test
        void takes_the_first_product_language_by_weight() {
            assertThat(LanguageChoice.fromAcceptLanguage("de-DE, fr;q=0.8, nl;q=0.5")).hasValue(Locale.FRENCH);
            assertThat(LanguageChoice.fromAcceptLanguage("nl;q=0.2, en;q=0.9")).hasValue(Locale.ENGLISH);
            assertThat(LanguageChoice.fromAcceptLanguage("fr-BE")).hasValue(Locale.FRENCH);
        }

        @Test
        void is_empty_for_none_of_ours_a_blank_or_a_malformed_header() {
            assertThat(LanguageChoice.fromAcceptLanguage("de, es")).isEmpty();
            assertThat(LanguageChoice.fromAcceptLanguage(" ")).isEmpty();
            assertThat(LanguageChoice.fromAcceptLanguage(null)).isEmpty();
            assertThat(LanguageChoice.fromAcceptLanguage("nl;q=abc")).isEqualTo(Optional.empty());
        }

        @Test
        void redirects_stay_on_this_server() {
            assertThat(LanguageChoice.localPath("//evil.example/")).isEqualTo("/");
            assertThat(LanguageChoice.localPath("/\\evil.example")).isEqualTo("/");
            assertThat(LanguageChoice.localPath("/parts")).isEqualTo("/parts");
        }
    }
}
