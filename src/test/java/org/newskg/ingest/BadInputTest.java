package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, described in its {@code .README.md})
 * through {@link ArticleReader}: every file has the outcome a user expects, a bad file is reported by
 * name with its reason, and the good ones are read. What cannot live in git (large files, a
 * symbolic-link loop, an unreadable file, a named pipe) is made here. No CoreNLP.
 */
public class BadInputTest {
    /** The corpus as kept in the repository. */
    public static final Path CORPUS = Path.of("src/test/resources/bad-input");

    /** Each bad file of the corpus, and words its reason must contain. */
    public static final Map<String, List<String>> SKIPPED = Map.of(
            "empty.txt", List.of("empty file"),
            "whitespace-only.txt", List.of("only white space"),
            "no-words.txt", List.of("no letters or digits"),
            "image.png", List.of("binary file", "PNG image"),
            "archive.zip", List.of("binary file", "ZIP archive"),
            "latin1.txt", List.of("not valid UTF-8", "offset 3", "Latin-1", "re-save it as UTF-8"),
            "invalid-utf8.txt", List.of("not valid UTF-8", "byte 0xC0 at offset 35", "re-save it as UTF-8"),
            "utf16.txt", List.of("UTF-16", "re-save it as UTF-8"),
            "control-chars.txt", List.of("binary data", "control characters"));

    /** The good articles of the corpus: headline, and the file names each was read from. */
    static final Map<String, List<String>> BUILT = Map.of(
            "Valdoria and Norvessa Ministers Meet in Maravel", List.of("good/ministers-meet.txt"),
            "Trade Talks Resume in Port Elsen", List.of("good/sub/deeper/trade-talks.txt"),
            "Grain Council Elects New Chair", List.of("bom.txt"),
            "Valdoria and Norvessa sign fisheries accord", List.of("page.html"),
            "Coastal Grain Council Warns of Poor Harvest", List.of("copies/duplicate-b.txt", "duplicate-a.txt"));

