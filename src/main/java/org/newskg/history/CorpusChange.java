package org.newskg.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One build, add or remove (or an article a watching server took in) that changed the store: the
 * store's history is the list of these, numbered from 1.
 *
 * @param sequence its number in the store's history
 * @param command  what was run, e.g. "add more/"
 * @param started  when it began
 * @param ended    when its graph was computed, just before it was written
 * @param changes  what it changed, in {@link Change.Kind} order, then by label
 */
public record CorpusChange(int sequence, String command, Instant started, Instant ended, List<Change> changes) {
    public CorpusChange {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        changes = List.copyOf(changes);
    }

    /** How many changes of each kind, in kind order; kinds with none left out. */
    public Map<Change.Kind, Integer> counts() {
        Map<Change.Kind, Integer> n = new TreeMap<>();
        changes.forEach(c -> n.merge(c.kind(), 1, Integer::sum));
        return n;
    }

    /** The counts in words, kind by kind: "articles added 1, new entities 5, new facts 7". */
    public String summary() {
        return counts().entrySet().stream().map(e -> e.getKey().heading() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
