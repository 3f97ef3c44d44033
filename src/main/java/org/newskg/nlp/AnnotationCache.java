package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.newskg.io.AtomicFiles;
import org.newskg.io.ChecksummedBytes;
import org.newskg.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP annotations kept on disk, so that a rebuild annotates only new or changed articles. An
 * entry is found by the article's text and publication date (the date anchors SUTime) under the
 * pipeline's {@link NlpConfig#fingerprint()} (which covers the CoreNLP version): another text, date,
 * configuration or CoreNLP version is another entry, never a stale one.
 *
 * <p>Layout: {@code DIR/<fingerprint>/<2 hex>/<key>.ann}, and {@code DIR/<fingerprint>/config.txt}
 * saying which configuration the folder is for (a folder of an old configuration can be deleted).
 * An entry is CoreNLP's protobuf serialization of the annotation, behind a magic number and the
 * SHA-256 of the bytes. Entries are written to a temporary file and moved into place atomically, so a
 * crash leaves either no entry or a whole one; an entry that fails its checksum or does not parse is
 * reported, deleted and treated as missing, never fatal. All methods are safe to call from several
 * threads.
 *
 * <pre>
 * AnnotationCache cache = AnnotationCache.open(Path.of("cache"), NlpConfig.defaults());
 * Annotation a = cache.get(doc).orElseGet(() -&gt; { Annotation x = nlp.annotate(doc); cache.put(doc, x); return x; });
 * </pre>
 */
public final class AnnotationCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    private static final byte[] MAGIC = "NKGA\u0001".getBytes(StandardCharsets.ISO_8859_1);
    private static final AnnotationCache NONE = new AnnotationCache(null, "");

    private final Path folder;
    private final String description;
    private final AtomicBoolean writeFailureReported = new AtomicBoolean();

    private AnnotationCache(Path folder, String description) {
        this.folder = folder;
        this.description = description;
    }

    /** A cache in {@code dir} (created when first written) for annotations made under {@code config}. */
    public static AnnotationCache open(Path dir, NlpConfig config) {
        return new AnnotationCache(dir.resolve(config.fingerprint()), config.describe());
    }

    /** No cache: nothing is found, nothing is kept. */
    public static AnnotationCache none() {
        return NONE;
    }

    public boolean enabled() {
        return folder != null;
    }

    /** The folder of this configuration's entries; null for {@link #none()}. */
    public Path folder() {
        return folder;
    }

    /** Whether an entry exists for this article (it may still turn out corrupt when read). */
    public boolean contains(Document doc) {
        return folder != null && Files.isRegularFile(entry(doc));
    }

    /** The cached annotation of this article, or empty when there is none or it is unreadable. */
    public Optional<Annotation> get(Document doc) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = entry(doc);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("annotation cache: cannot read {} ({}); annotating {} again", file, e.getMessage(), doc.source());
            return Optional.empty();
        }
        try {
            Annotation a = decode(bytes);
            if (!doc.text().equals(a.get(CoreAnnotations.TextAnnotation.class))) {
                throw new IOException("it holds another text");
            }
            return Optional.of(a);
        } catch (IOException | RuntimeException e) {
            LOG.warn("annotation cache: {} is corrupt ({}); deleted, annotating {} again", file, e.getMessage(), doc.source());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // it is overwritten when the new annotation is put
            }
            return Optional.empty();
        }
    }

    /** The cached annotation of this article as {@link ParsedText}, or empty as {@link #get}. */
    public Optional<ParsedText> parsed(Document doc) {
        return get(doc).map(a -> AnnotationReader.read(doc, a));
    }

    /**
     * Keeps this article's annotation. A failure to write (disk full, read-only folder) is reported
     * once and otherwise ignored: the build goes on without the entry.
     */
    public void put(Document doc, Annotation annotation) {
        if (folder == null) {
            return;
        }
        Path file = entry(doc);
        try {
            Files.createDirectories(file.getParent());
            writeConfigOnce();
            AtomicFiles.writeAtomically(file, encode(annotation));
        } catch (IOException | RuntimeException e) {
            if (writeFailureReported.compareAndSet(false, true)) {
                LOG.warn("annotation cache: cannot write to {} ({}); going on without caching", folder, e.toString());
            }
        }
    }

    /** The entry's name: SHA-256 of the publication date and the text (64 hex digits). */
    public static String key(Document doc) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(doc.published().map(Object::toString).orElse("-").getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(doc.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * What {@link #prune} removed.
     *
     * @param files entries (annotations, and the facts kept beside them) and files of other configurations
     * @param bytes their size
     */
    public record Pruned(int files, long bytes) {}

    /**
     * Keeps only what serves these articles: deletes the entries of every other article (annotations
     * and anything else kept under the same key, such as the facts beside them), and the folders of
     * other pipeline configurations (those holding a {@code config.txt}). Other files in the cache folder
     * are left alone. For {@code build --prune-cache}, once a build has read what it needs.
     */
    public Pruned prune(Collection<Document> keep) throws IOException {
        if (folder == null) {
            return new Pruned(0, 0);
        }
        Set<String> keys = new HashSet<>();
        keep.forEach(d -> keys.add(key(d)));
        long[] counts = new long[2];
        Path root = folder.getParent();
        if (Files.isDirectory(root)) {
            try (Stream<Path> configs = Files.list(root)) {
                for (Path other : configs.filter(p -> !p.equals(folder) && Files.isRegularFile(p.resolve("config.txt"))).toList()) {
                    deleteAll(other, p -> true, counts);
                }
            }
        }
        if (Files.isDirectory(folder)) {
            deleteAll(folder, p -> {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                return dot == 64 && !keys.contains(name.substring(0, dot));    // an entry: <64 hex digits>.<kind>
            }, counts);
        }
        return new Pruned((int) counts[0], counts[1]);
    }

    /** Deletes the files under {@code dir} that {@code which} picks, then the folders left empty. */
    private static void deleteAll(Path dir, java.util.function.Predicate<Path> which, long[] counts) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).toList();    // children before their folder
        }
        for (Path p : all) {
            if (Files.isRegularFile(p) && which.test(p)) {
                counts[1] += Files.size(p);
                Files.delete(p);
                counts[0]++;
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    if (s.findAny().isEmpty()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    Path entry(Document doc) {
        String k = key(doc);
        return folder.resolve(k.substring(0, 2)).resolve(k + ".ann");
    }

    static byte[] encode(Annotation annotation) {
        return ChecksummedBytes.wrap(MAGIC, new ProtobufAnnotationSerializer(false).toProto(annotation).toByteArray());
    }

    static Annotation decode(byte[] bytes) throws IOException {
        int start = ChecksummedBytes.payloadStart(MAGIC, bytes, "an annotation cache entry");
        CoreNLPProtos.Document proto = CoreNLPProtos.Document.parseFrom(
                java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start));
        return new ProtobufAnnotationSerializer(false).fromProto(proto);
    }

    private volatile boolean configWritten;

    private void writeConfigOnce() throws IOException {
        if (configWritten) {
            return;
        }
        Path config = folder.resolve("config.txt");
        if (!Files.exists(config)) {
            AtomicFiles.writeAtomically(config, ("# NewsKG annotation cache: CoreNLP annotations made under this configuration\n"
                    + description).getBytes(StandardCharsets.UTF_8));
        }
        configWritten = true;
    }
}
