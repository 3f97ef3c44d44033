package org.newskg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real standalone Apache Jena Fuseki server (the {@code jena-fuseki-server} jar from Maven Central,
 * copied to target/ by the build) in its own process, on a free loopback port, with one TDB2 dataset
 * {@code /newskg} in a folder of the test's. Tests compare NewsKG with it, or use it as a remote store.
 *
 * <pre>
 * try (StandaloneFuseki f = StandaloneFuseki.start(dir, StandaloneFuseki.Options.writable("user: pw"))) {
 *     String dataset = f.dataset();    // http://127.0.0.1:PORT/newskg
 * }
 * </pre>
 */
public final class StandaloneFuseki implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /**
     * How the server runs.
     *
     * @param union     whether the default graph is the union of the named graphs (tdb2:unionDefaultGraph)
     * @param update    whether it accepts SPARQL Update and Graph Store Protocol writes
     * @param passwords a password file's text ("user: password" a line): then every request needs basic auth
     */
    public record Options(boolean union, boolean update, Optional<String> passwords) {
        public static Options readOnly() {
            return new Options(true, false, Optional.empty());
        }

        public static Options writable(String passwords) {
            return new Options(true, true, Optional.of(passwords));
        }
    }

    private final Process process;
    private final String base;
    private final Path log;

    private StandaloneFuseki(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the server on a TDB2 folder under {@code dir} (kept between starts on the same dir) and waits until it answers. */
    public static StandaloneFuseki start(Path dir, Options options) {
        try {
            Files.createDirectories(dir);
            Path desc = dir.resolve("dataset.ttl");
            Files.writeString(desc, """
                    PREFIX tdb2: <http://jena.apache.org/2016/tdb#>
                    <#dataset> a tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph %s .
                    """.formatted(dir.resolve("db").toAbsolutePath().toString().replace("\\", "/"), options.union()));
            Path log = dir.resolve("fuseki.log");
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(javaCommand(), "-Xmx512m", "-jar", jar().toString(),
                    "--port=" + port, "--localhost", "--desc=" + desc.toAbsolutePath()));
            if (options.update()) {
                cmd.add("--update");
            }
            if (options.passwords().isPresent()) {
                Path pw = dir.resolve("passwords");
                Files.writeString(pw, options.passwords().get());
                cmd.add("--passwd=" + pw.toAbsolutePath());
                cmd.add("--auth=basic");
            }
            cmd.add("/newskg");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            StandaloneFuseki f = new StandaloneFuseki(p, "http://127.0.0.1:" + port + "/", log);
            try {
                f.awaitReady();
            } catch (RuntimeException | Error e) {
                f.close();
                throw e;
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's base URL, ending in '/'. */
    public String base() {
        return base;
    }

    /** The dataset's URL: its query, update and Graph Store Protocol endpoint. */
    public String dataset() {
        return base + "newskg";
    }

    /** The PID, for tests that check the process. */
    public long pid() {
        return process.pid();
    }

    /** The last lines of the server's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("newskg.fusekiServerJar", "target/fuseki-server/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no standalone Fuseki jar at " + jar.toAbsolutePath()
                    + "; run the tests through Maven, whose generate-test-resources phase copies it there");
        }
        return jar.toAbsolutePath();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (bounded) until the server answers HTTP on the dataset (401 counts: it is up, and wants a login). */
    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient quick = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            URI ask = URI.create(dataset() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the standalone Fuseki exited with " + process.exitValue() + ":\n" + logTail());
                }
                try {
                    int status = quick.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200 || status == 401) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Fuseki", e);
        }
        throw new IllegalStateException("the standalone Fuseki did not answer within " + START_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    /** Stops the server (SIGTERM, then SIGKILL after 20 s) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
