package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The time-to-survive page in a real headless Chromium over the sample portfolio: sign in, see the scatter drawn
 * and the exposed nodes listed with their parts, switch the kind filter to zones and see both follow. Skipped, as
 * the journey test, without chromium and chromedriver.
 *
 * <p>Takes the screenshot docs/screenshots/recovery.png (see docs/browser-tests.md).
 */
class RecoveryBrowserTest extends SampleBrowserTest {

    @Test
    void draws_the_scatter_lists_the_exposed_nodes_and_filters_by_kind() {
        chromium.signInAsAdmin(server.port(), "/recovery");
        // the navigation's link leads to the page
        browser.findElement(By.cssSelector("nav a[href='/recovery']")).click();

        waiting.until(presenceOfElementLocated(By.cssSelector("#recovery-chart[data-ready=true] canvas")));
        int points = Integer.parseInt(browser.findElement(By.id("recovery-chart")).getDomAttribute("data-points"));
        assertThat(points).isPositive();
        WebElement table = waiting.until(visibilityOfElementLocated(By.id("exposed-nodes")));
        int exposed = Integer.parseInt(browser.findElement(By.cssSelector("#figure-exposed .value")).getText()
                .replaceAll("\\D", ""));
        List<WebElement> rows = table.findElements(By.cssSelector("tr.exposed-node"));
        assertThat(rows).hasSize(exposed);
        if (exposed > 0) {
            WebElement first = rows.get(0);
            assertThat(first.findElements(By.cssSelector("td")).get(3).getText()).endsWith("days");
            assertThat(first.findElements(By.cssSelector("table.node-parts a[href^='/parts/']"))).isNotEmpty();
        } else {
            assertThat(browser.findElement(By.id("exposed-none")).isDisplayed()).isTrue();
        }
        chromium.waitUntilStill(By.id("recovery-chart"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -10);",
                browser.findElement(By.cssSelector(".recovery-figures")));
        chromium.screenshot("recovery");

        new Select(browser.findElement(By.id("kind"))).selectByValue("zone");

        waiting.until(urlContains("kind=zone"));
        waiting.until(presenceOfElementLocated(By.cssSelector(
                "#recovery-chart[data-kind=zone][data-ready=true] canvas")));
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("zone");
        int zones = Integer.parseInt(browser.findElement(By.id("recovery-chart")).getDomAttribute("data-points"));
        assertThat(zones).isPositive().isLessThan(points);
        assertThat(browser.findElements(By.cssSelector("tr.exposed-node")))
                .allSatisfy(row -> assertThat(row.getDomAttribute("data-kind")).isEqualTo("zone"));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }
}
