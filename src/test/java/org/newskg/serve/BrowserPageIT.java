package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    /** The store of {@link PageStore}: dated articles, a hub, entities without relations, a denied fact. */
    private ServeFixture page;
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
        page = ServeFixture.serve(PageStore.build(dir.resolve("page-store")));
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
                try {
                    if (page != null) {
                        page.close();
                    }
                } finally {
                    if (fixture != null) {
                        fixture.close();
                    }
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
        // The sample has one entity without relations (Grey Strait), hidden by default.
        assertEquals("1", graph.getDomAttribute("data-isolated"));
        assertEquals(ServeFixture.ENTITIES - 1, ((Number) js("return window.newskg.cy.nodes(':visible').length")).intValue());
        assertEquals(Boolean.FALSE, js("return window.newskg.cy.getElementById(arguments[0]).visible()", ServeFixture.ENTITY + "grey-strait"));
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

            // An article added opens in the reader (its headline, with markup, as text).
            driver.get(served.url() + "#changes/1");
            WebElement since1 = driver.findElement(By.id("changes"));
            waiting().until(d -> "true".equals(since1.getDomAttribute("data-loaded")) && "1".equals(since1.getDomAttribute("data-since")));
            since1.findElements(By.cssSelector("[data-kind='ArticleAdded'] a.article")).stream()
                    .filter(a -> a.getText().equals(HistoryStore.VISIT_HEADLINE)).findFirst().orElseThrow().click();
            WebElement reader = driver.findElement(By.id("reader"));
            waiting().until(d -> "true".equals(reader.getDomAttribute("data-loaded")));
            assertEquals(ServeFixture.ARTICLE_NS + "wn-visit", reader.getDomAttribute("data-article"));
            assertEquals(HistoryStore.VISIT_HEADLINE, driver.findElement(By.id("article-title")).getText());
            assertEquals(0, reader.findElements(By.tagName("em")).size());
            assertEquals("#article/wn-visit", js("return location.hash"));

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

    // ---- issue 17: a legible graph, facts with their weight, links, the reader, the timeline, completion ----

    /** Opens the page store at this hash and waits for the graph. */
    private void openPage(String hash) {
        driver.get(page.url() + hash);
        waiting().until(d -> Boolean.TRUE.equals(js("return window.newskg.graphReady")));
    }

    /** The IRI of the entity the graph names so. */
    private String iriOf(String label) {
        Object id = js("const n = window.newskg.cy.nodes().filter(n => n.data('label') === arguments[0]); return n.length ? n.id() : null", label);
        assertTrue(id != null, "no entity " + label + " in the graph");
        return (String) id;
    }

    private WebElement detailsOf(String iri) {
        WebElement details = driver.findElement(By.id("details"));
        waiting().until(d -> "true".equals(details.getDomAttribute("data-loaded")) && iri.equals(details.getDomAttribute("data-entity")));
        return details;
    }

    private WebElement readerOf(String articleId) {
        WebElement reader = driver.findElement(By.id("reader"));
        waiting().until(d -> "true".equals(reader.getDomAttribute("data-loaded"))
                && (ServeFixture.ARTICLE_NS + articleId).equals(reader.getDomAttribute("data-article")));
        return reader;
    }

    private String hash() {
        return (String) js("return location.hash");
    }

    private int number(String script, Object... args) {
        return ((Number) js(script, args)).intValue();
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    }

    /** Moves the real mouse onto an element of the graph (where cytoscape drew it). */
    private void pointAt(String elementId) {
        WebElement graph = driver.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> pos = (Map<String, Number>) js("const e = window.newskg.cy.getElementById(arguments[0]);"
                + " return e.isNode() ? e.renderedPosition() : e.renderedMidpoint()", elementId);
        new Actions(driver).moveToElement(graph, pos.get("x").intValue() - graph.getSize().getWidth() / 2,
                pos.get("y").intValue() - graph.getSize().getHeight() / 2).perform();
    }

    @Test
    void theGraphHidesEntitiesWithoutRelationsNamesTheLargestAndShowsSupportOnEdges() throws IOException {
        openPage("");
        WebElement graph = driver.findElement(By.id("graph"));
        assertEquals(PageStore.ENTITIES, Integer.parseInt(graph.getDomAttribute("data-nodes")));
        // Entities without relations are hidden by default; the toggle says how many and shows them.
        assertEquals(PageStore.WITHOUT_RELATIONS, Integer.parseInt(graph.getDomAttribute("data-isolated")));
        assertEquals(PageStore.WITH_RELATIONS, Integer.parseInt(graph.getDomAttribute("data-shown")));
        assertEquals(PageStore.WITH_RELATIONS, number("return window.newskg.cy.nodes(':visible').length"));
        String greta = iriOf("Greta Sand");
        assertEquals(Boolean.FALSE, js("return window.newskg.cy.getElementById(arguments[0]).visible()", greta));
        WebElement toggle = driver.findElement(By.id("show-isolated"));
        assertTrue(toggle.isDisplayed() && !toggle.isSelected());
        assertTrue(driver.findElement(By.cssSelector("label.check")).getText().contains("show 3 entities without relations"),
                driver.findElement(By.cssSelector("label.check")).getText());
        toggle.click();
        waiting().until(d -> String.valueOf(PageStore.ENTITIES).equals(graph.getDomAttribute("data-shown")));
        assertEquals(PageStore.ENTITIES, number("return window.newskg.cy.nodes(':visible').length"));
        assertEquals(Boolean.TRUE, js("return window.newskg.cy.getElementById(arguments[0]).visible()", greta));
        toggle.click();
        waiting().until(d -> String.valueOf(PageStore.WITH_RELATIONS).equals(graph.getDomAttribute("data-shown")));
        assertEquals(PageStore.WITH_RELATIONS, number("return window.newskg.cy.nodes(':visible').length"));

        // Node size follows the relations: the hub is the largest.
        String anna = iriOf("Anna Berg");
        String felix = iriOf("Felix Dorn");
        double annaWidth = ((Number) js("return window.newskg.cy.getElementById(arguments[0]).width()", anna)).doubleValue();
        double felixWidth = ((Number) js("return window.newskg.cy.getElementById(arguments[0]).width()", felix)).doubleValue();
        assertTrue(annaWidth > 1.5 * felixWidth, annaWidth + " vs " + felixWidth);
        assertEquals(annaWidth, ((Number) js("return Math.max(...window.newskg.cy.nodes().map(n => n.width()))")).doubleValue(), 0.01);
        // Names are written on the 15 most connected, at a readable size on screen at the default zoom.
        assertEquals(15, number("return window.newskg.cy.nodes('.labelled').length"));
        assertEquals("Anna Berg", js("return window.newskg.cy.getElementById(arguments[0]).style('label')", anna));
        double px = ((Number) js("const cy = window.newskg.cy; const n = cy.getElementById(arguments[0]);"
                + " return n.numericStyle('font-size') * cy.zoom()", anna)).doubleValue();
        assertTrue(px >= 12.5, "label size on screen at the default zoom: " + px + " px");
        assertEquals(px, Double.parseDouble(graph.getDomAttribute("data-label-px")), 0.11);
        // The others are named when the pointer is on them.
        String unnamed = (String) js("return window.newskg.cy.nodes(':visible').filter(n => !n.hasClass('labelled')).first().id()");
        String unnamedLabel = (String) js("return window.newskg.cy.getElementById(arguments[0]).data('label')", unnamed);
        assertEquals("", js("return window.newskg.cy.getElementById(arguments[0]).style('label')", unnamed));
        screenshot("graph-legible.png");
        pointAt(unnamed);
        waiting().until(d -> unnamedLabel.equals(js("return window.newskg.cy.getElementById(arguments[0]).style('label')", unnamed)));
        screenshot("graph-hover.png");

        // Support on edges: a relation two articles state is drawn thicker than one stated once, and
        // says so in its label (shown with the selected entity's relations, or on hover).
        String lena = iriOf("Lena Marsh");
        String velmora = iriOf("Velmora");
        String twice = lena + " leaderOf " + velmora;
        String once = iriOf("Jonas Breuer") + " visited " + velmora;
        assertEquals(2, number("return window.newskg.cy.getElementById(arguments[0]).data('articles')", twice));
        assertEquals(1, number("return window.newskg.cy.getElementById(arguments[0]).data('articles')", once));
        double wide = ((Number) js("return window.newskg.cy.getElementById(arguments[0]).numericStyle('width')", twice)).doubleValue();
        double thin = ((Number) js("return window.newskg.cy.getElementById(arguments[0]).numericStyle('width')", once)).doubleValue();
        assertTrue(wide > thin, wide + " vs " + thin);
        assertEquals("", js("return window.newskg.cy.getElementById(arguments[0]).style('label')", twice));
        driver.get(page.url() + "#entity/" + lena.substring(ServeFixture.ENTITY.length()));
        detailsOf(lena);
        waiting().until(d -> "leads · 2 articles".equals(js("return window.newskg.cy.getElementById(arguments[0]).style('label')", twice)));
        screenshot("graph-selected.png");
        assertNoConsoleErrors();
    }

    @Test
    void anEntityShowsHowManyArticlesStateEachFactFlagsContradictionsAndOrdersItsFactsInTime() throws IOException {
        openPage("");
        String lena = iriOf("Lena Marsh");
        String velmora = iriOf("Velmora");
        driver.get(page.url() + "#entity/" + lena.substring(ServeFixture.ENTITY.length()));
        WebElement details = detailsOf(lena);
        WebElement leads = details.findElement(By.cssSelector(".fact[data-relation='" + ServeFixture.NKG + "leaderOf'][data-object='" + velmora + "']"));
        assertEquals("2", leads.getDomAttribute("data-articles"));
        assertTrue(leads.findElement(By.cssSelector(".weight")).getText().equals("2 articles"), leads.getText());
        WebElement signed = details.findElement(By.cssSelector(".fact[data-relation='" + ServeFixture.NKG + "signed']"));
        assertEquals("1", signed.getDomAttribute("data-articles"));
        assertEquals("1 article", signed.findElement(By.cssSelector(".weight")).getText());
        assertEquals("false", leads.getDomAttribute("data-contradicted"));

        // The timeline: the pact on its own date (before the article that reports it), then the
        // articles' dates in order.
        List<WebElement> timeline = details.findElements(By.cssSelector("#timeline li"));
        List<String> dates = timeline.stream().map(li -> li.getDomAttribute("data-date")).toList();
        assertEquals(List.of(PageStore.PACT_DATE, "2031-03-02", "2031-05-10"), dates.stream().distinct().toList(), dates.toString());
        assertEquals(ServeFixture.NKG + "signed", timeline.get(0).getDomAttribute("data-relation"));
        assertTrue(timeline.get(0).getText().contains(PageStore.PACT_DATE) && timeline.get(0).getText().contains("Harbin Lake Pact"),
                timeline.get(0).getText());
        assertTrue(timeline.get(timeline.size() - 1).getText().contains("Anna Berg"), timeline.get(timeline.size() - 1).getText());
        js("document.getElementById('timeline').scrollIntoView({ block: 'center' })");
        screenshot("entity-timeline.png");

        // A fact one article states and another denies is flagged, the denying article one click away.
        String jonas = iriOf("Jonas Breuer");
        driver.get(page.url() + "#entity/" + jonas.substring(ServeFixture.ENTITY.length()));
        details = detailsOf(jonas);
        WebElement visited = details.findElement(By.cssSelector(".fact[data-relation='" + ServeFixture.NKG + "visited']"));
        assertEquals("true", visited.getDomAttribute("data-contradicted"));
        assertEquals("1", visited.getDomAttribute("data-articles"));
        String flag = visited.findElement(By.cssSelector(".flag")).getText();
        assertTrue(flag.contains("CONTRADICTED") || flag.contains("Contradicted"), flag);
        assertTrue(flag.contains("denied by") && flag.contains(PageStore.DENIAL_HEADLINE), flag);
        assertTrue(visited.getText().contains("the article denies it") && visited.getText().contains("Jonas Breuer did not visit Velmora"),
                visited.getText());
        assertEquals(0, details.findElements(By.tagName("b")).size(), "a headline's markup is text");
        assertEquals("false", details.findElement(By.cssSelector(".fact[data-relation='" + ServeFixture.NKG + "leaderOf']"))
                .getDomAttribute("data-contradicted"));
        screenshot("entity-contradicted.png");
        visited.findElement(By.cssSelector("a.other-side")).click();
        readerOf(PageStore.DENIAL_ID);
        assertTrue(hash().equals("#article/" + PageStore.DENIAL_ID), hash());
        assertEquals(PageStore.DENIAL_HEADLINE, driver.findElement(By.id("article-title")).getText());

        // An agreement given a second place by another article: the other place and its article.
        String pact = iriOf("Harbin Lake Pact");
        driver.get(page.url() + "#entity/" + pact.substring(ServeFixture.ENTITY.length()));
        details = detailsOf(pact);
        WebElement tessaly = details.findElement(By.cssSelector(".fact[data-relation='" + ServeFixture.NKG + "location'][data-object='"
                + iriOf("Tessaly") + "']"));
        assertEquals("true", tessaly.getDomAttribute("data-contradicted"));
        String other = tessaly.findElement(By.cssSelector(".flag")).getText();
        assertTrue(other.contains("Port Arlen") && other.contains(PageStore.DENIAL_HEADLINE), other);
        assertNoConsoleErrors();
    }

    @Test
    void theUrlFollowsTheViewAndSearchSuggestsAsOneTypes() throws IOException {
        openPage("");
        String anna = iriOf("Anna Berg");
        // Suggestions as one types, before any Enter: names that start with the text first.
        WebElement find = driver.findElement(By.id("find"));
        find.sendKeys("ann");
        WebElement suggestions = driver.findElement(By.id("suggestions"));
        waiting().until(d -> suggestions.isDisplayed());
        List<WebElement> items = suggestions.findElements(By.tagName("li"));
        assertEquals(anna, items.get(0).getDomAttribute("data-entity"));
        assertTrue(items.get(0).getText().contains("Anna Berg"), items.get(0).getText());
        find.sendKeys("a b");
        waiting().until(d -> suggestions.findElements(By.tagName("li")).size() == 1);
        find.clear();
        find.sendKeys("marsh");
        waiting().until(d -> !suggestions.findElements(By.tagName("li")).isEmpty()
                && iriOf("Lena Marsh").equals(suggestions.findElements(By.tagName("li")).get(0).getDomAttribute("data-entity")));
        screenshot("search-suggests.png");
        find.clear();
        find.sendKeys("anna");
        waiting().until(d -> !suggestions.findElements(By.tagName("li")).isEmpty()
                && anna.equals(suggestions.findElements(By.tagName("li")).get(0).getDomAttribute("data-entity")));
        suggestions.findElements(By.tagName("li")).get(0).click();
        detailsOf(anna);
        assertEquals("#entity/" + anna.substring(ServeFixture.ENTITY.length()), hash());
        assertTrue(!suggestions.isDisplayed());

        // Reloaded, the URL shows the same entity; Back returns to the plain graph.
        driver.navigate().refresh();
        waiting().until(d -> Boolean.TRUE.equals(js("return window.newskg.graphReady")));
        detailsOf(anna);
        assertEquals(Boolean.TRUE, js("return window.newskg.cy.getElementById(arguments[0]).selected()", anna));
        String lena = iriOf("Lena Marsh");
        driver.findElement(By.cssSelector("#details a.entity[data-entity='" + lena + "']")).click();
        detailsOf(lena);
        assertEquals("#entity/" + lena.substring(ServeFixture.ENTITY.length()), hash());
        driver.navigate().back();
        detailsOf(anna);
        assertEquals("#entity/" + anna.substring(ServeFixture.ENTITY.length()), hash());

        // A saved query by its name: opened and run.
        driver.get(page.url() + "#query/contradictions");
        WebElement results = driver.findElement(By.id("results"));
        waiting().until(d -> Integer.parseInt(results.getDomAttribute("data-rows")) > 0);
        assertEquals("contradictions", new Select(driver.findElement(By.id("saved"))).getFirstSelectedOption().getDomAttribute("value"));
        assertTrue(results.getText().contains("Harbin Lake Pact") && results.getText().contains("Jonas Breuer"), results.getText());
        // Any SPARQL in the URL, without PREFIX lines: opened, run, and kept across a reload.
        String sparql = "SELECT ?who ?what WHERE { ?who nkg:signed ?what } ORDER BY ?who";
        driver.get(page.url() + "#query/" + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        WebElement results2 = driver.findElement(By.id("results"));
        waiting().until(d -> Integer.parseInt(results2.getDomAttribute("data-rows")) > 0);
        assertEquals(2, Integer.parseInt(results2.getDomAttribute("data-rows")));
        assertEquals(sparql, js("return window.newskg.editor.getValue()"));
        driver.navigate().refresh();
        WebElement results3 = driver.findElement(By.id("results"));
        waiting().until(d -> Integer.parseInt(results3.getDomAttribute("data-rows")) > 0);
        assertEquals(2, Integer.parseInt(results3.getDomAttribute("data-rows")));
        // Result cells that are entities open them in the graph.
        WebElement cell = results3.findElement(By.cssSelector("td a.entity[data-entity='" + lena + "']"));
        assertEquals("#entity/" + lena.substring(ServeFixture.ENTITY.length()), cell.getDomAttribute("href"));
        cell.click();
        detailsOf(lena);
        assertTrue(driver.findElement(By.id("panel-graph")).isDisplayed());
        assertEquals("#entity/" + lena.substring(ServeFixture.ENTITY.length()), hash());
        driver.navigate().back();
        waiting().until(d -> driver.findElement(By.id("panel-query")).isDisplayed());
        assertTrue(hash().startsWith("#query/SELECT"), hash());

        // An article by its id.
        driver.get(page.url() + "#article/" + PageStore.PACT_ID);
        readerOf(PageStore.PACT_ID);
        assertEquals("true", driver.findElement(By.id("tab-article")).getDomAttribute("aria-selected"));
        assertEquals(PageStore.PACT_HEADLINE, driver.findElement(By.id("article-title")).getText());
        assertNoConsoleErrors();
    }

    @Test
    void theArticleReaderMarksMentionsAndSentencesWithTheFactsBeside() throws IOException {
        openPage("");
        String lena = iriOf("Lena Marsh");
        String anna = iriOf("Anna Berg");
        // Reached from an entity's articles.
        driver.get(page.url() + "#entity/" + lena.substring(ServeFixture.ENTITY.length()));
        WebElement details = detailsOf(lena);
        details.findElement(By.cssSelector(".articles a.article[data-article='" + ServeFixture.ARTICLE_NS + PageStore.COUNCIL_ID + "']")).click();
        WebElement reader = readerOf(PageStore.COUNCIL_ID);
        assertEquals("#article/" + PageStore.COUNCIL_ID, hash());
        assertEquals(PageStore.COUNCIL_HEADLINE, driver.findElement(By.id("article-title")).getText());

        // Every mention the store has, marked where its offsets say, linked to its entity.
        List<WebElement> mentions = reader.findElements(By.cssSelector("a.mention"));
        assertEquals(16, mentions.size(), "mentions in the council article");
        assertEquals("16", reader.getDomAttribute("data-mentions"));
        Map<String, String> names = Map.of(anna, "Anna Berg", lena, "Lena Marsh", iriOf("Velmora"), "Velmora",
                iriOf("Port Arlen"), "Port Arlen", iriOf("Northern Water Council"), "Northern Water Council", iriOf("Tomas Vell"), "Tomas Vell");
        for (WebElement m : mentions) {
            String name = names.get(m.getDomAttribute("data-entity"));
            if (name != null) {
                assertEquals(name, m.getText());
            }
        }
        assertEquals(3, mentions.stream().filter(m -> anna.equals(m.getDomAttribute("data-entity"))).count());
        // Each sentence marked and numbered: the headline, then the four of the body.
        List<WebElement> sentences = reader.findElements(By.cssSelector(".sentence"));
        assertEquals(5, sentences.size());
        assertEquals("5", reader.getDomAttribute("data-sentences"));
        assertTrue(sentences.get(4).getText().contains("Anna Berg also met Tomas Vell"), sentences.get(4).getText());
        for (int k = 0; k < sentences.size(); k++) {
            assertEquals(String.valueOf(k + 1), sentences.get(k).findElement(By.cssSelector("sup.sn")).getText());
            assertEquals(String.valueOf(k + 1), sentences.get(k).getDomAttribute("data-sentence"));
        }
        assertTrue(sentences.get(0).getText().endsWith(PageStore.COUNCIL_HEADLINE), sentences.get(0).getText());
        // Its facts beside it, each with its sentence; the sentences that state facts are marked so.
        List<WebElement> facts = reader.findElements(By.cssSelector("#article-facts li"));
        assertEquals(9, facts.size());
        WebElement joined = reader.findElement(By.cssSelector("#article-facts li[data-relation='" + ServeFixture.NKG + "memberOf']"));
        assertEquals("3", joined.getDomAttribute("data-sentence"));
        assertTrue(sentences.get(2).getText().contains("Velmora joined the Northern Water Council"), sentences.get(2).getText());
        assertTrue(sentences.get(2).getDomAttribute("class").contains("has-facts"));
        assertTrue(!sentences.get(0).getDomAttribute("class").contains("has-facts"), "the headline states no fact");
        assertEquals(5, facts.stream().filter(f -> "5".equals(f.getDomAttribute("data-sentence"))).count());
        joined.findElement(By.cssSelector("a.sentence-ref")).click();
        waiting().until(d -> sentences.get(2).getDomAttribute("class").contains("lit"));
        screenshot("article-reader.png");

        // A mention opens its entity in the graph.
        mentions.stream().filter(m -> anna.equals(m.getDomAttribute("data-entity"))).findFirst().orElseThrow().click();
        detailsOf(anna);
        assertTrue(driver.findElement(By.id("panel-graph")).isDisplayed());

        // A headline with markup is text.
        driver.get(page.url() + "#article/" + PageStore.DENIAL_ID);
        WebElement denial = readerOf(PageStore.DENIAL_ID);
        assertEquals(0, denial.findElements(By.tagName("b")).size());
        assertTrue(denial.getText().contains("<b>visit</b>"), denial.getText());
        assertTrue(denial.findElement(By.cssSelector("#article-facts")).getText().contains("denies"),
                denial.findElement(By.cssSelector("#article-facts")).getText());
        assertNoConsoleErrors();
    }

    @Test
    void theSparqlEditorCompletesPrefixesAndTheOntologysTerms() throws IOException {
        openPage("#query");
        Select saved = new Select(driver.findElement(By.id("saved")));
        waiting().until(d -> saved.getOptions().size() > 1);
        saved.selectByValue("");
        js("window.newskg.editor.setValue('')");
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        WebElement input = driver.findElement(By.cssSelector(".CodeMirror textarea"));
        // A prefix: typed in part, completed, and declared.
        input.sendKeys("SELECT ?who ?what WHERE { ?who nk");
        waiting().until(d -> !driver.findElements(By.cssSelector(".CodeMirror-hints li")).isEmpty()
                && driver.findElements(By.cssSelector(".CodeMirror-hints li")).get(0).getText().startsWith("nkg:"));
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> String.valueOf(js("return window.newskg.editor.getValue()")).contains("?who nkg:"));
        String text = (String) js("return window.newskg.editor.getValue()");
        assertTrue(text.startsWith("PREFIX nkg: <" + ServeFixture.NKG + ">\n"), text);
        // Then the ontology's terms of that prefix, as one types.
        waiting().until(d -> driver.findElements(By.cssSelector(".CodeMirror-hints li")).stream().anyMatch(li -> li.getText().startsWith("nkg:Agreement")));
        input.sendKeys("sig");
        waiting().until(d -> {
            List<WebElement> li = driver.findElements(By.cssSelector(".CodeMirror-hints li"));
            return li.size() == 1 && li.get(0).getText().startsWith("nkg:signed");
        });
        screenshot("sparql-completion.png");
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        input.sendKeys(" ?what }");
        text = (String) js("return window.newskg.editor.getValue()");
        assertEquals("PREFIX nkg: <" + ServeFixture.NKG + ">\nSELECT ?who ?what WHERE { ?who nkg:signed ?what }", text);
        assertEquals(1, text.split("PREFIX").length - 1, "declared once");
        driver.findElement(By.id("run")).click();
        WebElement results = driver.findElement(By.id("results"));
        waiting().until(d -> Integer.parseInt(results.getDomAttribute("data-rows")) > 0);
        assertEquals(2, Integer.parseInt(results.getDomAttribute("data-rows")));
        // Another vocabulary's term by its local name, with its prefix declared on the way.
        js("window.newskg.editor.setValue('SELECT ?l WHERE { ?e prefLab'); window.newskg.editor.setCursor(1e9, 1e9)");
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        input.sendKeys("e");
        waiting().until(d -> driver.findElements(By.cssSelector(".CodeMirror-hints li")).stream().anyMatch(li -> li.getText().startsWith("skos:prefLabel")));
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> String.valueOf(js("return window.newskg.editor.getValue()")).contains("?e skos:prefLabel"));
        assertTrue(String.valueOf(js("return window.newskg.editor.getValue()")).startsWith("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"));
        // Completion from the ontology as the server lists it (not a list in the page).
        assertTrue(number("return window.newskg.vocabulary.terms.filter(t => t.name.startsWith('nkg:')).length") >= 20);
        assertNoConsoleErrors();
    }

    /**
     * A server with --allow-update: the entity panel asks to log in, then merges another entity into
     * the one shown (picked with the search's suggestions), asserts and rejects a fact and, after a
     * reload that keeps the login, splits the merged name off again; the Curations tab lists them and
     * drops one. Each time the store keeps the curation, the graph is rebuilt and the page shows the
     * result. A read-only server's page offers none of it.
     */
    @Test
    void aLoggedInUserMergesTwoEntitiesAndRejectsAFactInThePage(@TempDir Path other) throws IOException {
        openPage("#entity/anna-berg");
        assertTrue(detailsOf(ServeFixture.ENTITY + "anna-berg").findElements(By.id("curate")).isEmpty(), "read-only: no curation");
        assertTrue(driver.findElements(By.cssSelector("button.reject")).isEmpty());
        assertFalse(driver.findElement(By.id("tab-curations")).isDisplayed(), "read-only: no Curations tab");

        Path users = Files.writeString(other.resolve("users.txt"), "editor: s3cret\n");
        org.newskg.store.KgStore store = PageStore.build(other.resolve("store"));
        ServedCurations curations = new ServedCurations(store, new Object(), (s, words) -> org.newskg.build.KgBuild.store(PageStore.extraction(),
                s, 100, new org.newskg.build.KgBuild.History(words, java.util.Optional.empty())), line -> {});
        String ida = ServeFixture.ENTITY + "ida-kern";
        String mara = ServeFixture.ENTITY + "mara-lind";
        String anna = ServeFixture.ENTITY + "anna-berg";
        String kestria = ServeFixture.ENTITY + "kestria";
        try (ServeFixture rw = ServeFixture.serve(store, b -> b.allowUpdate(users).curations(curations))) {
            driver.get(rw.url() + "#entity/ida-kern");
            waiting().until(d -> Boolean.TRUE.equals(js("return window.newskg.graphReady")));
            WebElement details = detailsOf(ida);
            WebElement graph = driver.findElement(By.id("graph"));
            assertEquals(String.valueOf(PageStore.ENTITIES), graph.getDomAttribute("data-nodes"));

            // Log in: the page's own form, its credentials on the curation requests only.
            details.findElement(By.id("curate-user")).sendKeys("editor");
            details.findElement(By.id("curate-password")).sendKeys("wrong");
            details.findElement(By.cssSelector("#curate-login button")).click();
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-status[data-kind='error']")).isEmpty());
            assertEquals("wrong user name or password", driver.findElement(By.id("curate-status")).getText());
            driver.findElement(By.id("curate-user")).sendKeys("editor");
            driver.findElement(By.id("curate-password")).sendKeys("s3cret");
            driver.findElement(By.cssSelector("#curate-login button")).click();
            waiting().until(d -> !d.findElements(By.cssSelector("#curate[data-user='editor']")).isEmpty());

            // Merge: Mara Lind, found by the search's suggestions, into Ida Kern.
            driver.findElement(By.id("curate-merge")).click();
            WebElement find = driver.findElement(By.id("curate-find"));
            find.sendKeys("Mara");
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-suggestions li[data-entity='" + mara + "']")).isEmpty());
            new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#curate-suggestions li[data-entity='" + mara + "']"))).click().perform();
            driver.findElement(By.id("curate-why")).sendKeys("one person");
            screenshot("curate-merge-form.png");
            driver.findElement(By.id("curate-go")).click();
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-status[data-kind='done']")).isEmpty());
            details = detailsOf(ida);
            String done = driver.findElement(By.id("curate-status")).getText();
            assertTrue(done.startsWith("Curation #1: merge 'Mara Lind' into 'Ida Kern' — change #1: "), done);
            assertTrue(details.findElement(By.cssSelector(".names")).getText().contains("Mara Lind"), "the other name: " + details.getText());
            waiting().until(d -> Boolean.TRUE.equals(js("return window.newskg.graphReady")));
            assertEquals(String.valueOf(PageStore.ENTITIES - 1), graph.getDomAttribute("data-nodes"), "the graph is loaded again");
            assertEquals(Boolean.TRUE, js("return window.newskg.cy.getElementById(arguments[0]).empty()", mara));
            assertTrue(has(store, "GRAPH ?g { <" + ida + "> skos:altLabel \"Mara Lind\"@en }"));
            assertFalse(has(store, "GRAPH ?g { <" + mara + "> ?p ?o }"), "merged away");
            screenshot("curate-merged.png");

            // Assert a fact the articles missed: the relation, then the other entity, picked as for the merge.
            String council = ServeFixture.ENTITY + "northern-water-council";
            driver.findElement(By.id("curate-assert")).click();
            new Select(driver.findElement(By.id("curate-relation"))).selectByValue("memberOf");
            driver.findElement(By.id("curate-find")).sendKeys("Northern");
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-suggestions li[data-entity='" + council + "']")).isEmpty());
            new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#curate-suggestions li[data-entity='" + council + "']"))).click().perform();
            driver.findElement(By.id("curate-go")).click();
            waiting().until(d -> String.valueOf(js("const s = document.getElementById('curate-status'); return s ? s.textContent : ''"))
                    .startsWith("Curation #2: assert 'Ida Kern' memberOf 'Northern Water Council'"));
            details = detailsOf(ida);
            assertTrue(has(store, "GRAPH ?g { <" + ida + "> nkg:memberOf <" + council + "> }"));

            // What the server refuses shows as its one line, and changes nothing.
            driver.findElement(By.id("curate-link")).click();
            driver.findElement(By.id("curate-value")).sendKeys("42");
            driver.findElement(By.id("curate-go")).click();
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-status[data-kind='error']")).isEmpty());
            assertEquals("a Wikidata item is Q and a number, e.g. Q42; not '42'; nothing was changed",
                    driver.findElement(By.id("curate-status")).getText());
            assertEquals(2, org.newskg.build.KgBuild.curations(store).size());

            // Reject a fact on Anna Berg's panel: a first click asks, a second rejects.
            driver.get(rw.url() + "#entity/anna-berg");
            details = detailsOf(anna);
            String visited = ".fact[data-relation='" + ServeFixture.NKG + "visited'][data-object='" + kestria + "']";
            WebElement reject = details.findElement(By.cssSelector(visited + " button.reject"));
            reject.click();
            assertEquals("Reject it?", reject.getText());
            reject.click();
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-status[data-kind='done']")).isEmpty());
            details = detailsOf(anna);
            assertTrue(driver.findElement(By.id("curate-status")).getText().startsWith("Curation #3: reject 'Anna Berg' visited 'Kestria'"));
            assertTrue(details.findElements(By.cssSelector(visited)).isEmpty(), "the fact has left the panel");
            assertFalse(has(store, "GRAPH ?g { <" + anna + "> nkg:visited <" + kestria + "> }"), "and the graph");
            assertEquals(List.of("editor", "editor", "editor"), org.newskg.build.KgBuild.curations(store).stream()
                    .map(org.newskg.curate.Curation::curator).toList(), "kept, with who made them");
            screenshot("curate-reject.png");

            // A reload keeps the login (for the tab's life). A split that would take nothing is kept and
            // said to apply to nothing: the one article that says "Mara Lind" also says "Ida Kern".
            driver.navigate().refresh();
            driver.get(rw.url() + "#entity/ida-kern");
            waiting().until(d -> !d.findElements(By.cssSelector("#curate[data-user='editor']")).isEmpty());
            driver.findElement(By.id("curate-split")).click();
            new Select(driver.findElement(By.id("curate-value"))).selectByValue("Mara Lind");
            driver.findElement(By.id("curate-go")).click();
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-status[data-kind='warning']")).isEmpty());
            assertEquals("Curation #4: split 'Mara Lind' from 'Ida Kern' — kept, but it applies to nothing now: every article that calls"
                    + " 'Ida Kern' 'Mara Lind' also calls it otherwise", driver.findElement(By.id("curate-status")).getText());
            // Split: Nina Falk, of another article, merged (here, by the server) into Tomas Vell, is her own person again.
            String tomas = ServeFixture.ENTITY + "tomas-vell";
            curations.add(new ServedCurations.Request("merge", tomas, null, ServeFixture.ENTITY + "nina-falk", null, ""), "editor");
            driver.get(rw.url() + "#entity/tomas-vell");
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-split")).isEmpty());
            driver.findElement(By.id("curate-split")).click();
            new Select(driver.findElement(By.id("curate-value"))).selectByValue("Nina Falk");
            driver.findElement(By.id("curate-go")).click();
            waiting().until(d -> !d.findElements(By.cssSelector("#curate-status[data-kind='done']")).isEmpty());
            assertTrue(driver.findElement(By.id("curate-status")).getText().startsWith("Curation #6: split 'Nina Falk' from 'Tomas Vell' — change #"),
                    driver.findElement(By.id("curate-status")).getText());
            assertTrue(has(store, "GRAPH ?g { ?m skos:prefLabel \"Nina Falk\"@en } GRAPH ?h { ?m nkg:mentionedIn ?a }"), "Nina Falk is an entity again");
            assertFalse(has(store, "GRAPH ?g { <" + tomas + "> skos:altLabel \"Nina Falk\"@en }"));

            // The Curations tab lists the six, each linking to its entity; dropping the rejection brings the fact back.
            driver.findElement(By.id("tab-curations")).click();
            waiting().until(d -> "6".equals(d.findElement(By.id("curations")).getDomAttribute("data-items")));
            assertEquals("#curations", js("return location.hash"));
            WebElement list = driver.findElement(By.id("curations"));
            assertEquals(List.of("#1", "#2", "#3", "#4", "#5", "#6"), list.findElements(By.cssSelector("li.curation .seq")).stream()
                    .map(WebElement::getText).toList());
            assertTrue(list.findElement(By.cssSelector("li[data-sequence='4']")).getText().contains("applies to nothing now"), list.getText());
            assertTrue(list.findElement(By.cssSelector("li[data-sequence='1']")).getText().contains("editor, ")
                    && list.findElement(By.cssSelector("li[data-sequence='1']")).getText().contains("one person"), list.getText());
            screenshot("curations-tab.png");
            WebElement drop = list.findElement(By.cssSelector("li[data-sequence='3'] button.drop"));
            drop.click();
            assertEquals("Drop it?", drop.getText());
            drop.click();
            waiting().until(d -> "5".equals(d.findElement(By.id("curations")).getDomAttribute("data-items"))
                    && "done".equals(d.findElement(By.id("curations-status")).getDomAttribute("data-kind")));
            assertTrue(driver.findElement(By.id("curations-status")).getText().startsWith("Dropped curation #3: reject 'Anna Berg' visited 'Kestria'"));
            assertTrue(has(store, "GRAPH ?g { <" + anna + "> nkg:visited <" + kestria + "> }"), "the rejected fact is back");
            assertEquals(List.of(1, 2, 4, 5, 6), org.newskg.build.KgBuild.curations(store).stream().map(org.newskg.curate.Curation::sequence).toList());
            driver.findElement(By.cssSelector("li[data-sequence='1'] a.entity")).click();
            waiting().until(d -> String.valueOf(js("return location.hash")).equals("#entity/ida-kern"));
            assertNoConsoleErrorsBut("the server responded with a status of 400");
        } finally {
            // Leave no page of this server behind (its requests would fail in the next test's log).
            driver.get("about:blank");
            driver.manage().logs().get(LogType.BROWSER);
        }
    }

    private static boolean has(org.newskg.store.KgStore store, String where) {
        return store.query(org.apache.jena.query.QueryFactory.create("PREFIX nkg: <" + ServeFixture.NKG + "> PREFIX skos: "
                + "<http://www.w3.org/2004/02/skos/core#> ASK { " + where + " }"), qe -> qe.execAsk());
    }

    /** No console errors but the expected one (the refused request's). */
    private void assertNoConsoleErrorsBut(String expected) {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains(expected)).toList();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
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
