package org.newskg.store;

import org.newskg.NewsKgException;

/** The store cannot be opened, read or written; the message names it and what to do. */
public final class StoreException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
