package org.newskg.ingest;

/** A file that was not built, and why: reported to the user by name, never dropped silently. */
public record Problem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
