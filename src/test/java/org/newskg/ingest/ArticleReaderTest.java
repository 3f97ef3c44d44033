package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1000);

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String reasonFor(Path p) {
        IngestResult r = reader.read(List.of(p));
        assertEquals(0, r.documents().size(), "should be skipped: " + p);
        assertEquals(1, r.problems().size());
        assertEquals(p.toString(), r.problems().get(0).source());
        return r.problems().get(0).reason();
    }

    @Test
    void readsHeadlineTextAndStableId() throws IOException {
        Path p = write("a.txt", "Ministers Meet\n\nThe ministers met on Monday.\n");
        Document d = reader.read(List.of(p)).documents().get(0);
        assertEquals("Ministers Meet", d.headline());
        assertEquals(ArticleReader.contentId(d.text()), d.id());
        assertEquals(16, d.id().length());
        assertEquals(d.id(), reader.read(List.of(p)).documents().get(0).id());
    }

    @Test
    void badFilesAreReportedByNameWithTheReason() throws IOException {
        assertTrue(reasonFor(write("empty.txt", "")).contains("empty"));
        assertTrue(reasonFor(write("blank.txt", "  \n\t\n")).contains("white space"));
        assertTrue(reasonFor(write("img.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})).contains("binary"));
        assertTrue(reasonFor(write("latin1.txt", "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1))).contains("UTF-8"));
        assertTrue(reasonFor(write("page.html", "<!DOCTYPE html><html><body><script>x()</script></body></html>")).contains("HTML"));
        assertTrue(reasonFor(write("big.txt", "x".repeat(1001))).contains("over the limit"));
        assertTrue(reasonFor(dir.resolve("missing.txt")).contains("no such file"));
    }

    @Test
    void byteOrderMarkIsNotText() throws IOException {
        byte[] body = "Headline\nBody.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Document d = reader.read(List.of(write("bom.txt", withBom))).documents().get(0);
        assertEquals("Headline", d.headline());
        assertEquals("Headline\nBody.", d.text());
    }

    @Test
    void sameTextUnderTwoNamesIsOneDocumentWithBothNames() throws IOException {
        write("one.txt", "Same story\nText.");
        write("two.txt", "Same story\nText.");
        IngestResult r = reader.read(List.of(dir));
        assertEquals(1, r.documents().size());
        assertEquals(2, r.documents().get(0).sources().size());
    }

    @Test
    void foldersAreWalkedInOrderSkippingHiddenFiles() throws IOException {
        write("b.txt", "B\nb.");
        write("sub/a.txt", "A\na.");
        write(".hidden.txt", "H\nh.");
        write(".git/x.txt", "X\nx.");
        IngestResult r = reader.read(List.of(dir));
        assertEquals(List.of("B", "A"), r.documents().stream().map(Document::headline).toList());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void publicationDateIsTakenFromAPublishedLine() throws IOException {
        Path p = write("dated.txt", "Headline\nBody on October 3, 2024.\nPublished – October 28, 2025 06:57 am IST\n");
        assertEquals(LocalDate.of(2025, 10, 28), reader.read(List.of(p)).documents().get(0).published().orElseThrow());
    }
}
