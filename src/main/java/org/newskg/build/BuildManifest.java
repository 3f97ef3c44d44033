package org.newskg.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.io.AtomicFiles;
import org.newskg.nlp.NlpConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last build into a TDB2 store was given and what it left, kept in the store's folder
 * ({@value #FILE_NAME}), so that a build given the same files again can stop after listing them: at
 * 20,000 articles reading them, looking their facts up, resolving and comparing every graph takes
 * about a minute, and finds nothing to do.
 *
 * <p>A build is skipped only when all three digests match, each over what could change its graph:
 * <ul>
 * <li>the <b>input</b>: every file under the paths given, as the article reader walks them (hidden
 *     ones left out), by path, size, modification and status-change times, and inode where the file
 *     system has them (as {@code git} and {@code make} tell a changed file, without reading it);</li>
 * <li>the <b>program</b>: NewsKG's classes and data files (size and time of each), its class path,
 *     the NLP configuration and the size limit for articles;</li>
 * <li>the <b>store</b>: every file of the TDB2 folder but its lock and this manifest, by size and
 *     times, taken after the build closed it. Any later write (add, remove, curate, merge, a SPARQL
 *     update, Jena's own tools) changes them, so no other command has to remember to invalidate it.</li>
 * </ul>
 * A build that skipped files, or was stopped, leaves no manifest; nor does a remote or in-memory
 * store. {@code build --recheck} ignores it.
 *
 * <p>Beside it, {@value #GRAPHS_FILE} keeps the digest of every graph the build stored
 * ({@link org.newskg.rdf.GraphDigest}), with the store's digest: while the store's files are as that
 * build left them, the next build (one article more, say) takes a graph made again with the same
 * digest as stored without reading it back ({@link #storedGraphs}).
 *
 * @param format   the layout of this file ({@value #FORMAT})
 * @param inputs   digest of the input files' listing
 * @param files    input files listed
 * @param program  digest of the program and its configuration
 * @param store    digest of the store's files as the build left them
 * @param summary  the build's figures, printed again when it is skipped
 */
public record BuildManifest(int format, String inputs, int files, String program, String store, Summary summary) {
    private static final Logger LOG = LoggerFactory.getLogger(BuildManifest.class);
    public static final String FILE_NAME = "newskg-build.json";
    /** The graphs' digests: a first line with the store's digest, then one graph name and digest per line, tab-separated. */
    public static final String GRAPHS_FILE = "newskg-graphs.tsv";
    private static final String GRAPHS_HEADER = "newskg graph digests 1\t";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The figures of the build that wrote the manifest.
     *
     * @param articles       articles built
     * @param entities       merged entities
     * @param entitiesByType how many of each class, as the build printed it ("Person 6, Country 5")
     * @param facts          facts in the graph
     * @param triples        triples in the graph
     * @param lastChange     the history's last record after that build (0 when none)
     */
    public record Summary(int articles, int entities, String entitiesByType, int facts, long triples, int lastChange) {
        static Summary of(BuildReport r) {
            return new Summary(r.articles(), r.entities(), r.typesLine(), r.facts(), r.triples(), r.change().map(c -> c.sequence()).orElse(0));
        }
    }

    /**
     * What a build about to run is given: the input listing and program digests, taken before it
     * reads anything (a file changed while it runs then makes the next build run in full).
     */
    public record Inputs(String inputs, int files, String program) {}

    /** The listing of these paths and the program's digest; empty when a path cannot be listed. */
    public static Optional<Inputs> inputs(List<Path> paths, long maxBytes, NlpConfig config) {
        try {
            Digest listing = new Digest();
            int[] files = {0};
            for (Path p : paths.stream().map(q -> q.toAbsolutePath().normalize()).sorted().distinct().toList()) {
                walk(p, true, (file, attrs) -> {
                    listing.add(file.toString(), stamp(file, attrs));
                    files[0]++;
                });
            }
            return Optional.of(new Inputs(listing.hex(), files[0], program(maxBytes, config)));
        } catch (IOException | RuntimeException e) {
            LOG.debug("build manifest: cannot list the input ({}); building in full", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The manifest in the store's folder, when it says that a build of these inputs would change
     * nothing: the same inputs and program, and the store's files as that build left them.
     */
    public static Optional<BuildManifest> unchanged(Path storeFolder, Inputs given) {
        Path file = storeFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            BuildManifest m = JSON.readValue(file.toFile(), BuildManifest.class);
            if (m.format() != FORMAT || !m.inputs().equals(given.inputs()) || m.files() != given.files()
                    || !m.program().equals(given.program())) {
                return Optional.empty();
            }
            return m.store().equals(storeDigest(storeFolder)) ? Optional.of(m) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("build manifest: {} unreadable ({}); building in full", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * After a build: writes the manifest when the build read every file, else deletes an older one. A
     * manifest that cannot be written costs only the next build's speed, so that is logged, not thrown.
     */
    public static void afterBuild(Path storeFolder, Inputs given, BuildReport report) {
        Path file = storeFolder.resolve(FILE_NAME);
        try {
            String store = storeDigest(storeFolder);
            writeGraphs(storeFolder, store, report.graphDigests());
            if (!report.skipped().isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            BuildManifest m = new BuildManifest(FORMAT, given.inputs(), given.files(), given.program(), store, Summary.of(report));
            AtomicFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        } catch (IOException | RuntimeException e) {
            LOG.warn("build manifest: not written in {} ({}); the next build reads every article again", storeFolder, e.toString());
        }
    }

    private static void writeGraphs(Path storeFolder, String store, Map<String, String> digests) throws IOException {
        Path file = storeFolder.resolve(GRAPHS_FILE);
        if (digests.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        StringBuilder b = new StringBuilder(digests.size() * 100).append(GRAPHS_HEADER).append(store).append('\n');
        new java.util.TreeMap<>(digests).forEach((g, d) -> b.append(g).append('\t').append(d).append('\n'));
        AtomicFiles.writeAtomically(file, b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The digests of the graphs the last build stored, when the store's files are still as that build
     * left them; none otherwise (then every graph is compared with the store's). Read it before the
     * build writes anything.
     */
    public static Map<String, String> storedGraphs(Path storeFolder) {
        Path file = storeFolder.resolve(GRAPHS_FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (java.io.BufferedReader r = Files.newBufferedReader(file)) {
            String head = r.readLine();
            if (head == null || !head.equals(GRAPHS_HEADER + storeDigest(storeFolder))) {
                return Map.of();    // the store has changed since (or the file is of another layout)
            }
            Map<String, String> out = new java.util.HashMap<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                int tab = l.indexOf('\t');
                if (tab > 0) {
                    out.put(l.substring(0, tab), l.substring(tab + 1));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.debug("graph digests: {} unreadable ({}); comparing every graph with the store's", file, e.toString());
            return Map.of();
        }
    }

    /**
     * Runs a build that is not {@code newskg build}'s ({@code add}, {@code remove}) into {@code store}:
     * for a TDB2 store, trusting the graph digests the last build kept while the store is as it left
     * them, and keeping this build's for the next one.
     */
    public static BuildReport runKeepingDigests(KgBuild build, org.newskg.store.StoreSpec store) {
        if (store.kind() != org.newskg.store.StoreSpec.Kind.TDB2) {
            return build.run();
        }
        BuildReport r = build.storedDigests(storedGraphs(store.folder())).run();
        try {
            writeGraphs(store.folder(), storeDigest(store.folder()), r.graphDigests());
        } catch (IOException | RuntimeException e) {
            LOG.warn("graph digests: not written in {} ({}); the next build compares every graph with the store's", store.folder(),
                    e.toString());
        }
        return r;
    }

    /** Deletes the manifest, for a build that must not be skipped next time whatever the files say. */
    public static void forget(Path storeFolder) {
        try {
            Files.deleteIfExists(storeFolder.resolve(FILE_NAME));
        } catch (IOException e) {
            LOG.warn("build manifest: cannot delete {} ({})", storeFolder.resolve(FILE_NAME), e.toString());
        }
    }

    /** Digest of a TDB2 folder's files (size, times), its lock, this manifest and the graphs' digests left out. */
    static String storeDigest(Path folder) throws IOException {
        Digest d = new Digest();
        walk(folder, false, (file, attrs) -> {
            String name = folder.relativize(file).toString();
            if (!name.equals(FILE_NAME) && !name.equals(GRAPHS_FILE) && !file.getFileName().toString().equals("tdb.lock")) {
                d.add(name, stamp(file, attrs));
            }
        });
        return d.hex();
    }

    /** NewsKG's code and data (each file's size and time, or the jar's), its class path and configuration. */
    private static String program(long maxBytes, NlpConfig config) throws IOException {
        Digest d = new Digest();
        d.add("config", config.fingerprint());
        d.add("maxBytes", Long.toString(maxBytes));
        d.add("classpath", System.getProperty("java.class.path", ""));
        Path code;
        try {
            code = Path.of(BuildManifest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where NewsKG's classes are: " + e, e);
        }
        if (Files.isDirectory(code)) {
            walk(code, false, (file, attrs) -> d.add(code.relativize(file).toString(), stamp(file, attrs)));
        } else {
            d.add(code.toString(), stamp(code, Files.readAttributes(code, BasicFileAttributes.class)));
        }
        return d.hex();
    }

    /** Size, modification time, and where the file system has them, status-change time and inode. */
    private static String stamp(Path file, BasicFileAttributes attrs) {
        StringBuilder s = new StringBuilder().append(attrs.size()).append(' ').append(attrs.lastModifiedTime().toInstant());
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:ctime,ino,dev");
            s.append(' ').append(unix.get("ctime")).append(' ').append(unix.get("ino")).append(' ').append(unix.get("dev"));
        } catch (UnsupportedOperationException | IOException | IllegalArgumentException e) {
            // not a Unix file system: size and time only
        }
        return s.toString();
    }

    private interface FileSink {
        void accept(Path file, BasicFileAttributes attrs) throws IOException;
    }

    /**
     * Every entry under a path, in name order. With {@code likeTheReader}, as the article reader walks:
     * links followed, hidden files and folders left out; then anything but a regular file (a pipe, a
     * broken link) fails the listing, since the build would skip it.
     */
    private static void walk(Path root, boolean likeTheReader, FileSink sink) throws IOException {
        BasicFileAttributes top = Files.readAttributes(root, BasicFileAttributes.class);
        if (!top.isDirectory()) {
            sink.accept(root, top);
            return;
        }
        List<Map.Entry<Path, BasicFileAttributes>> found = new ArrayList<>();
        Files.walkFileTree(root, likeTheReader ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class),
                Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return likeTheReader && !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (likeTheReader && hidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (!attrs.isRegularFile()) {
                            throw new IOException("not a regular file: " + file);
                        }
                        found.add(Map.entry(file, attrs));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (likeTheReader && hidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;    // a loop, a file gone, no permission: the build would report it
                    }
                });
        found.sort(Map.Entry.comparingByKey());
        for (var e : found) {
            sink.accept(e.getKey(), e.getValue());
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** SHA-256 over name and value pairs, in the order given. */
    private static final class Digest {
        private final MessageDigest md;

        Digest() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("no SHA-256 in this JDK", e);
            }
        }

        void add(String name, String value) {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(value.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
