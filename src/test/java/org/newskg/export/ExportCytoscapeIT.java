package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cytoscape.js JSON: cytoscape.js itself (from its WebJar, no CDN) loads the export in headless
 * Chromium, and the node and edge counts it reports match the graph. A page in {@code target/} embeds
 * the JSON and writes what cytoscape.js made of it into the DOM, which Chromium prints.
 */
class ExportCytoscapeIT {
    private static final Path PAGES = Path.of("target", "cytoscape-test");

    /** Runs in the page: loads the elements, reports counts and anything cytoscape.js complained about. */
    private static final String SCRIPT = """
            const problems = [];
            for (const level of ['error', 'warn']) {
              const original = console[level];
              console[level] = (...args) => { problems.push(args.join(' ')); original(...args); };
            }
            let result;
            try {
              const json = JSON.parse(document.getElementById('graph').textContent);
              const cy = cytoscape({ headless: true, elements: json.elements });
              const support = cy.edges().map(e => e.data('support')).reduce((a, b) => a + b, 0);
              result = 'nodes=' + cy.nodes().length + ' edges=' + cy.edges().length + ' support=' + support
                  + ' persons=' + cy.nodes('[type = "Person"]').length + ' problems=' + problems.length
                  + (problems.length ? ' ' + problems.join(' | ') : '');
            } catch (e) {
              result = 'failed: ' + e;
            }
            document.getElementById('result').textContent = result;
            """;

    /** cytoscape.min.js out of the WebJar, whichever version the pom names. */
    private static byte[] cytoscapeJs() throws IOException {
        URL dir = ExportCytoscapeIT.class.getResource("/META-INF/resources/webjars/cytoscape/");
        if (dir == null) {
            throw new IllegalStateException("the cytoscape WebJar (org.webjars.npm:cytoscape) is not on the test classpath");
        }
        JarFile jar = ((JarURLConnection) dir.openConnection()).getJarFile();
        String entry = jar.stream().map(e -> e.getName())
                .filter(n -> n.matches("META-INF/resources/webjars/cytoscape/[^/]+/dist/cytoscape\\.min\\.js"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no dist/cytoscape.min.js in " + jar.getName()));
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return in.readAllBytes();
        }
    }

    private static String page(String json) {
        // "</" could end the script element early; "<\/" is the same JSON string.
        String embedded = json.replace("</", "<\\/");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>NewsKG export</title>"
                + "<script src=\"cytoscape.min.js\"></script></head><body>"
                + "<script type=\"application/json\" id=\"graph\">" + embedded + "</script>"
                + "<pre id=\"result\">not run</pre><script>" + SCRIPT + "</script></body></html>";
    }

    /** What the page reported, as Chromium printed the DOM. */
    private static String load(String json) throws Exception {
        ExternalTool chromium = ExternalTool.require("chromium", "chromium", "chromium-browser");
        Files.createDirectories(PAGES);
        Files.write(PAGES.resolve("cytoscape.min.js"), cytoscapeJs());
        Path html = PAGES.resolve("graph.html").toAbsolutePath();
        Files.writeString(html, page(json), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("newskg-chromium");
        ExternalTool.Result r = chromium.run(120, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", html.toUri().toString());
        assertEquals(0, r.exitCode(), r.stderr());
        Matcher m = Pattern.compile("<pre id=\"result\">([^<]*)</pre>").matcher(r.stdoutText());
        assertTrue(m.find(), "no result in the page Chromium printed:\n" + r.stdoutText() + "\n" + r.stderr());
        return m.group(1);
    }

    @Test
    void cytoscapeJsLoadsTheEntityView() throws Exception {
        String result = load(ExportFixture.export(ExportFormat.CYTOSCAPE));
        // Supports: leaderOf 3, signed 2, six facts of 1.
        assertEquals("nodes=" + ExportFixture.LINKED_ENTITIES + " edges=" + ExportFixture.ENTITY_FACTS + " support=11 persons=4 problems=0", result);
    }

    @Test
    void cytoscapeJsLoadsTheFullView() throws Exception {
        String result = load(ExportFixture.export(ExportFormat.CYTOSCAPE, GraphViewOptions.parse("full", null, null, null, false)));
        // Entity facts 11, holdsTitle 2, date 1, 17 mentionedIn links of 1.
        assertEquals("nodes=" + ExportFixture.FULL_NODES + " edges=" + ExportFixture.FULL_EDGES + " support=31 persons=4 problems=0", result);
    }
}
