package org.newskg.serve;

import org.newskg.NewsKgException;

/** The server cannot start or run (port in use, bad host, password file); the message says what to do. */
public final class ServeException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
