package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.newskg.rdf.NKG;
import org.newskg.rdf.UpdatePlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local graph store: a Jena {@link Dataset} (TDB2 on disk, or in memory) whose default graph is the
 * union of the named graphs, so queries see every article at once. Every access runs in a transaction;
 * callers never begin or commit. {@link RemoteStore} is the other kind of {@link GraphStore}.
 *
 * <pre>
 * try (KgStore store = KgStore.open(StoreSpec.tdb2(Path.of("store")))) {
 *     long n = store.read(ds -&gt; ds.getUnionModel().size());
 * }
 * </pre>
 */
public final class KgStore implements GraphStore {
    private static final Logger LOG = LoggerFactory.getLogger(KgStore.class);
    private final Dataset dataset;
    private final StoreSpec spec;

    private KgStore(Dataset dataset, StoreSpec spec) {
        this.dataset = dataset;
        this.spec = spec;
    }

    /**
     * For a process that writes a whole corpus (build, add, remove, merge): TDB2's indexes are read and
     * written through Jena's bounded block cache instead of memory-mapped files. Every mapped page
     * touched stays in the process's resident set until the kernel wants it back, so writing a
     * 100,000-article store took 12.7 GB of RSS, most of it the store's own files; through the cache,
     * the process holds its heap and the cache, and the files stay in the kernel's page cache
     * (docs/SCALING.md has the figures). Jena decides the file mode once per JVM, at the first store
     * opened: the command line's {@code main} calls this before anything else, tests do not.
     */
    public static void useBlockCache() {
        org.apache.jena.dboe.sys.SystemIndex.setFileMode(org.apache.jena.dboe.base.block.FileMode.direct);
    }

    /** Opens (creating if needed) the store; a store locked by another process is a clear error. */
    public static KgStore open(StoreSpec spec) {
        if (spec.kind() == StoreSpec.Kind.REMOTE) {
            throw new IllegalArgumentException("not a local store: " + spec);
        }
        if (spec.kind() == StoreSpec.Kind.MEMORY) {
            // TDB2's in-memory mode, so the union default graph works as on disk.
            Dataset ds = TDB2Factory.createDataset();
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            Jena3751.install(ds.getContext());    // until Jena 6.1.0: see Jena3751
            return new KgStore(ds, spec);
        }
        Path folder = spec.folder();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("store " + folder + " is a file, not a folder; give --store a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + folder + ": " + e.getMessage(), e);
        }
        Tdb2Files.mendBeforeOpen(folder);    // Jena 6's direct mode can leave an index file short: see Tdb2Files
        try {
            Dataset ds = TDB2Factory.connectDataset(folder.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            Jena3751.install(ds.getContext());    // until Jena 6.1.0: see Jena3751
            return new KgStore(ds, spec);
        } catch (TDBException | DBOpEnvException e) {
            // A store held by another process fails TDB2's lock with a DBOpEnvException ("Failed to get a lock").
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock") || m.contains("Lock")) {
                throw new StoreException("store " + folder + " is in use by another process (" + m
                        + "); stop that process (e.g. 'newskg serve') or use another --store", e);
            }
            throw new StoreException("cannot open store " + folder + ": " + m, e);
        }
    }

    @Override
    public StoreSpec spec() {
        return spec;
    }

    /** The dataset, for Fuseki and SPARQL; use {@link #read} and {@link #write} for anything else. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> action) {
        return read(ds -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                return action.apply(qe);
            }
        });
    }

    public void write(java.util.function.Consumer<Dataset> action) {
        Txn.executeWrite(dataset, () -> action.accept(dataset));
    }

    /**
     * Makes the store hold exactly these graphs, in one transaction: a reader sees the old graph or
     * the new one, never a mix, and a crash leaves the old one.
     */
    public void replaceAll(Map<String, Model> graphs) {
        write(ds -> {
            List<String> old = new ArrayList<>();
            for (Iterator<org.apache.jena.rdf.model.Resource> it = ds.listModelNames(); it.hasNext(); ) {
                old.add(it.next().getURI());
            }
            old.stream().filter(g -> !graphs.containsKey(g)).forEach(ds::removeNamedModel);
            graphs.forEach(ds::replaceNamedModel);
        });
    }

