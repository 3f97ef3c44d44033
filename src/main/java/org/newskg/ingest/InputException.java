package org.newskg.ingest;

import java.nio.file.Path;
import org.newskg.NewsKgException;

/** A file or folder given as input that cannot be read as an article; names the path. */
public final class InputException extends NewsKgException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    public InputException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