    @TempDir
    Path dir;
    Path corpus;
    private final ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);

    @BeforeEach
    void copyTheCorpus() throws IOException {
        corpus = dir.resolve("bad-input");
        copy(CORPUS, corpus);
    }

    /** Copies a folder (hidden files too) so that tests may add to it. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private String rel(String source) {
        return corpus.relativize(Path.of(source)).toString();
    }

    private Map<String, String> reasons(IngestResult r) {
        return r.problems().stream().collect(Collectors.toMap(p -> rel(p.source()), Problem::reason, (a, b) -> a + " | " + b,
                TreeMap::new));
    }

    @Test
    void everyFileInTheCorpusHasTheOutcomeAUserExpects() {
        IngestResult r = reader.read(List.of(corpus));

        Map<String, String> reasons = reasons(r);
        assertEquals(new TreeMap<>(SKIPPED).keySet(), reasons.keySet(), "skipped, by name: " + reasons);
        SKIPPED.forEach((file, words) -> words.forEach(w ->
                assertTrue(reasons.get(file).contains(w), file + ": '" + reasons.get(file) + "' should say '" + w + "'")));

        Map<String, List<String>> built = r.documents().stream().collect(Collectors.toMap(Document::headline,
                d -> d.sources().stream().map(this::rel).sorted().toList()));
        assertEquals(BUILT, built);
        assertTrue(r.documents().stream().noneMatch(d -> d.text().contains("hidden")), "hidden files are not read");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() {
        Document d = reader.readFile(corpus.resolve("bom.txt"));
        assertTrue(d.text().startsWith("Grain Council"), d.text());
        assertEquals(Optional.empty(), d.convertedFrom());
    }

    @Test
    void anHtmlPageBecomesTheTextJsoupExtracts() {
        Document d = reader.readFile(corpus.resolve("page.html"));
        assertEquals(Optional.of(Document.HTML), d.convertedFrom());
        assertEquals("""
                Valdoria and Norvessa sign fisheries accord

                By a staff reporter

                Prime Minister Ilsa Marenko of Valdoria and President Tomas Reyvald of Norvessa signed the \
                Maravel Fisheries Accord in Maravel on Tuesday.

                The accord sets shared catch limits for the Grey Strait & protects coastal towns, Marenko said.
                """, d.text());
        assertEquals(LocalDate.of(2031, 4, 12), d.published().orElseThrow(), "from the page's article:published_time");
        assertEquals(ArticleReader.contentId(d.text()), d.id(), "the id, like every offset, is of the extracted text");
        // Offsets point into the extracted text: what a mention's [begin, end) would cut out.
        int begin = d.text().indexOf("Ilsa Marenko");
        assertEquals("Ilsa Marenko", d.text().substring(begin, begin + "Ilsa Marenko".length()));
    }

    @Test
    void anHtmlPageWithoutTextOrWithABadCharsetIsSkipped() throws IOException {
        Path scriptOnly = Files.writeString(dir.resolve("app.html"), "<!doctype html><html><body><script>render()</script></body></html>");
        Path latin1 = Files.write(dir.resolve("old.htm"), "<html><body><p>Caf\u00e9 talks</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
        Path declared = Files.write(dir.resolve("declared.htm"),
                "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 talks resume.</p></body></html>"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> reasons = reader.read(List.of(scriptOnly, latin1, declared)).problems().stream()
                .collect(Collectors.toMap(p -> Path.of(p.source()).getFileName().toString(), Problem::reason));
        assertTrue(reasons.get("app.html").contains("HTML page without article text"), reasons.toString());
        assertTrue(reasons.get("old.htm").contains("not valid UTF-8 and declares no other charset"), reasons.toString());
        assertFalse(reasons.containsKey("declared.htm"), "a page that declares its charset is read in it");
        assertTrue(reader.readFile(declared).text().contains("Caf\u00e9 talks resume."));
    }

    @Test
    void theSameArticleUnderTwoNamesIsOneDocumentWithBothNames() {
        IngestResult r = reader.read(List.of(corpus.resolve("duplicate-a.txt"), corpus.resolve("copies/duplicate-b.txt"),
                corpus.resolve("duplicate-a.txt")));
        assertEquals(1, r.documents().size());
        assertEquals(List.of(corpus.resolve("duplicate-a.txt").toString(), corpus.resolve("copies/duplicate-b.txt").toString()),
                r.documents().get(0).sources(), "both names, each once");
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedWithTheLimitAndTheOptionInTheReason() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "Talks went on. ".repeat(70).concat("\n").getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long written = 0; written <= ArticleReader.DEFAULT_MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        IngestResult r = reader.read(List.of(big));
        assertEquals(0, r.documents().size());
        String reason = r.problems().get(0).reason();
        assertTrue(reason.contains("over the limit of 5,242,880") && reason.contains("--max-bytes"), reason);
        // The limit is the reader's setting (newskg build --max-bytes): a larger one reads it.
        assertEquals(1, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES * 2).read(List.of(big)).documents().size());
    }

    @Test
    void aVeryLongLineIsReadAndOnlyTheHeadlineIsCut() throws IOException {
        String sentence = "Delegates from Valdoria and Norvessa met again in Maravel to discuss the catch limits. ";
        String text = sentence.repeat(1_000_000 / sentence.length());    // about 1 MB, one line
        Path p = Files.writeString(dir.resolve("one-line.txt"), text);
        Document d = reader.readFile(p);
        assertEquals(text, d.text());
        assertTrue(d.headline().length() <= ArticleReader.MAX_HEADLINE, d.headline().length() + " characters");
        assertTrue(d.headline().endsWith("\u2026") && text.startsWith(d.headline().substring(0, d.headline().length() - 1)),
                d.headline());
    }

    @Test
    void aLongRunWithoutASentenceEndIsNotProse() throws IOException {
        Path p = Files.writeString(dir.resolve("blob.txt"), "Data dump\n" + "QUJDRA".repeat(10_000) + "\n");
        IngestResult r = reader.read(List.of(p));
        assertEquals(0, r.documents().size());
        assertTrue(r.problems().get(0).reason().contains("no sentence end or line break in 20,000 characters"),
                r.problems().toString());
    }

    @Test
    void aMissingPathIsReportedByName() {
        Path missing = dir.resolve("no-such-folder/article.txt");
        IngestResult r = reader.read(List.of(missing, corpus.resolve("bom.txt")));
        assertEquals(List.of(new Problem(missing.toString(), "no such file or folder")), r.problems());
        assertEquals(1, r.documents().size(), "the others are read");
    }

    @Test
    void anUnreadableFileIsReportedByName() {
        // A file whose every read fails (EIO): the same path through the reader as a file without
        // read permission (next test), and it fails for root too, who may read any file (CI runs as root).
        Path proc = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(proc), "Linux /proc");
        IngestResult r = reader.read(List.of(proc));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).reason().startsWith("cannot be read"), r.problems().toString());
    }

    @Test
    void aFileWithoutReadPermissionIsReportedByName() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Locked\n\nNobody may read this.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            IngestResult r2 = reader.read(List.of(locked));
            if (Files.isReadable(locked)) {
                // Root (as in CI) may read any file: then it is read like any other, never dropped.
                assertEquals(1, r2.documents().size(), r2.problems().toString());
            } else {
                assertEquals(List.of(new Problem(locked.toString(), "cannot be read: permission denied; check its permissions")),
                        r2.problems());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aFolderWithALinkLoopABrokenLinkAndAPipeIsWalkedOnceAndReportsThem() throws Exception {
        Path sub = corpus.resolve("good/sub");
        Files.createSymbolicLink(sub.resolve("loop"), Path.of(".."));                 // good/sub/loop -> good
        Files.createSymbolicLink(sub.resolve("gone.txt"), Path.of("no-such-target.txt"));
        Files.createSymbolicLink(sub.resolve("alias.txt"), Path.of("deeper/trade-talks.txt"));
        Path fifo = sub.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo");

        IngestResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader.read(List.of(corpus.resolve("good"))),
                "a pipe must not be opened, a loop not followed");
        Map<String, String> reasons = reasons(r);
        assertEquals(List.of("good/sub/gone.txt", "good/sub/loop", "good/sub/pipe.txt"), List.copyOf(reasons.keySet()), reasons.toString());
        assertTrue(reasons.get("good/sub/loop").contains("symbolic-link loop"), reasons.toString());
        assertTrue(reasons.get("good/sub/gone.txt").contains("symbolic link to a missing file"), reasons.toString());
        assertTrue(reasons.get("good/sub/pipe.txt").contains("not a regular file"), reasons.toString());
        assertEquals(2, r.documents().size(), r.documents().toString());
        Document trade = r.documents().stream().filter(d -> d.headline().startsWith("Trade")).findFirst().orElseThrow();
        assertEquals(List.of("good/sub/alias.txt", "good/sub/deeper/trade-talks.txt"), trade.sources().stream().map(this::rel).sorted().toList(),
                "a link to an article is the same article under another name");

        // Named on the command line, a pipe is refused too rather than read (which would wait forever).
        IngestResult direct = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader.read(List.of(fifo)));
        assertTrue(direct.problems().get(0).reason().contains("not a regular file"), direct.problems().toString());
    }

    static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
