package org.newskg.store;

/**
 * What {@link GraphStore#update} did.
 *
 * @param written      graphs written (new, or different from the stored one)
 * @param unchanged    graphs already stored exactly as given, left alone
 * @param dropped      graphs removed because they were not given
 * @param transactions write transactions (for a remote store: write requests) used
 */
public record GraphUpdate(int written, int unchanged, int dropped, int transactions) {}
