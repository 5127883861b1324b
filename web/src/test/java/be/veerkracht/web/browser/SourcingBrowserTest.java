package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import be.veerkracht.web.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The "China + 1" page in a real headless Chromium over the sample: the sensitivity chart and the map are drawn; a
 * buyer pushes the wage-index slider to its end and the ranking re-renders live (htmx, no reload): with TOPSIS and
 * weights 25/100/25/25 Morocco overtakes Poland (numpy one-off, see SourcingApiTest and SourcingPageTest: MA, TR,
 * PL, VN). Skipped, as the other browser tests, without chromium and chromedriver.
 *
 * <p>Takes the screenshots target/screenshots/sourcing.png and sourcing-sensitivity.png (docs/screenshots with -Dveerkracht.screenshots=true).
 */
class SourcingBrowserTest extends SampleBrowserTest {

    private List<String> order() {
        return browser.findElements(By.cssSelector("#sourcing-ranking tbody tr")).stream()
                .map(row -> row.getAttribute("data-country")).toList();
    }

    @Override
    void started() {
        chromium.signInAsAdmin(server.port(), "/sourcing?lang=en");
    }

    @Test
    void moving_a_weight_slider_re_ranks_live_and_the_charts_are_drawn() {
        browser.get("http://127.0.0.1:" + server.port() + "/sourcing");
        waiting.until(presenceOfElementLocated(By.cssSelector("#sourcing-sensitivity-chart canvas")));
        assertThat(order()).containsExactly("PL", "TR", "MA", "VN");
        WebElement first = browser.findElement(By.cssSelector("#sourcing-ranking tbody tr"));

        WebElement wage = browser.findElement(By.id("weight-1"));
        wage.sendKeys(Keys.END);
        assertThat(wage.getAttribute("value")).isEqualTo("100");
        // the old table is replaced by htmx: wait until the first row is no longer the one we held
        waiting.until(driver -> {
            try {
                first.getAttribute("data-country");
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return true;
            }
        });
        waiting.until(driver -> order().size() == 4);
        assertThat(order()).containsExactly("MA", "TR", "PL", "VN");
        // the swapped-in fragment's chart is drawn again, and the map too
        waiting.until(presenceOfElementLocated(By.cssSelector("#sourcing-sensitivity-chart canvas")));
        waiting.until(presenceOfElementLocated(By.cssSelector("#sourcing-map canvas")));
        assertThat(browser.findElement(By.id("sourcing-sensitivity-help")).getText()).contains("MA · Morocco");
        chromium.waitUntilStill(By.id("sourcing-sensitivity-chart"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.id("sourcing-criteria")));
        chromium.screenshot("sourcing");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.id("sourcing-sensitivity-help")));
        chromium.waitUntilStill(By.id("sourcing-map"));
        chromium.screenshot("sourcing-sensitivity");
    }

    @Test
    void a_parts_landed_cost_chart_is_drawn() {
        be.veerkracht.portfolio.Portfolio sample = TestServer.samplePortfolio();
        String part = sample.parts().stream().filter(p -> sample.linksOf(p.id()).size() >= 2).findFirst()
                .orElseThrow().id().value();
        browser.get("http://127.0.0.1:" + server.port() + "/parts/" + part + "/landed-cost");
        waiting.until(presenceOfElementLocated(By.cssSelector("#landed-chart canvas")));
        assertThat(browser.findElement(By.id("landed-title")).getText()).isEqualTo("Landed cost of " + part);
        chromium.waitUntilStill(By.id("landed-chart"));
        chromium.screenshot("sourcing-landed-cost");
    }
}
