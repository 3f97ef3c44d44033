package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
import java.util.Optional;
import org.newskg.model.Document;

/**
 * Reads articles from files and folders. Every file either becomes a {@link Document} or a
 * {@link Problem} that names it and says why; nothing is dropped silently (hidden files and folders,
 * whose names start with '.', are not read). Folders are walked in name order, and symbolic-link
 * loops are reported, not followed.
 *
 * <p>What is read, and what is refused (README, "Bad input"):
 * <ul>
 * <li>plain text in UTF-8, with or without a byte order mark (which is not part of the text);</li>
 * <li>HTML pages, whose article text is extracted ({@link HtmlText}) and becomes the document's
 *     text, with {@link Document#convertedFrom()} saying so;</li>
 * <li>refused: empty files, white space only, binary files (images, archives, PDFs, NUL bytes or
 *     control characters), UTF-16, text that is not valid UTF-8 (Latin-1 and Windows-1252 included:
 *     the reason says how to re-save it), files over the size limit, files that cannot be read,
 *     and anything that is not a regular file (a pipe, a device, a broken link).</li>
 * </ul>
 *
 * <pre>
 * IngestResult r = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("seeds")));
 * r.documents().forEach(d -&gt; System.out.println(d.id() + " " + d.headline()));
 * </pre>
 */
public final class ArticleReader {
    /** Larger files are refused: a news article is a few kilobytes; 5 MB is a book, or a mistake. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** A longer first line is cut (at a word) to make the headline: it is a paragraph, not a title. */
    public static final int MAX_HEADLINE = 300;
    /**
     * Prose ends a sentence or a line far sooner than this: a longer run is data (a minified page, an
     * encoded blob), and CoreNLP would spend minutes on it as one sentence.
     */
    public static final int MAX_RUN = 20_000;
    /** Length of the content hash used as the document id (hex digits). */
    private static final int ID_LENGTH = 16;
    /** The most bytes read into one array. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

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
            if (Files.isDirectory(input)) {
                files.addAll(listFolder(input, problems));
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.isSymbolicLink(input)) {
                problems.add(new Problem(input.toString(), "a symbolic link to a missing file"));
            } else if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(input.toString(), "no such file or folder"));
            } else {
                problems.add(new Problem(input.toString(), "not a regular file (a named pipe, socket or device)"));
            }
        }
        // Same text under several names is one document that records every name.
        Map<String, Document> byId = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                Document d = readFile(file);
                byId.merge(d.id(), d, (a, b) -> a.withSources(b.sources()));
            } catch (InputException e) {
                problems.add(new Problem(file.toString(), reasonOf(e)));
            }
        }
        return new IngestResult(List.copyOf(byId.values()), problems);
    }

    /** Reads one file as an article, or throws an {@link InputException} naming the problem. */
    public Document readFile(Path file) {
        byte[] bytes = readBytes(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try {
            return article(file.toString(), bytes, HtmlText.isHtml(name, bytes), null, file.toUri().toString());
        } catch (Refused e) {
            throw new InputException(file, e.getMessage());
        }
    }

    /**
     * The article in these bytes, by the rules for files (a web page's body is read as a file is):
     * {@code html} says whether they are an HTML page; {@code charset} is the one the bytes are said
     * to be in (a web server's {@code Content-Type}), or null for a file's rules (UTF-8, or an HTML
     * page's own {@code <meta charset>}). {@code source} is the document's source; {@code baseUri} the
     * page's address.
     *
     * @throws Refused with the reason, when they are no article
     */
    static Document article(String source, byte[] bytes, boolean html, Charset charset, String baseUri) {
        if (bytes.length == 0) {
            throw new Refused("empty file");
        }
        refuseBinary(bytes);
        if (html) {
            HtmlText.Extracted page;
            try {
                page = HtmlText.extract(bytes, charset, baseUri);
            } catch (IllegalArgumentException e) {
                throw new Refused(e.getMessage());
            }
            String text = page.text();
            return new Document(contentId(text), List.of(source), headline(text), text,
                    page.published().or(() -> PublicationDates.find(text)), Optional.of(Document.HTML));
        }
        String text = charset == null || charset.equals(StandardCharsets.UTF_8) ? decode(bytes) : decode(bytes, charset);
        refuseNonText(text);
        return new Document(contentId(text), List.of(source), headline(text), text, PublicationDates.find(text));
    }

    /** Why some bytes are no article: the reason, without the name of where they came from. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
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

    /** The first non-blank line, cut at a word to {@value #MAX_HEADLINE} characters. */
    static String headline(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (first.length() <= MAX_HEADLINE) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_HEADLINE - 1);
        return first.substring(0, cut > MAX_HEADLINE / 2 ? cut : MAX_HEADLINE - 1).strip() + "\u2026";
    }

