package org.newskg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.newskg.query.SavedQueries;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * What the serve tests share: a TDB2 store built from the hand-written sample graph
 * ({@code src/test/resources/serve/sample-graph.trig}, invented names, no CoreNLP), a server over it
 * on a free loopback port, and a client for it ({@link ServeClient}).
 */
final class ServeFixture implements AutoCloseable {
    static final String SAMPLE = "/serve/sample-graph.trig";
    static final String NKG = "https://w3id.org/newskg/ontology#";
    static final String ENTITY = "https://w3id.org/newskg/id/entity/";
    static final String ARTICLE_NS = "https://w3id.org/newskg/id/article/";
    static final String ARTICLE_1 = "https://w3id.org/newskg/id/article/a1f0c2d9e8b7a6c5";
    static final String ENTITIES_GRAPH = "https://w3id.org/newskg/id/graph/entities";
    /** Entities in the sample graph. */
    static final int ENTITIES = 10;

    final KgStore store;
    final KgServer server;

    private ServeFixture(KgStore store, KgServer server) {
        this.store = store;
        this.server = server;
    }

    /** The sample graph in a new TDB2 store under {@code dir}, served read-only on a free port. */
    static ServeFixture start(Path dir) {
        return start(dir, b -> {});
    }

    static ServeFixture start(Path dir, java.util.function.Consumer<KgServer.Builder> settings) {
        KgStore store = sampleStore(dir.resolve("store"));
        try {
            KgServer.Builder b = KgServer.create().dataset(store.dataset()).port(0)
                    .savedQueries(new SavedQueries(Path.of("queries")));
            settings.accept(b);
            return new ServeFixture(store, b.build().start());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A server over {@code store} (closed with it), read-only on a free port, with the project's saved queries. */
    static ServeFixture serve(KgStore store) {
        return serve(store, b -> {});
    }

    /** {@link #serve(KgStore)} with more settings (allowUpdate, curations...). */
    static ServeFixture serve(KgStore store, java.util.function.Consumer<KgServer.Builder> settings) {
        try {
            KgServer.Builder b = KgServer.create().dataset(store.dataset()).port(0).savedQueries(new SavedQueries(Path.of("queries")));
            settings.accept(b);
            return new ServeFixture(store, b.build().start());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static KgStore sampleStore(Path folder) {
        KgStore store = KgStore.open(StoreSpec.tdb2(folder));
        store.write(ds -> RDFParser.source(sampleStream()).lang(Lang.TRIG).parse(ds));
        return store;
    }

    /**
     * The sample graph in an in-memory TDB2 dataset, as the expected answer: TDB2 keeps numbers by
     * value ("0.80" comes back as "0.8"), so the expected graph goes through the same store.
     */
    static Dataset sampleDataset() {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> RDFParser.source(sampleStream()).lang(Lang.TRIG).parse(ds));
        Dataset copy = DatasetFactory.create();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add));
        return copy;
    }

    static String sampleText() {
        try (InputStream in = sampleStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream sampleStream() {
        InputStream in = ServeFixture.class.getResourceAsStream(SAMPLE);
        if (in == null) {
            throw new IllegalStateException("test resource " + SAMPLE + " is missing");
        }
        return in;
    }

    String url() {
        return server.url();
    }

    /** A client for this server. */
    ServeClient client() {
        return new ServeClient(url());
    }

    String dataset() {
        return server.url() + "newskg";
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    /** The media type of a response, without parameters ("text/csv", not "text/csv; charset=utf-8"). */
    static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").map(v -> v.split(";")[0].strip().toLowerCase()).orElse("");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A loopback port that was free a moment ago. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
