package be.veerkracht.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBeMoreThan;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.ingest.write.XlsxPortfolioWriter;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.web.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One visitor's journey through the web application in a real headless Chromium, against a real server over a
 * temporary H2 database that starts empty: sign in on the login page, upload the sample workbook, read the
 * dashboard totals, open the map, open a part, switch to Dutch, and upload a broken workbook. The steps run in
 * order in one browser, each building on the one before, as a person would click through.
 *
 * <p>Takes the screenshots docs/screenshots/dashboard.png and map.png (see docs/browser-tests.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTest {

    /** examples/flemish-machine-builder, as the README describes it: 180 parts, 86 suppliers. */
    private static final String SAMPLE_PARTS = "180";
    private static final String SAMPLE_SUPPLIERS = "86";

    /** Part 110010 of the sample (parts.csv), also used by PartPageTest. */
    private static final String PART = "110010";

    /** The sourcing sheet's row (as a spreadsheet numbers it, header row 1) the broken workbook spoils. */
    private static final int BROKEN_ROW = 5;
    private static final int BROKEN_LEAD_TIME = -5;

    private TestServer server;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait waiting;
    private Path sampleWorkbook;
    private Path brokenWorkbook;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        HeadlessChromium.assumeInstalled();
        Path files = Files.createDirectories(folder.resolve("files"));
        sampleWorkbook = files.resolve("flemish-machine-builder.xlsx");
        new XlsxPortfolioWriter().write(new PortfolioReader().read(TestServer.SAMPLE).portfolio(), sampleWorkbook);
        brokenWorkbook = files.resolve("broken-lead-time.xlsx");
        spoilLeadTime(sampleWorkbook, brokenWorkbook);
        server = TestServer.empty(Files.createDirectories(folder.resolve("db")));
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        waiting = chromium.waiting();
    }

    @AfterAll
    void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void signs_in_on_the_login_page_and_sees_the_empty_dashboard() {
        open("/");
        // SignInPolicy.LOGIN_PATH: every page sends a visitor without a session there
        waiting.until(urlContains("/login"));
        browser.findElement(By.name("name")).sendKeys(TestServer.ADMIN);
        browser.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();

        WebElement user = waiting.until(visibilityOfElementLocated(By.id("user-name")));
        assertThat(user.getText()).isEqualTo(TestServer.ADMIN);
        assertThat(path()).isEqualTo("/");
        // pages.properties no.snapshot.title: the database is empty
        assertThat(browser.findElement(By.cssSelector("#no-snapshot h2")).getText())
                .isEqualTo("No portfolio imported yet");
        assertThat(htmlLang()).isEqualTo("en");
    }

    @Test
    @Order(2)
    void uploads_the_sample_workbook() {
        open("/import");
        waiting.until(presenceOfElementLocated(By.id("import-form")));
        int before = snapshotRows();
        // the template download is offered next to the form
        assertThat(browser.findElement(By.id("template-link")).getDomProperty("href"))
                .endsWith("/import/template.xlsx");

        upload(sampleWorkbook);

        WebElement result = waiting.until(visibilityOfElementLocated(By.id("import-result")));
        // imports.properties result: "Imported {0} as snapshot {1}: {2} parts, {3} suppliers, ..."; the counts are
        // the sample's (README), the source the name of the file chosen
        assertThat(result.getText()).startsWith("Imported " + sampleWorkbook.getFileName() + " as snapshot ")
                .contains(": " + SAMPLE_PARTS + " parts, " + SAMPLE_SUPPLIERS + " suppliers, ");
        assertThat(browser.findElements(By.cssSelector("#import-errors li"))).isEmpty();
        assertThat(snapshotRows()).as("one snapshot more").isEqualTo(before + 1);
        open("/import");
        waiting.until(presenceOfElementLocated(By.id("snapshots")));
        assertThat(snapshotRows()).as("still there after a reload").isEqualTo(before + 1);
    }

    @Test
    @Order(3)
    void the_dashboard_shows_the_totals_of_the_sample() {
        open("/");
        WebElement parts = waiting.until(visibilityOfElementLocated(By.id("total-parts")));
        // pages.properties snapshot.line: the figures are those of the workbook uploaded in step 2
        assertThat(browser.findElement(By.cssSelector("p.source")).getText())
                .startsWith("Snapshot 1 (" + sampleWorkbook.getFileName() + ")");
        ExposureAssessment assessed = TestServer.sampleAssessment();   // straight from the sample's files
        assertThat(parts.getText()).isEqualTo(SAMPLE_PARTS).isEqualTo(String.valueOf(assessed.partCount()));
        assertThat(browser.findElement(By.id("total-suppliers")).getText())
                .isEqualTo(SAMPLE_SUPPLIERS).isEqualTo(String.valueOf(assessed.supplierCount()));
        // whole euros with English thousands separators, as the CLI report shows spend: EUR 1,234,568
        assertThat(browser.findElement(By.id("total-spend")).getText())
                .isEqualTo(englishEuros(assessed.annualSpendEur()));

        // ECharts draws into a canvas it adds to the chart's element once the script has run
        waiting.until(presenceOfElementLocated(By.cssSelector("#zone-chart canvas")));
        chromium.waitUntilStill(By.id("zone-chart"));
        chromium.screenshot("dashboard");
    }

    @Test
    @Order(4)
    void the_map_draws_and_switches_its_overlay() {
        open("/map");
        WebElement map = waiting.until(presenceOfElementLocated(By.id("map")));
        waiting.until(attributeToBe(map, "data-ready", "true"));
        Select overlay = new Select(browser.findElement(By.id("overlay")));
        String first = overlay.getFirstSelectedOption().getDomAttribute("value");
        String other = overlay.getOptions().stream().map(o -> o.getDomAttribute("value"))
                .filter(v -> !v.equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("the overlay offers only " + first));

        overlay.selectByValue(other);

        waiting.until(d -> other.equals(new Select(d.findElement(By.id("overlay")))
                .getFirstSelectedOption().getDomAttribute("value")));
        waiting.until(attributeToBe(By.id("map"), "data-ready", "true"));
        // the legend names the overlay chosen, as the select labels it
        String label = new Select(browser.findElement(By.id("overlay"))).getFirstSelectedOption().getText();
        waiting.until(d -> label.equals(d.findElement(By.cssSelector("#legend .legend-overlay")).getText()));
        // docs/exposure.md: a second source is false security when one zone (sameZoneDualSource) or one named event
        // footprint (SAME_FOOTPRINT) takes all of a part's sources out; counted on the assessment of the files
        long flagged = TestServer.sampleAssessment().parts().stream()
                .filter(p -> p.sameZoneDualSource() || p.sourcingClass() == SourcingClass.SAME_FOOTPRINT).count();
        assertThat(flagged).isPositive();
        assertThat(browser.findElements(By.cssSelector("#flagged-sources tbody tr"))).hasSize((int) flagged);
        chromium.waitUntilStill(By.id("map"));
        chromium.screenshot("map");
    }

    @Test
    @Order(5)
    void opens_a_part_from_the_parts_list() {
        open("/parts");
        WebElement link = waiting.until(visibilityOfElementLocated(
                By.cssSelector("#part-rows a[href='/parts/" + PART + "']")));
        assertThat(link.getText()).isEqualTo(PART);

        link.click();

        waiting.until(urlContains("/parts/" + PART));
        // pages.properties part.title=Part {0}
        assertThat(waiting.until(visibilityOfElementLocated(By.tagName("h1"))).getText()).isEqualTo("Part " + PART);
        assertThat(browser.findElement(By.id("part-description")).getText()).isNotBlank();
    }

    @Test
    @Order(6)
    void switches_to_dutch_with_the_language_switch() {
        open("/parts/" + PART);
        browser.findElement(By.cssSelector("#languages a[hreflang=nl]")).click();

        waiting.until(d -> "nl".equals(htmlLang()));
        assertThat(path()).as("the switch comes back to the same page").isEqualTo("/parts/" + PART);
        // pages_nl.properties: nav.parts=Onderdelen, part.title=Onderdeel {0}
        assertThat(browser.findElement(By.cssSelector("nav a[href='/parts']")).getText()).isEqualTo("Onderdelen");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Onderdeel " + PART);
        // the choice is remembered: the next page is Dutch too
        open("/");
        assertThat(htmlLang()).isEqualTo("nl");
    }

    @Test
    @Order(7)
    void a_broken_workbook_is_refused_with_the_row_level_error() throws Exception {
        // The CLI's report of the same file, in Dutch (the visitor switched in step 6): ingest reads it and names
        // the problem by file, sheet, row and column
        List<String> expected = cliProblems(brokenWorkbook, new Locale("nl"));
        // problems_nl.properties: label.row=rij {0}, must_be_positive=moet > 0 zijn, kreeg {0}
        assertThat(expected).singleElement().asString().endsWith("[sourcing]: rij " + BROKEN_ROW
                + ", lead_time_days: moet > 0 zijn, kreeg " + BROKEN_LEAD_TIME);
        open("/import");
        waiting.until(presenceOfElementLocated(By.id("import-form")));
        int before = snapshotRows();

        upload(brokenWorkbook);

        waiting.until(numberOfElementsToBeMoreThan(By.cssSelector("#import-errors li"), 0));
        assertThat(browser.findElements(By.cssSelector("#import-errors li"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(expected);
        open("/import");
        waiting.until(presenceOfElementLocated(By.id("snapshots")));
        assertThat(snapshotRows()).as("nothing was stored").isEqualTo(before);
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    private String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Chooses the file in the form's file input (as a person does in the file dialog) and submits the form. */
    private void upload(Path file) {
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import-submit")).click();
    }

    /** The snapshots listed on the import page, one table row each (no table at all before the first). */
    private int snapshotRows() {
        return browser.findElements(By.cssSelector("#snapshots tbody tr[data-snapshot]")).size();
    }

    /** {@code EUR 1,234,568}: whole euros (half-even, as java.text rounds), English grouping. */
    private static String englishEuros(BigDecimal amount) {
        return String.format(Locale.ENGLISH, "EUR %,d", amount.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    /** Every problem the importer finds in {@code file}, as {@code veerkracht import} prints it. */
    private static List<String> cliProblems(Path file, Locale language) {
        try {
            new PortfolioReader().read(file);
        } catch (InvalidPortfolioException e) {
            return e.problems().stream().map(p -> p.message(language)).toList();
        }
        throw new AssertionError(file + " was read without a problem");
    }

    /** A copy of {@code from} with a negative lead time in row {@value #BROKEN_ROW} of the sourcing sheet. */
    private static void spoilLeadTime(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sourcing = workbook.getSheet("sourcing");
            Row header = sourcing.getRow(0);
            int column = -1;
            for (Cell cell : header) {
                if (cell.getStringCellValue().startsWith("lead_time_days")) {
                    column = cell.getColumnIndex();
                }
            }
            assertThat(column).as("the sourcing sheet has lead_time_days").isNotNegative();
            sourcing.getRow(BROKEN_ROW - 1).getCell(column).setCellValue(BROKEN_LEAD_TIME);
            try (OutputStream out = Files.newOutputStream(to)) {
                workbook.write(out);
            }
        }
    }
}
