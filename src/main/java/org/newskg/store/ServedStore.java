package org.newskg.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newskg.io.AtomicFiles;

/**
 * A store folder held by a running {@code newskg serve}: where to reach it, so that the commands that
 * read the store go through the server (TDB2 lets one process open a folder), and the ones that write
 * it can say how to go on. The server leaves {@value #FILE} in the store folder while it runs; a file
 * left by a server that no longer runs (killed) is ignored.
 *
 * @param url   the server's base URL, e.g. {@code http://127.0.0.1:3030/}
 * @param pid   the server's process
 * @param watch the folder it takes articles from ({@code --watch}), if any
 */
public record ServedStore(URI url, long pid, Optional<Path> watch) {
    public static final String FILE = "newskg-serve.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The running server that holds this store folder, if one does. */
    public static Optional<ServedStore> find(Path storeFolder) {
        Path f = storeFolder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(f.toFile());
            ServedStore s = new ServedStore(URI.create(n.get("url").asText()), n.get("pid").asLong(),
                    n.hasNonNull("watch") ? Optional.of(Path.of(n.get("watch").asText())) : Optional.empty());
            return ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false) ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();    // unreadable or half-written: no server to go through
        }
    }

    /** Leaves the address in the store folder (atomically: a reader never sees half of it). */
    public void write(Path storeFolder) {
        var n = JSON.createObjectNode().put("url", url.toString()).put("pid", pid);
        watch.ifPresent(w -> n.put("watch", w.toString()));
        try {
            AtomicFiles.writeAtomically(storeFolder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        } catch (IOException e) {
            throw new StoreException("cannot write " + storeFolder.resolve(FILE) + ": " + e.getMessage()
                    + "; the other commands will not find the server", e);
        }
    }

    /** Takes the address away when the server stops. */
    public static void remove(Path storeFolder) {
        try {
            Files.deleteIfExists(storeFolder.resolve(FILE));
        } catch (IOException e) {
            // a stale file is ignored by find(): its process is gone
        }
    }

    /** The store as the server's SPARQL dataset, for the reading commands. */
    public StoreSpec remote() {
        return StoreSpec.remote(url.resolve("newskg"), Optional.empty());
    }

    /** One line for a command that would write the store: which server holds it, and the way on. */
    public String refusal(Path storeFolder, String command) {
        return "the store " + storeFolder + " is served by 'newskg serve' (process " + pid + ", " + url + "), which holds it; "
                + watch.map(w -> "put the articles in its watched folder " + w + " (it takes them in), or stop the server and run '"
                        + command + "' again").orElse("stop the server (Ctrl-C) and run '" + command
                        + "' again, or serve with --watch DIR and put the articles there")
                + "; the store is unchanged";
    }
}
