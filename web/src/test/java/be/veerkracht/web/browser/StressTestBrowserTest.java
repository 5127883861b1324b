package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The stress test page in a real headless Chromium over the sample portfolio: sign in, run a Monte Carlo stress
 * test of 200 scenarios and watch it finish (htmx polling), see the histogram drawn and the expected loss; then
 * compare two named scenarios side by side. Skipped, as the journey test, without chromium and chromedriver.
 *
 * <p>Takes the screenshot docs/screenshots/stress-test.png (see docs/browser-tests.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StressTestBrowserTest extends SampleBrowserTest {

    @Test
    @Order(1)
    void runs_a_stress_test_and_sees_its_distribution() {
        chromium.signInAsAdmin(server.port(), "/stress-test");
        open("/stress-test");
        WebElement scenarios = waiting.until(visibilityOfElementLocated(By.id("scenarios")));
        scenarios.clear();
        scenarios.sendKeys("200");

        browser.findElement(By.id("start-run")).click();

        // htmx polls the run every 500 ms until its results replace the progress bar; ECharts then draws a canvas
        WebDriverWait long_ = new WebDriverWait(browser, Duration.ofSeconds(90));
        long_.until(presenceOfElementLocated(By.cssSelector("#loss-histogram canvas")));
        WebElement expected = browser.findElement(By.cssSelector("#figure-expected-loss .value"));
        assertThat(expected.getText()).startsWith("EUR ");
        assertThat(browser.findElement(By.cssSelector("#figure-expected-loss .uncertainty")).getText())
                .startsWith("± EUR ");
        assertThat(browser.findElement(By.id("run-settings")).getText()).contains("200 scenarios of 365 days");
        assertThat(browser.findElements(By.cssSelector("#stress-parts tbody tr a"))).isNotEmpty();
        assertThat(path()).isEqualTo("/stress-test");
        chromium.waitUntilStill(By.id("loss-histogram"));
        // the run's figures and its histogram in one view
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -10);",
                browser.findElement(By.id("run-settings")));
        chromium.screenshot("stress-test");
    }

    @Test
    @Order(2)
    void compares_two_named_scenarios_side_by_side() {
        open("/stress-test");
        WebElement first = waiting.until(visibilityOfElementLocated(By.id("scenario1")));
        for (String id : new String[] {"scenario1", "scenario2", "scenario3", "scenario4"}) {
            browser.findElement(By.id(id)).clear();
        }
        // the preset buttons fill the first empty line
        browser.findElement(By.cssSelector("button.preset[data-events='footprint:TAIWAN_STRAIT:60']")).click();
        assertThat(first.getDomProperty("value")).isEqualTo("footprint:TAIWAN_STRAIT:60");
        browser.findElement(By.id("scenario2")).sendKeys("zone:CN_SPHERE:90 lane:RED_SEA_SUEZ:120");

        browser.findElement(By.id("run-scenarios")).click();

        waiting.until(presenceOfElementLocated(By.id("scenario-comparison")));
        assertThat(browser.findElements(By.cssSelector("#scenario-comparison th.scenario-column"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#scenario-comparison tr.scenario-total td")))
                .allSatisfy(cell -> assertThat(cell.getText()).startsWith("EUR "));

        // a bad event is named next to the form, not a server error
        browser.findElement(By.id("scenario2")).clear();
        browser.findElement(By.id("scenario2")).sendKeys("zone:ATLANTIS:30");
        browser.findElement(By.id("run-scenarios")).click();
        WebElement error = waiting.until(visibilityOfElementLocated(By.id("scenario-error")));
        assertThat(error.getText()).contains("zone:ATLANTIS:30");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    private String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }
}
