package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.web.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The part page's volume split in a real headless Chromium over the sample: the section loads by itself; a buyer types a Polish candidate for a single-sourced part into the what-if form (price with
 * a decimal comma), presses Compare and sees the split and the stress test before and after, with both frontiers
 * drawn. Skipped, as the journey test, without chromium and chromedriver.
 *
 * <p>Takes the screenshot docs/screenshots/split-what-if.png (see docs/browser-tests.md).
 */
class SplitWhatIfBrowserTest extends SampleBrowserTest {

    /** How long the split's computations may take on a loaded CI machine. */
    private static final Duration SLOW = Duration.ofSeconds(90);

    /** A sample part with one source, outside Poland. */
    private static String singleSourced() {
        Portfolio sample = TestServer.samplePortfolio();
        for (Part part : sample.parts()) {
            if (sample.linksOf(part.id()).size() == 1 && part.shortageCostPerUnit().isPresent()
                    && !"PL".equals(sample.linksOf(part.id()).get(0).originCountry().alpha2())) {
                return part.id().value();
            }
        }
        throw new AssertionError("the sample has no single-sourced part with a shortage cost");
    }

    @Test
    void a_candidate_typed_into_the_form_shows_the_split_and_the_stress_test_before_and_after() {
        String part = singleSourced();
        chromium.signInAsAdmin(server.port(), "/parts");
        browser.get("http://127.0.0.1:" + server.port() + "/parts/" + part);
        // the first visit optimises the whole sample's splits (seconds on a busy machine): a longer wait
        WebDriverWait slow = new WebDriverWait(browser, SLOW);
        WebElement form = slow.until(visibilityOfElementLocated(By.id("split-what-if-form")));
        form.findElement(By.name("country")).sendKeys("PL");
        form.findElement(By.name("price_eur")).sendKeys("12,5");
        form.findElement(By.name("lead_time_days")).sendKeys("5");
        form.findElement(By.name("capacity_units_per_year")).sendKeys("100000");
        form.findElement(By.name("name")).sendKeys("Poznan Metal");
        form.findElement(By.id("split-what-if-submit")).click();

        WebElement stress = slow.until(visibilityOfElementLocated(By.id("what-if-stress")));
        assertThat(stress.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("what-if-candidate")).getText())
                .startsWith("Candidate \u201cPoznan Metal\u201d in PL").contains("EUR 12.50 a unit");
        assertThat(browser.findElement(By.id("what-if-after")).getText()).contains("Poznan Metal");
        assertThat(browser.findElement(By.id("what-if-verdict")).getText()).isNotBlank();
        waiting.until(presenceOfElementLocated(By.cssSelector("#what-if-frontier-chart canvas")));
        chromium.waitUntilStill(By.id("what-if-frontier-chart"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -10);",
                browser.findElement(By.id("split-what-if-title")));
        chromium.screenshot("split-what-if");
    }
}
