package org.newskg.cli;

import org.newskg.NewsKgException;

/** The command line is wrong: exit code 2, with a hint at the right usage. */
public final class UsageException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
