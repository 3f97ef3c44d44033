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
import org.newskg.history.Change;
import org.newskg.history.CorpusChange;
import org.newskg.rdf.ChangeGraphs;
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
 * node shows its facts with their sentences and articles, a saved query runs and shows rows, and the
 * "What's new" view lists what the recorded changes of a store brought since the chosen one.
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

    @Test
    void whatsNewListsTheChangesSinceTheChosenOneAndLinksToTheirEntities(@TempDir Path other) throws IOException {
        try (ServeFixture served = ServeFixture.serve(HistoryStore.build(other.resolve("store")))) {
            List<CorpusChange> history = served.store.read(ChangeGraphs::read);
            assertEquals(2, history.size(), "the fixture records a build and an add");
            CorpusChange latest = history.get(1);

            // The view is reached from the navigation, shows the latest change by default, and says so in the URL.
            driver.get(served.url());
            driver.findElement(By.id("tab-changes")).click();
            WebElement changes = driver.findElement(By.id("changes"));
            waiting().until(d -> "true".equals(changes.getDomAttribute("data-loaded")));
            assertTrue(driver.getCurrentUrl().endsWith("#changes"), driver.getCurrentUrl());
            Select since = new Select(driver.findElement(By.id("since")));
            assertEquals(List.of("#2", "#1"), since.getOptions().stream().map(o -> o.getText().split(" ")[0]).toList());
            assertEquals("2", since.getFirstSelectedOption().getDomAttribute("value"));
            String option = since.getFirstSelectedOption().getText();
            assertTrue(option.contains(" — " + HistoryStore.SECOND_COMMAND) && option.matches("#2 — \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC — .*"),
                    option);
            assertEquals("2", changes.getDomAttribute("data-since"));
            assertShows(changes, List.of(latest));
            assertTrue(changes.getText().contains(HistoryStore.ADDED_HEADLINE), changes.getText());
            // What the add brought, as ChangeGraphs.read has it: new entities, a new fact, a corroborated one, a contradiction.
            assertTrue(latest.counts().keySet().containsAll(List.of(Change.Kind.ARTICLE_ADDED, Change.Kind.NEW_ENTITY,
                    Change.Kind.NEW_FACT, Change.Kind.FACT_CORROBORATED, Change.Kind.NEW_CONTRADICTION)), latest.counts().toString());
            Change corroborated = only(latest, Change.Kind.FACT_CORROBORATED);
            WebElement corroboratedItem = item(changes, corroborated);
            assertTrue(corroboratedItem.getText().contains("leads") && corroboratedItem.getText().contains("1 → 2 articles"),
                    corroboratedItem.getText());
            String summary = driver.findElement(By.id("changes-summary")).getText();
            assertTrue(summary.contains("1 article added") && summary.contains(latest.counts().get(Change.Kind.NEW_ENTITY) + " new entities")
                    && summary.contains("1 new contradiction"), summary);
            screenshot("whats-new.png");

            // A new entity links to it in the graph and its details, as a query's result cells do.
            Change entity = latest.changes().stream().filter(c -> c.kind() == Change.Kind.NEW_ENTITY)
                    .filter(c -> c.label().equals("Northern Fisheries Council")).findFirst().orElseThrow();
            item(changes, entity).findElement(By.cssSelector("a.entity")).click();
            WebElement details = driver.findElement(By.id("details"));
            waiting().until(d -> "true".equals(details.getDomAttribute("data-loaded"))
                    && entity.about().orElseThrow().equals(details.getDomAttribute("data-entity")));
            assertTrue(details.getText().contains("Northern Fisheries Council") && details.getText().contains("Organization"), details.getText());
            assertTrue(driver.findElement(By.id("panel-graph")).isDisplayed() && !driver.findElement(By.id("panel-changes")).isDisplayed(),
                    "the graph tab shows");
            assertEquals("true", driver.findElement(By.id("tab-graph")).getDomAttribute("aria-selected"));

            // Looking from the first change shows both changes, newest first, each item tagged with its change.
            driver.findElement(By.id("tab-changes")).click();
            waiting().until(d -> "true".equals(changes.getDomAttribute("data-loaded")) && "2".equals(changes.getDomAttribute("data-since")));
            new Select(driver.findElement(By.id("since"))).selectByValue("1");
            waiting().until(d -> "true".equals(changes.getDomAttribute("data-loaded")) && "1".equals(changes.getDomAttribute("data-since")));
            assertShows(changes, history);
            assertTrue(Integer.parseInt(changes.getDomAttribute("data-items")) > latest.changes().size());
            List<String> order = changes.findElements(By.cssSelector("[data-kind='ArticleAdded'] li")).stream()
                    .map(li -> li.getDomAttribute("data-change")).toList();
            assertEquals(List.of("2", "1", "1"), order, "newest first");
            assertTrue(driver.getCurrentUrl().endsWith("#changes/1"), driver.getCurrentUrl());
            // Labels are text, never markup.
            assertTrue(changes.getText().contains(HistoryStore.VISIT_HEADLINE), changes.getText());
            assertEquals(0, changes.findElements(By.tagName("em")).size());
            screenshot("whats-new-since-first.png");

            // The URL keeps the view: loaded again, it shows the same.
            driver.navigate().refresh();
            WebElement again = driver.findElement(By.id("changes"));
            waiting().until(d -> "true".equals(again.getDomAttribute("data-loaded")) && "1".equals(again.getDomAttribute("data-since")));
            assertEquals("1", new Select(driver.findElement(By.id("since"))).getFirstSelectedOption().getDomAttribute("value"));
            assertShows(again, history);

            // The page opened on this view drew the graph in a hidden tab, in no room: shown, it is laid
            // out again and fits its room.
            waiting().until(d -> Boolean.TRUE.equals(js("return window.newskg.graphReady")));
            driver.findElement(By.id("tab-graph")).click();
            WebElement graph = driver.findElement(By.id("graph"));
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) js("return window.newskg.cy.elements(':visible').renderedBoundingBox()");
            int w = graph.getSize().getWidth();
            int h = graph.getSize().getHeight();
            double cx = (box.get("x1").doubleValue() + box.get("x2").doubleValue()) / 2;
            double cy = (box.get("y1").doubleValue() + box.get("y2").doubleValue()) / 2;
            assertTrue(box.get("x1").doubleValue() >= -1 && box.get("y1").doubleValue() >= -1 && box.get("x2").doubleValue() <= w + 1
                    && box.get("y2").doubleValue() <= h + 1 && Math.abs(cx - w / 2.0) < w / 10.0 && Math.abs(cy - h / 2.0) < h / 10.0,
                    "the graph fits its room (" + w + " x " + h + "), in the middle: " + box);
            assertEquals("", js("return location.hash"));
            screenshot("whats-new-then-graph.png");

            List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertTrue(severe.isEmpty(), "browser console errors: " + severe);
        }
    }

    @Test
    void whatsNewOnAStoreWithoutHistorySaysHowToMakeOne() throws IOException {
        assertEquals(List.of(), fixture.store.read(ChangeGraphs::read), "the sample store has no history");
        driver.get(fixture.url() + "#changes");
        WebElement changes = driver.findElement(By.id("changes"));
        waiting().until(d -> "true".equals(changes.getDomAttribute("data-loaded")));
        assertEquals("0", changes.getDomAttribute("data-items"));
        String text = changes.getText();
        assertTrue(text.contains("Nothing recorded yet") && text.contains("newskg build") && text.contains("records what it changed"), text);
        assertTrue(!driver.findElement(By.id("since")).isEnabled(), "nothing to choose");
        assertEquals("true", driver.findElement(By.id("tab-changes")).getDomAttribute("aria-selected"));
    }

    /**
     * The view lists exactly the items of these changes: each kind's group with its count, every item
     * with what it is about (the article or entity, the fact's subject, relation and object) and the
     * words of the store (an article's headline; an entity's or a fact's entities' names).
     */
    private static void assertShows(WebElement changes, List<CorpusChange> shown) {
        java.util.Map<Change.Kind, Integer> counts = new java.util.TreeMap<>();
        shown.forEach(c -> c.counts().forEach((k, n) -> counts.merge(k, n, Integer::sum)));
        List<WebElement> groups = changes.findElements(By.cssSelector(".change-group"));
        assertEquals(counts.size(), groups.size(), "one group for each kind: " + counts);
        for (java.util.Map.Entry<Change.Kind, Integer> k : counts.entrySet()) {
            WebElement group = changes.findElement(By.cssSelector("[data-kind='" + k.getKey().localName() + "']"));
            assertEquals(String.valueOf(k.getValue()), group.findElement(By.cssSelector("h3 .count")).getText(), k.getKey().toString());
            assertEquals(k.getValue().intValue(), group.findElements(By.tagName("li")).size(), k.getKey().toString());
        }
        for (CorpusChange c : shown) {
            for (Change x : c.changes()) {
                WebElement li = item(changes, x);
                assertEquals(String.valueOf(c.sequence()), li.getDomAttribute("data-change"), x.label());
                String text = li.getText();
                if (x.fact().isPresent()) {
                    String[] words = x.label().split(" " + local(x.fact().get().relation()) + " ");
                    assertTrue(text.contains(words[0]) && text.contains(words[1]), text + " vs " + x.label());
                } else {
                    assertTrue(text.contains(x.label()), text + " vs " + x.label());
                }
            }
        }
    }

    /** The one item of the view that shows this change (found by what it is about, or by its words). */
    private static WebElement item(WebElement changes, Change x) {
        String group = "[data-kind='" + x.kind().localName() + "'] li";
        List<WebElement> found;
        if (x.fact().isPresent()) {
            Change.FactKey f = x.fact().get();
            found = changes.findElements(By.cssSelector(group + "[data-subject='" + f.subject() + "'][data-relation='" + f.relation()
                    + "'][data-object='" + f.object() + "']"));
        } else if (x.about().isPresent()) {
            found = changes.findElements(By.cssSelector(group + "[data-resource='" + x.about().get() + "']"));
        } else {
            found = changes.findElements(By.cssSelector(group)).stream().filter(li -> li.getText().contains(x.label())).toList();
        }
        assertTrue(!found.isEmpty(), "no item for " + x + " in " + changes.getText());
        return found.get(0);
    }

    private static Change only(CorpusChange c, Change.Kind kind) {
        List<Change> of = c.changes().stream().filter(x -> x.kind() == kind).toList();
        assertEquals(1, of.size(), kind + ": " + of);
        return of.get(0);
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('#') + 1);
    }
}
