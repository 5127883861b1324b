package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.web.Browser;
import be.veerkracht.web.quality.QualityFixture;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The quality pages in a real headless Chromium over the sample with {@link QualityFixture}'s data for part 120020:
 * the part's chart is drawn (a canvas) above the cross-validation table; then L26020's system posts a batch with a
 * value above the USL through the supplier API, and the new alert appears on /quality without reloading (htmx polls
 * every 10 s). Skipped without chromium and chromedriver.
 *
 * <p>Takes the screenshot docs/screenshots/quality-part.png (see docs/browser-tests.md).
 */
class QualityBrowserTest extends SampleBrowserTest {

    /** Two polling periods and some slack. */
    private static final Duration POLLING = Duration.ofSeconds(40);

    @Override
    void prepare(Path folder) throws Exception {
        QualityFixture.store(server.quality());
    }

    @Test
    void the_chart_is_drawn_and_a_posted_batch_appears_as_an_alert_without_reloading() {
        chromium.signInAsAdmin(server.port(), "/quality/parts/120020");
        browser.get("http://127.0.0.1:" + server.port() + "/quality/parts/120020");
        waiting.until(presenceOfElementLocated(By.cssSelector("#chart-0 canvas")));
        assertThat(browser.findElement(By.cssSelector("#cross-validation-0 tbody tr")).getText())
                .startsWith("L26020 22 / 20").contains("not equivalent");
        chromium.waitUntilStill(By.id("chart-0"));
        chromium.screenshot("quality-part");

        browser.get("http://127.0.0.1:" + server.port() + "/quality");
        waiting.until(presenceOfElementLocated(By.id("alerts")));
        assertThat(browser.findElements(By.cssSelector("#alerts tbody tr"))).hasSize(7);
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        String token = server.quality().tokens().create("test", new SupplierId("L26020")).text();
        Browser supplier = server.newBrowser();
        HttpResponse<String> posted = supplier.send(supplier.request("/api/v1/quality/batches")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"batch_id\":\"COA-S99\",\"part_id\":\"120020\","
                        + "\"measurements\":[{\"characteristic\":\"length\",\"lot\":\"S99\","
                        + "\"timestamp\":\"2026-12-01T08:00:00Z\",\"value\":11.5}]}")));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        // 11.5 > USL 10.9: out of spec; and beyond L26020's UCL 10.5 + 3·0.2/1.128 = 11.03: Western Electric 1.
        // Both at 2026-12-01, the newest: the first two rows.
        new WebDriverWait(browser, POLLING).until(textToBePresentInElementLocated(
                By.cssSelector("#alerts tbody tr:nth-child(2)"), "Value 11.5 mm of lot S99"));
        assertThat(browser.findElements(By.cssSelector("#alerts tbody tr"))).hasSize(9);
        assertThat(browser.findElement(By.cssSelector("#alerts tbody tr:nth-child(1)")).getText())
                .contains("Run rule fired at lot S99");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
    }
}
