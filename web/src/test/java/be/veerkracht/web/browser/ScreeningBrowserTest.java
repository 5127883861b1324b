package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Sanctions screening in a real headless Chromium over the sample portfolio: sign in, follow the navigation to the
 * screening page and its lists tab, upload the UN fixture (web/src/test/resources/be/veerkracht/web/screening, a copy
 * of ingest's un_consolidated_fixture.xml), screen "Korea Mining Development Trading Corp" in KP, open the hit's
 * explanation (KPe.001, token by token), record it as a true match and see its state change. Skipped, as the other
 * browser tests, without chromium and chromedriver.
 */
class ScreeningBrowserTest extends SampleBrowserTest {

    private static final String FIXTURE = "/be/veerkracht/web/screening/un_consolidated_fixture.xml";

    private Path fixture;

    @Override
    void prepare(Path folder) throws Exception {
        fixture = folder.resolve("un_consolidated_fixture.xml");
        try (InputStream in = ScreeningBrowserTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, fixture);
        }
    }

    @Test
    void uploads_a_list_screens_a_name_and_records_a_review() {
        chromium.signInAsAdmin(server.port(), "/");
        browser.findElement(By.cssSelector("nav a[href='/screening']")).click();
        waiting.until(visibilityOfElementLocated(By.id("no-lists")));
        browser.findElement(By.cssSelector("#screening-tabs a[href='/screening/lists']")).click();

        WebElement upload = waiting.until(visibilityOfElementLocated(By.id("list-form")));
        upload.findElement(By.id("list-file")).sendKeys(fixture.toAbsolutePath().toString());
        new Select(upload.findElement(By.id("list-source"))).selectByValue("detect");
        upload.findElement(By.id("list-submit")).click();
        assertThat(waiting.until(visibilityOfElementLocated(By.id("list-stored"))).getText())
                .contains("un_consolidated_fixture.xml").contains("un 2026-02-27");
        assertThat(browser.findElement(By.id("list-screening")).getText()).startsWith("sanctions screening (un");

        browser.findElement(By.cssSelector("#screening-tabs a[href='/screening']")).click();
        WebElement form = waiting.until(visibilityOfElementLocated(By.id("name-form")));
        form.findElement(By.id("screen-name")).sendKeys("Korea Mining Development Trading Corp");
        form.findElement(By.id("screen-country")).sendKeys("KP");
        form.findElement(By.id("screen-submit")).click();

        WebElement hit = waiting.until(presenceOfElementLocated(
                By.cssSelector("#name-hits tbody[data-entry='KPe.001'][data-state=open]")));
        assertThat(browser.findElement(By.id("name-recorded")).getText()).startsWith("Recorded as audit entry");
        hit.findElement(By.cssSelector("details summary")).click();
        assertThat(hit.findElement(By.cssSelector("table.tokens")).getText()).contains("korea").contains("exact");
        assertThat(hit.findElement(By.cssSelector(".describe")).getText()).contains("korea~korea exact");

        WebElement review = hit.findElement(By.cssSelector("form.review-form"));
        new Select(review.findElement(By.name("decision"))).selectByValue("true_match");
        review.findElement(By.name("reason")).sendKeys("same name and country as the UN entry");
        review.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement after = waiting.until(presenceOfElementLocated(
                By.cssSelector("#name-hits tbody[data-entry='KPe.001'][data-state=true_match]")));
        assertThat(after.findElement(By.cssSelector("td.state")).getText()).contains("true match")
                .contains("same name and country as the UN entry");
        assertThat(browser.findElement(By.id("screening-done")).getText()).startsWith("Decision recorded");
    }
}
