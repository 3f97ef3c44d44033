package org.newskg.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.io.AtomicFiles;
import org.newskg.io.ChecksummedBytes;
import org.newskg.model.Assertion;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.LocalEntity;
import org.newskg.nlp.AnnotationCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the extract stage read from each article, kept beside its cached annotation, so that a
 * rebuild of unchanged articles neither reads annotations back nor extracts again (together those
 * cost about 20 ms an article; this costs well under 1 ms).
 *
 * <p>An entry belongs to one annotation (the {@link AnnotationCache} key: text, date, pipeline) and
 * one version of the extractor: the SHA-256 of the extract, model and nlp classes (the parsed text
 * the extractors read is made in nlp) and the knowledge base's (titles' countries), and of the gazetteer,
 * rule, lexicon, knowledge-base and name files, as found on the class path. Any
 * change to those makes a new {@code facts-<version>} folder (older ones are deleted when the first
 * entry of a new one is written); the facts are then extracted again from the cached annotations,
 * without CoreNLP. An entry is JSON (Jackson, records as they are) behind a magic number and the
 * SHA-256 of the bytes, written to a temporary file and moved into place; it is kept only if it
 * reads back equal to what was extracted, and a corrupt one is deleted and ignored.
 */
final class FactsCache {
    private static final Logger LOG = LoggerFactory.getLogger(FactsCache.class);
    private static final byte[] MAGIC = "NKGF\u0001".getBytes(StandardCharsets.ISO_8859_1);
    /** Where the extractor's behaviour comes from: classes and data files on the class path. */
    private static final List<String> EXTRACTOR_PARTS = List.of(
            "org/newskg/extract/", "org/newskg/model/", "org/newskg/nlp/", "org/newskg/kb/", "gazetteer/", "rules/", "lexicon/",
            "kb/", "names/");
    private static final FactsCache NONE = new FactsCache(null);
    private static volatile String extractorVersion;

    /** The entity and facts lists of an article; the article itself is the one being built. */
    record Entry(List<LocalEntity> entities, List<Assertion> assertions) {}

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final AtomicBoolean failureReported = new AtomicBoolean();
    private volatile boolean pruned;

    private FactsCache(Path folder) {
        this.folder = folder;
    }

    /** The facts cache inside an annotation cache's folder; none when the annotation cache is none. */
    static FactsCache beside(AnnotationCache annotations) {
        if (!annotations.enabled()) {
            return NONE;
        }
        String v = extractorVersion();
        return v == null ? NONE : new FactsCache(annotations.folder().resolve("facts-" + v));
    }

    boolean contains(Document doc) {
        return folder != null && Files.isRegularFile(entry(doc));
    }

    Optional<DocumentFacts> get(Document doc) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = entry(doc);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(decode(doc, bytes));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("facts cache: {} is unreadable ({}); deleted, extracting {} again", file, e.getMessage(), doc.source());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // overwritten by the next put
            }
            return Optional.empty();
        }
    }

    void put(Document doc, DocumentFacts facts) {
        if (folder == null) {
            return;
        }
        Path file = entry(doc);
        try {
            byte[] bytes = encode(new Entry(facts.entities(), facts.assertions()));
            if (!decode(doc, bytes).equals(facts)) {
                throw new IOException("the facts do not read back equal (a field Jackson cannot keep?)");
            }
            Files.createDirectories(file.getParent());    // before pruning, which lists the folder's parent
            pruneOtherVersions();
            AtomicFiles.writeAtomically(file, bytes);
        } catch (IOException | RuntimeException e) {
            if (failureReported.compareAndSet(false, true)) {
                LOG.warn("facts cache: not kept in {} ({}); rebuilds will extract again from the annotations", folder, e.toString());
            }
        }
    }

    private Path entry(Document doc) {
        String k = AnnotationCache.key(doc);
        return folder.resolve(k.substring(0, 2)).resolve(k + ".json");
    }

    private byte[] encode(Entry e) throws IOException {
        return ChecksummedBytes.wrap(MAGIC, json.writeValueAsBytes(e));
    }

    private DocumentFacts decode(Document doc, byte[] bytes) throws IOException {
        int start = ChecksummedBytes.payloadStart(MAGIC, bytes, "a facts cache entry");
        Entry e = json.readValue(bytes, start, bytes.length - start, Entry.class);
        return new DocumentFacts(doc, e.entities(), e.assertions());
    }

    /** Deletes the facts of other extractor versions, once, when this version first writes. */
    private void pruneOtherVersions() {
        if (pruned) {
            return;
        }
        pruned = true;
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            for (Path old : siblings.filter(p -> p.getFileName().toString().startsWith("facts-") && !p.equals(folder)).toList()) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("facts cache: could not prune old versions: {}", e.toString());
        }
    }

    /**
     * The extractor's version: SHA-256 (16 hex digits) over the names and bytes of its classes and
     * data files, in name order; null when they cannot be read (then nothing is cached).
     */
    static String extractorVersion() {
        String v = extractorVersion;
        if (v != null) {
            return v;
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            URL self = ExtractionPipeline.class.getResource("ExtractionPipeline.class");
            if (self == null) {
                return null;
            }
            URI uri = self.toURI();
            List<String> names = new ArrayList<>();
            Path root;
            FileSystem jar = null;
            if (uri.getScheme().equals("jar")) {
                jar = FileSystems.newFileSystem(uri, Map.of());
                root = jar.getPath("/");
            } else {
                root = Path.of(uri).getParent().getParent().getParent().getParent();    // .../org/newskg/extract/X.class
            }
            try {
                for (String part : EXTRACTOR_PARTS) {
                    Path p = root.resolve(part);
                    if (Files.isDirectory(p)) {
                        try (Stream<Path> s = Files.walk(p)) {
                            s.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString()));
                        }
                    } else if (Files.isRegularFile(p)) {
                        names.add(part);
                    } else {
                        // resources may sit in another class path entry (tests, jars): take them from the loader
                        names.add(part);
                    }
                }
                names.sort(null);
                for (String name : names) {
                    md.update(name.getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    Path f = root.resolve(name);
                    if (Files.isRegularFile(f)) {
                        md.update(Files.readAllBytes(f));
                    } else {
                        try (InputStream in = ExtractionPipeline.class.getClassLoader().getResourceAsStream(name)) {
                            if (in != null) {
                                md.update(in.readAllBytes());
                            }
                        }
                    }
                }
            } finally {
                if (jar != null) {
                    jar.close();
                }
            }
            v = HexFormat.of().formatHex(md.digest(), 0, 8);
            extractorVersion = v;
            return v;
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.warn("facts cache: cannot tell the extractor's version ({}); facts are not cached", e.toString());
            return null;
        }
    }
}
