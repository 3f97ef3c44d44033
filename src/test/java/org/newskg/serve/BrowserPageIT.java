package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs) driven by Selenium. The page loads, the graph view draws the entities, clicking a
 * node shows its facts with their sentences and articles, and a saved query runs and shows rows.
 * Screenshots go to target/browser/. Without Chromium the test is skipped, except under CI, where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ServeFixture fixture;
    private ChromeDriverService service;
    private WebDriver driver;
    private Path shots;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!there && System.getenv("CI") != null) {
            fail("CI must run the browser test: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(there, "no " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");

        shots = Files.createDirectories(Path.of(System.getProperty("newskg.target", "target"), "browser"));
        fixture = ServeFixture.start(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,960",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(WAIT)
                .withLogOutput(new java.io.PrintStream(
                        Files.newOutputStream(shots.resolve("chromedriver.log")), true, java.nio.charset.StandardCharsets.UTF_8))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        driver.manage().window().setSize(new Dimension(1440, 960));
    }

    @AfterAll
    void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try {
                if (service != null) {
                    service.stop();
                }
            } finally {
                if (fixture != null) {
                    fixture.close();
                }
            }
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void thePageDrawsTheGraphShowsANodesFactsAndRunsASavedQuery() throws IOException {
        driver.get(fixture.url());
        assertEquals("NewsKG", driver.getTitle());

        // The graph view draws every entity of the sample graph, with its relations.
        WebElement graph = driver.findElement(By.id("graph"));
        waiting().until(d -> Integer.parseInt(graph.getDomAttribute("data-nodes")) > 0);
        assertEquals(ServeFixture.ENTITIES, Integer.parseInt(graph.getDomAttribute("data-nodes")));
        assertTrue(Integer.parseInt(graph.getDomAttribute("data-edges")) >= 8);
        waiting().until(d -> Boolean.TRUE.equals(js("return window.newskg.graphReady")));
        assertEquals(ServeFixture.ENTITIES, ((Number) js("return window.newskg.cy.nodes(':visible').length")).intValue());
        assertTrue(graph.findElements(By.tagName("canvas")).size() > 0, "cytoscape draws on canvases");
        assertTrue(driver.findElement(By.id("summary")).getText().contains("10 entities"));
        screenshot("graph.png");

        // Clicking a node (a real mouse click where cytoscape drew it) shows its facts and sources.
        @SuppressWarnings("unchecked")
        Map<String, Number> pos = (Map<String, Number>) js(
                "return window.newskg.cy.getElementById(arguments[0]).renderedPosition()", ServeFixture.ENTITY + "ilsa-marenko");
        int w = graph.getSize().getWidth();
        int h = graph.getSize().getHeight();
        new Actions(driver).moveToElement(graph, pos.get("x").intValue() - w / 2, pos.get("y").intValue() - h / 2).click().perform();
        WebElement details = driver.findElement(By.id("details"));
        waiting().until(d -> "true".equals(details.getDomAttribute("data-loaded"))
                && (ServeFixture.ENTITY + "ilsa-marenko").equals(details.getDomAttribute("data-entity")));
        String text = details.getText();
        assertTrue(text.contains("Ilsa Marenko"), text);
        assertTrue(text.contains("Person"), text);
        assertTrue(text.contains("Marenko"), "alternative name: " + text);
        assertTrue(text.contains("leads") && text.contains("Valdoria"), "a fact: " + text);
        assertTrue(text.contains("Prime Minister Ilsa Marenko of Valdoria met President Tomas Reyvald"), "its sentence: " + text);
        assertTrue(text.contains("Valdoria and Norvessa sign fisheries accord in Maravel"), "its article: " + text);
        screenshot("graph-node.png");

        // The Queries tab: pick a saved query, run it, see its rows.
        driver.findElement(By.id("tab-query")).click();
        Select saved = new Select(driver.findElement(By.id("saved")));
        waiting().until(d -> saved.getOptions().size() > 1);
        saved.selectByValue("entities");
        assertTrue(driver.findElement(By.id("saved-desc")).getText().startsWith("Who and what is in the graph"));
        driver.findElement(By.id("run")).click();
        WebElement results = driver.findElement(By.id("results"));
        waiting().until(d -> Integer.parseInt(results.getDomAttribute("data-rows")) > 0);
        assertEquals(ServeFixture.ENTITIES, Integer.parseInt(results.getDomAttribute("data-rows")));
        List<WebElement> rows = results.findElements(By.cssSelector("tbody tr"));
        assertEquals(ServeFixture.ENTITIES, rows.size());
        assertTrue(results.getText().contains("Maravel Fisheries Accord"), results.getText());
        assertTrue(driver.findElement(By.id("status")).getText().startsWith("10 rows"));
        screenshot("query.png");

        // Nothing went wrong in the page: no script errors, no blocked (off-site) loads.
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    }

    @Test
    void aSavedQueryCutAtTheRowLimitSaysSoInThePage(@TempDir Path other) throws IOException {
        try (ServeFixture limited = ServeFixture.start(other, b -> b.maxRows(4))) {
            driver.get(limited.url());
            driver.findElement(By.id("tab-query")).click();
            Select saved = new Select(driver.findElement(By.id("saved")));
            waiting().until(d -> saved.getOptions().size() > 1);
            saved.selectByValue("entities");
            driver.findElement(By.id("run")).click();
            WebElement results = driver.findElement(By.id("results"));
            waiting().until(d -> Integer.parseInt(results.getDomAttribute("data-rows")) > 0);
            assertEquals(4, Integer.parseInt(results.getDomAttribute("data-rows")));
            assertEquals("true", results.getDomAttribute("data-truncated"));
            assertEquals(4, results.findElements(By.cssSelector("tbody tr")).size());
            String status = driver.findElement(By.id("status")).getText();
            assertTrue(status.startsWith("4 rows") && status.contains("cut") && status.contains("at most 4 rows"), status);
            screenshot("query-cut.png");

            // Edited, the query runs at the SPARQL endpoint, which answers every row; the table shows
            // as many as the limit and says how many there are.
            js("window.newskg.editor.setValue(window.newskg.editor.getValue() + ' ')");
            driver.findElement(By.id("run")).click();
            WebElement status2 = driver.findElement(By.id("status"));
            waiting().until(d -> status2.getText().startsWith("showing"));
            assertEquals(4, Integer.parseInt(results.getDomAttribute("data-rows")));
            assertEquals("true", results.getDomAttribute("data-truncated"));
            assertTrue(status2.getText().startsWith("showing the first 4 of 10 rows"), status2.getText());
        }
    }
}
