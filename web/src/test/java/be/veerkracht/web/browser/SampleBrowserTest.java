package be.veerkracht.web.browser;

import be.veerkracht.web.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test over the sample portfolio shares: a real server with the sample stored in a fresh database,
 * one headless Chromium for the whole class, both closed afterwards; skipped without chromium and chromedriver
 * ({@link HeadlessChromium#assumeInstalled()}). A test adds its own fixtures in {@link #prepare} (before the browser
 * starts) and its first steps in {@link #started}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleBrowserTest {

    TestServer server;
    HeadlessChromium chromium;
    WebDriver browser;
    WebDriverWait waiting;

    @BeforeAll
    final void startServerAndBrowser(@TempDir Path folder) throws Exception {
        HeadlessChromium.assumeInstalled();
        server = TestServer.withSample(Files.createDirectories(folder.resolve("db")));
        prepare(folder);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        waiting = chromium.waiting();
        started();
    }

    @AfterAll
    final void stopBoth() throws Exception {
        HeadlessChromium.closeBoth(chromium, server);
    }

    /** Fixtures of this test, with the server running and no browser yet; {@code folder} is the class's own. */
    void prepare(Path folder) throws Exception {
    }

    /** First steps once both run (e.g. signing in). */
    void started() {
    }
}
