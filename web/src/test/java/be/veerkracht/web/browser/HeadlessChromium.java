package be.veerkracht.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import be.veerkracht.web.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium ({@code chromium}) driven through Debian's {@code chromium-driver}: both at fixed
 * paths, so Selenium Manager never runs and nothing is downloaded at test time. A fresh profile in a temporary
 * folder per browser, deleted when it quits.
 *
 * <p>Where the two are not installed (a developer machine without them), {@link #assumeInstalled()} skips the
 * browser tests; {@code .ci/run} installs them, so CI always runs them.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** How long any wait for the page lasts before the step fails. */
    static final Duration WAIT = Duration.ofSeconds(10);

    /** Set to {@code true} to copy the screenshots into docs/screenshots of the repository, for the docs. */
    static final String SCREENSHOTS_PROPERTY = "veerkracht.screenshots";

    /** Where every run writes its screenshots (inside the module's build folder, never committed). */
    static final Path BUILD_SCREENSHOTS = Path.of("target", "screenshots");

    /** docs/screenshots of the repository, from the web module's folder (where Maven runs the tests). */
    static final Path DOCS_SCREENSHOTS = Path.of("..", "docs", "screenshots");

    /**
     * Selenium warns that it has no DevTools (CDP) classes for Debian's Chromium version; the tests use WebDriver
     * only, never CDP, so the warning is noise. Held here so the setting is not garbage-collected with the logger.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Skips the calling test class, with the reason, when chromium or chromedriver is missing. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed "
                        + "(Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
    }

    /** Starts a headless Chromium with a fresh profile, in English (the server's choice then comes from the page). */
    static HeadlessChromium start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("veerkracht-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the browser profile", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                // this workplace's closed network refuses Chromium's own background connections: make none
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--window-size=1280,900", "--lang=en-GB", "--user-data-dir=" + profile);
        // Accept-Language: English, so the first page does not depend on the machine's locale
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        try {
            return new HeadlessChromium(profile, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** A wait of {@link #WAIT}, polling the page. */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /**
     * Opens {@code path} on the server at {@code port}, signs in as the test administrator on the login page it is
     * sent to, and waits until the signed-in page shows the user's name. (BrowserJourneyTest signs in by hand: the
     * login page is what it checks.)
     */
    void signInAsAdmin(int port, String path) {
        driver.get("http://127.0.0.1:" + port + path);
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.name("name")).sendKeys(TestServer.ADMIN);
        driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
    }

    /** Closes the browser, then the server, each only if it was started (for an {@code @AfterAll}). */
    static void closeBoth(HeadlessChromium chromium, AutoCloseable server) throws Exception {
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

    /**
     * Saves what the browser shows as {@code target/screenshots/NAME.png}, and also as
     * {@code docs/screenshots/NAME.png} when {@code -Dveerkracht.screenshots=true}.
     */
    Path screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(BUILD_SCREENSHOTS);
            Path file = BUILD_SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            if (Boolean.getBoolean(SCREENSHOTS_PROPERTY)) {
                Files.createDirectories(DOCS_SCREENSHOTS);
                Files.copy(file, DOCS_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the screenshot " + name, e);
        }
    }

    /**
     * Waits until the element's charts stop changing between two polls (ECharts draws over several frames), so a
     * screenshot shows the finished chart: the canvases' pixels, or the element's HTML when it has no canvas.
     */
    void waitUntilStill(By element) {
        String[] last = {null};
        waiting().until(d -> {
            String now = (String) ((JavascriptExecutor) d).executeScript(
                    "var e = arguments[0], cs = e.querySelectorAll('canvas');"
                            + "if (cs.length === 0) { return e.innerHTML; }"
                            + "return Array.prototype.map.call(cs, function (c) { return c.toDataURL(); }).join('|');",
                    d.findElement(element));
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
    }

    /** The browser's own reading of the page, for a failure message. */
    String describe() {
        return driver.getCurrentUrl() + "\n" + driver.getPageSource();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
