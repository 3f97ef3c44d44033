package org.newskg;

/**
 * The one unchecked root of NewsKG's errors. Its message is shown to the user as it is, so it says
 * what happened, where, and what to do about it.
 */
public class NewsKgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsKgException(String message) {
        super(message);
    }

    public NewsKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
