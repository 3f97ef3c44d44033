package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;

/**
 * The graph store: a Jena {@link Dataset} whose default graph is the union of the named graphs, so
 * queries see every article at once. Every access runs in a transaction; callers never begin or commit.
 *
 * <pre>
 * try (KgStore store = KgStore.open(StoreSpec.tdb2(Path.of("store")))) {
 *     long n = store.read(ds -&gt; ds.getUnionModel().size());
 * }
 * </pre>
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;
    private final StoreSpec spec;

    private KgStore(Dataset dataset, StoreSpec spec) {
        this.dataset = dataset;
        this.spec = spec;
    }

    /** Opens (creating if needed) the store; a store locked by another process is a clear error. */
    public static KgStore open(StoreSpec spec) {
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

    /**
     * Opens an existing store for reading; a folder that holds no store is an error, not a new empty
     * store (a typo in --store should not look like an empty graph).
     */
    public static KgStore openExisting(StoreSpec spec) {
        if (spec.kind() == StoreSpec.Kind.TDB2 && !Files.isDirectory(spec.folder())) {
            throw new StoreException("no store at " + spec.folder() + "; run 'newskg build' first or give --store");
        }
        return open(spec);
    }

    public StoreSpec spec() {
        return spec;
    }

    /** The dataset, for Fuseki and SPARQL; use {@link #read} and {@link #write} for anything else. */
    public Dataset dataset() {
        return dataset;
    }

    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
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

    /** Names of the named graphs in the store. */
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