    /**
     * Makes the store hold exactly these graphs, touching only what differs: a graph already stored
     * as given (the same triples) is left alone, a new or different one is written, a stored one not given
     * is dropped, except the store's history and curations ({@link NKG#isKept}), which builds never drop.
     * The writes go in batches of about {@code batchSize} graphs, one write transaction
     * each, planned by {@link UpdatePlan} so that the store after any batch satisfies the shapes: a
     * crash midway leaves every article graph whole (old or new), the entities graph describing the
     * entities those mention, and the next update finishes the job. With {@code batchSize} of
     * {@link Integer#MAX_VALUE} it is one transaction, like {@link #replaceAll}.
     *
     * <p>The given graphs are compared with the stored ones as they come and let go of when equal,
     * so that what is held is what changes (both versions), the entities graph, and a few entity
     * counts per graph left alone: adding one article to 100,000 no longer holds the corpus' RDF.
     * The record ({@link UpdateRecord}) is asked for with the last batch, inside its transaction.
     */
    @Override
    public GraphUpdate update(GraphSource given, int batchSize, UpdateRecord record) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        Map<String, Model> put = new java.util.LinkedHashMap<>();
        Map<String, Model> stored = new HashMap<>();    // what the plan needs of the store, copied out
        UpdatePlan.Unchanged unchanged = new UpdatePlan.Unchanged();
        int[] same = {0};    // graphs left alone, the entities graph among them if given and the same
        long t0 = System.nanoTime();
        double[] compared = {0};
        int[] known = {0};    // of which the caller knew the store holds them as given
        UpdatePlan.Plan plan = read(ds -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            Model[] entities = {null};
            boolean[] entitiesStored = {false};
            given.each((name, m) -> {
                names.add(name);
                if (name.equals(NKG.ENTITIES_GRAPH)) {
                    entities[0] = m;    // compared entity by entity by the plan
                    entitiesStored[0] = given.stored(name, m);
                    return;
                }
                if (given.stored(name, m)) {
                    unchanged.add(m);
                    same[0]++;
                    known[0]++;
                    return;
                }
                Model old = storedGraph(ds, name);
                if (!old.isEmpty() && sameGraph(old, m, ds.getNamedModel(name).getGraph())) {
                    unchanged.add(m);
                    same[0]++;
                } else {
                    put.put(name, m);
                    if (!old.isEmpty()) {
                        stored.put(name, old);
                    }
                }
            });
            for (Iterator<org.apache.jena.rdf.model.Resource> it = ds.listModelNames(); it.hasNext(); ) {
                String name = it.next().getURI();
                if (!names.contains(name) && !NKG.isKept(name)) {
                    stored.put(name, storedGraph(ds, name));
                }
            }
            if (entities[0] != null) {
                same[0]++;    // until the plan says otherwise
            }
            compared[0] = (System.nanoTime() - t0) / 1e9;
            // Known to be stored as given: the plan compares it with itself, in memory, instead of with the store's.
            Model before = entitiesStored[0] ? entities[0] : entities[0] != null && ds.containsNamedModel(NKG.ENTITIES_GRAPH)
                    ? ds.getNamedModel(NKG.ENTITIES_GRAPH) : ModelFactory.createDefaultModel();
            return UpdatePlan.of(put, stored, unchanged, before, entities[0], batchSize);
        });
        List<UpdatePlan.Batch> batches = plan.batches();
        int dropped = (int) stored.keySet().stream().filter(g -> !put.containsKey(g)).count();
        LOG.info("store: {} graphs compared with the stored ones in {} s ({} the same, {} of them known to be; {} to write, {} to drop);"
                + " {} batches planned in {} s", same[0] + put.size(), String.format(java.util.Locale.ROOT, "%.1f", compared[0]), same[0],
                known[0], put.size(), dropped, batches.size(),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9 - compared[0]));
        if (batches.isEmpty()) {
            return new GraphUpdate(0, same[0], 0, 0);
        }
        boolean entitiesWritten = batches.stream().anyMatch(b -> !b.add().isEmpty() || !b.remove().isEmpty());
        Map<String, Model> was = new HashMap<>(stored);
        was.put(NKG.ENTITIES_GRAPH, plan.entitiesBefore());
        Map<String, Model> is = new HashMap<>(put);
        is.put(NKG.ENTITIES_GRAPH, plan.entitiesAfter());
        record.before(Optional.of(new UpdateRecord.Changed(was, is)), this::select);
        int[] history = {0};
        for (int k = 0; k < batches.size(); k++) {
            UpdatePlan.Batch b = batches.get(k);
            boolean last = k == batches.size() - 1;
            write(ds -> {
                b.drop().forEach(ds::removeNamedModel);
                b.put().forEach(ds::replaceNamedModel);
                b.remove().forEach(ds.asDatasetGraph()::delete);
                b.add().forEach(ds.asDatasetGraph()::add);
                if (last) {
                    Map<String, Model> r = record.after((q, row) -> select(ds, q, row));
                    r.forEach(ds::replaceNamedModel);
                    history[0] = r.size();
                }
            });
            LOG.info("store: batch {}/{} committed ({} graph{}, entities graph +{} -{} triples)", k + 1, batches.size(),
                    b.graphs(), b.graphs() == 1 ? "" : "s", b.add().size(), b.remove().size());
        }
        int written = put.size() + (entitiesWritten ? 1 : 0) + history[0];
        return new GraphUpdate(written, same[0] - (entitiesWritten ? 1 : 0), dropped, batches.size());
    }

    private void select(Query q, java.util.function.Consumer<org.apache.jena.query.QuerySolution> row) {
        read(ds -> {
            select(ds, q, row);
            return null;
        });
    }

    private static void select(Dataset ds, Query q, java.util.function.Consumer<org.apache.jena.query.QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /** A stored graph's triples, copied out in one scan of the graph's index (empty: no such graph). */
    private static Model storedGraph(Dataset ds, String name) {
        org.apache.jena.graph.Graph g = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
        ds.asDatasetGraph().find(org.apache.jena.graph.NodeFactory.createURI(name), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> g.add(q.asTriple()));
        return ModelFactory.createModelForGraph(g);
    }

    /**
     * Whether the stored graph holds exactly the given triples. Not {@code isIsomorphicWith}: TDB2
     * keeps numbers by value ("0.60"^^xsd:decimal comes back as "0.6"), so a given literal is first
     * put in the form TDB2 gives back ({@link NodeIdInline}), and one still not found is looked up in
     * the store, which matches by value as a query does. Scanning the stored graph once and looking
     * its triples up in memory takes a fraction of the time of a store lookup per triple (100,000
     * articles: 22 million lookups). NewsKG's graphs have no blank nodes; a graph with some is simply
     * written again.
     */
    private static boolean sameGraph(Model stored, Model given, org.apache.jena.graph.Graph store) {
        if (stored.size() != given.size()) {
            return false;
        }
        org.apache.jena.graph.Graph s = stored.getGraph();
        return given.getGraph().stream().allMatch(t -> !t.getSubject().isBlank() && !t.getObject().isBlank()
                && (s.contains(t) || s.contains(t.getSubject(), t.getPredicate(), storedForm(t.getObject())) || store.contains(t)));
    }

    /** A literal as TDB2 gives it back when it keeps it inline (numbers, dates); any other node as it is. */
    private static Node storedForm(Node n) {
        if (!n.isLiteral()) {
            return n;
        }
        org.apache.jena.tdb2.store.NodeId id = NodeIdInline.inline(n);
        return id == null ? n : NodeIdInline.extract(id);
    }

    @Override
    public void replaceGraph(String name, Model graph) {
        write(ds -> ds.replaceNamedModel(name, graph));
    }

    /** Names of the named graphs in the store (a local store holds only NewsKG's). */
    @Override
    public List<String> graphNames() {
        return read(ds -> {
            List<String> names = new ArrayList<>();
            ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            names.sort(null);
            return names;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
