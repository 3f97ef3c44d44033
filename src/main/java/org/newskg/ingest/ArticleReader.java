package org.newskg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads plain-text articles from files and folders. Every file either becomes a {@link Document} or a
 * {@link Problem} that names it and says why; nothing is dropped silently. Folders are walked in
 * name order, hidden files and folders are skipped, and symbolic-link loops are not followed twice.
 *
 * <pre>
 * IngestResult r = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("seeds")));
 * r.documents().forEach(d -&gt; System.out.println(d.id() + " " + d.headline()));
 * </pre>
 */
public final class ArticleReader {
    /** Larger files are refused: a news article is a few kilobytes; 5 MB is a book, or a mistake. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Length of the content hash used as the document id (hex digits). */
    private static final int ID_LENGTH = 16;

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public IngestResult read(List<Path> inputs) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.add(new Problem(input.toString(), "no such file or folder"));
            } else if (Files.isDirectory(input)) {
                files.addAll(listFolder(input, problems));
            } else {
                files.add(input);
            }
        }
        // Same text under several names is one document that records every name.
        Map<String, Document> byId = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                Document d = readFile(file);
                byId.merge(d.id(), d, (a, b) -> new Document(a.id(), concat(a.sources(), b.sources()),
                        a.headline(), a.text(), a.published()));
            } catch (InputException e) {
                problems.add(new Problem(file.toString(), reasonOf(e)));
            }
        }
        return new IngestResult(List.copyOf(byId.values()), problems);
    }

    /** Reads one file as an article, or throws an {@link InputException} naming the problem. */
    public Document readFile(Path file) {
        byte[] bytes = readBytes(file);
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw new InputException(file, bytes.length == 0 ? "empty file" : "holds only white space");
        }
        if (looksLikeHtml(text)) {
            throw new InputException(file, "HTML, not plain text; save the article's text as a .txt file");
        }
        String headline = text.strip().lines().findFirst().orElse("").strip();
        return new Document(contentId(text), List.of(file.toString()), headline, text, PublicationDates.find(text));
    }

    /** A stable id from the text alone: the same article always gets the same id and IRIs. */
    public static String contentId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file, String.format(Locale.ROOT,
                        "%,d bytes is over the limit of %,d; split it or raise --max-bytes", size, maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check its permissions");
        }
    }

    private static String decode(Path file, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InputException(file, "binary file (NUL bytes), not text");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;    // a UTF-8 byte order mark is not text
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (MalformedInputException e) {
            throw new InputException(file, "not valid UTF-8 (bad byte near offset " + firstBadByte(bytes, start)
                    + "); re-save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not valid UTF-8; re-save it as UTF-8");
        }
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static List<Path> listFolder(Path folder, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isHidden(file) && attrs.isRegularFile()) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // FileSystemLoopException for a symlink loop, AccessDeniedException, ...
                            problems.add(new Problem(file.toString(), "skipped: " + e.getClass().getSimpleName()
                                    .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), "cannot list folder: " + e.getMessage()));
        }
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reasonOf(InputException e) {
        String m = e.getMessage();
        String prefix = e.path() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