    private byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file, overLimit(size));
            }
            // Read at most one byte past the limit: a file that grows while read, or one whose size
            // the file system does not know, still cannot bring in more than the limit.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, MAX_ARRAY));
                if (bytes.length > maxBytes) {
                    throw new InputException(file, overLimit(bytes.length) + " (it grew while being read)");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file, "cannot be read: permission denied; check its permissions");
        } catch (FileSystemException e) {
            throw new InputException(file, "cannot be read: " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private String overLimit(long size) {
        return String.format(Locale.ROOT, "%,d bytes is over the limit of %,d; split it or raise --max-bytes", size, maxBytes);
    }

    /** Binary formats by their first bytes, named in the reason a file is refused. */
    private static final List<Map.Entry<byte[], String>> MAGIC = List.of(
            Map.entry(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
            Map.entry(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
            Map.entry(new byte[] {'G', 'I', 'F', '8'}, "a GIF image"),
            Map.entry(new byte[] {'R', 'I', 'F', 'F'}, "a RIFF file (WebP image, WAV or AVI)"),
            Map.entry(new byte[] {'I', 'I', '*', 0}, "a TIFF image"),
            Map.entry(new byte[] {'M', 'M', 0, '*'}, "a TIFF image"),
            Map.entry(new byte[] {'%', 'P', 'D', 'F', '-'}, "a PDF document; save its text as a .txt file"),
            Map.entry(new byte[] {'{', '\\', 'r', 't', 'f'}, "an RTF document; save it as plain text"),
            Map.entry(new byte[] {'P', 'K', 3, 4}, "a ZIP archive (.docx, .odt and .epub files are ZIP archives too)"),
            Map.entry(new byte[] {'P', 'K', 5, 6}, "an empty ZIP archive"),
            Map.entry(new byte[] {(byte) 0x1F, (byte) 0x8B}, "a gzip archive; unpack it first"),
            Map.entry(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, "a 7-Zip archive; unpack it first"),
            Map.entry(new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "an xz archive; unpack it first"),
            Map.entry(new byte[] {(byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD}, "a zstd archive; unpack it first"),
            Map.entry(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "a Microsoft Office (.doc, .xls) file"),
            Map.entry(new byte[] {0x7F, 'E', 'L', 'F'}, "a program (ELF)"),
            Map.entry(new byte[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'}, "an SQLite database"),
            Map.entry(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, "a Java class file"),
            Map.entry(new byte[] {'O', 'g', 'g', 'S'}, "an Ogg audio or video file"));

    private static void refuseBinary(byte[] bytes) {
        for (Map.Entry<byte[], String> m : MAGIC) {
            if (startsWith(bytes, m.getKey())) {
                throw new Refused("binary file (" + m.getValue() + "), not text");
            }
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new Refused("UTF-16 text; re-save it as UTF-8");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new Refused("binary file (NUL bytes), not text");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text with control characters in it is data, and text without a letter or digit is no article. */
    private static void refuseNonText(String text) {
        int controls = 0;
        boolean words = false;
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            } else if (!isSpace(c)) {
                visible = true;
                words |= Character.isLetterOrDigit(c);
            }
        }
        if (controls > 0 && controls * 100L >= text.length()) {
            throw new Refused("binary data (" + controls + " control characters), not text");
        }
        if (!visible) {
            throw new Refused("holds only white space");
        }
        if (!words) {
            throw new Refused("holds no letters or digits, so no article");
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '\u3002' || c == '\u2026' ? 0 : run + 1;
            if (run > MAX_RUN) {
                throw new Refused(String.format(Locale.ROOT,
                        "no sentence end or line break in %,d characters (from offset %,d): not prose", MAX_RUN, i - MAX_RUN));
            }
        }
    }

    /** White space, including the no-break and zero-width spaces and a stray byte order mark. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200B' && c <= '\u200D') || c == '\u2060'
                || c == '\uFEFF';
    }

    private static String decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;    // a UTF-8 byte order mark is not text
        try {
            return utf8().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            String hint = looksLikeWindows1252(bytes, start)
                    ? "it looks like Latin-1 or Windows-1252 text; re-save it as UTF-8 (e.g. 'iconv -f WINDOWS-1252 -t UTF-8')"
                    : "re-save it as UTF-8";
            throw new Refused(String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02X at offset %d); %s",
                    bytes[bad] & 0xFF, bad, hint));
        }
    }

    /** Text in the charset a web server declared for it. */
    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("not valid " + charset.name() + ", the charset its server declares");
        }
    }

    /** Whether these bytes are valid UTF-8 (after a byte order mark, if any). */
    static boolean isValidUtf8(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            utf8().decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstBadByte(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = utf8().decode(in, out, true);
        return r.isError() ? in.position() : Math.max(start, bytes.length - 1);
    }

    /** Single bytes above 0x7F that all decode as Windows-1252 letters and punctuation. */
    private static boolean looksLikeWindows1252(byte[] bytes, int start) {
        try {
            Charset cp1252 = Charset.forName("windows-1252");
            String s = cp1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return s.chars().filter(c -> c > 0x7F).allMatch(c -> Character.isLetter(c) || Character.getType(c) != Character.CONTROL);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return false;
        }
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
                            if (isHidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                found.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                // Followed links arrive with their target's attributes; this one has none.
                                problems.add(new Problem(file.toString(), "a symbolic link to a missing file"));
                            } else if (attrs.isOther()) {
                                problems.add(new Problem(file.toString(), "not a regular file (a named pipe, socket or device)"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(file)) {
                                problems.add(new Problem(file.toString(), walkFailure(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), "cannot list the folder: " + walkFailure(e)));
        }
        found.sort(null);
        return found;
    }

    private static String walkFailure(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a symbolic-link loop (a link to a folder that contains it); not followed";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied; check its permissions";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (it went away while the folder was read)";
        }
        if (e instanceof NotDirectoryException || !(e instanceof FileSystemException fse) || fse.getReason() == null) {
            return "cannot be read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return "cannot be read: " + fse.getReason();
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
}
