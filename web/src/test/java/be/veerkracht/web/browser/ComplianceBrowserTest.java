package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The export check in a real headless Chromium over the sample portfolio: sign in, follow the navigation to the
 * export-control register and its check tab, fill the form (part 250040, 3A001.a.7, to the US, one red flag answered
 * yes) and see the decision: UGEA EU001 (Annex II, Section A), the rules, the record, and the red-flag warning.
 * Skipped, as the other browser tests, without chromium and chromedriver.
 */
class ComplianceBrowserTest extends SampleBrowserTest {

    @Test
    void checks_a_listed_part_to_the_us_and_shows_the_recorded_decision() {
        chromium.signInAsAdmin(server.port(), "/");
        browser.findElement(By.cssSelector("nav a[href='/compliance']")).click();
        waiting.until(visibilityOfElementLocated(By.id("register")));
        browser.findElement(By.cssSelector("#compliance-tabs a[href='/compliance/check']")).click();

        WebElement form = waiting.until(visibilityOfElementLocated(By.id("check-form")));
        new Select(form.findElement(By.id("check-item-kind"))).selectByValue("part");
        form.findElement(By.id("check-item-id")).sendKeys("250040");
        form.findElement(By.id("check-destination")).sendKeys("US");
        form.findElement(By.id("check-end-use")).sendKeys("label inspection on a flow-wrapper");
        new Select(form.findElement(By.id("check-end-use-category"))).selectByValue("civil");
        form.findElement(By.id("red-flag-unusual_delivery")).click();
        form.findElement(By.id("check-submit")).click();

        WebElement result = waiting.until(presenceOfElementLocated(By.cssSelector("#check-result[data-decision=UGEA]")));
        assertThat(result.findElement(By.id("decision")).getText())
                .isEqualTo("Allowed under a Union General Export Authorisation");
        assertThat(result.findElement(By.id("authorisation")).getText()).isEqualTo("EU001");
        assertThat(result.findElement(By.id("authorisation-conditions")).getText()).containsIgnoringCase("registration");
        assertThat(result.findElements(By.cssSelector("#check-rules li[data-rule=EU001]"))).hasSize(1);
        assertThat(result.findElement(By.id("check-recorded")).getText()).startsWith("Recorded as check ");
        assertThat(result.findElement(By.id("red-flag-warning")).getText()).contains("Red flag answered yes")
                .contains("freight forwarder");
        // the check is listed below, and the form keeps what was entered
        assertThat(browser.findElements(By.cssSelector("#latest-checks tr[data-decision=UGEA]"))).isNotEmpty();
        assertThat(browser.findElement(By.id("check-item-id")).getDomProperty("value")).isEqualTo("250040");
    }
}
