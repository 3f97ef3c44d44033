package org.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user name and password for a remote store (HTTP basic authentication). They come from a file or
 * from the environment, never from the command line, where other users of the machine could read them
 * ({@code ps}, shell history). {@link #toString} does not show the password.
 */
public record Credentials(String user, String password) {
    /** Environment variables read by {@link #fromEnvironment}. */
    public static final String USER_VARIABLE = "NEWSKG_STORE_USER";
    public static final String PASSWORD_VARIABLE = "NEWSKG_STORE_PASSWORD";

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || user.contains(":")) {
            throw new StoreException("a store user name must be non-empty and hold no ':'");
        }
    }

    /**
     * Reads {@code user:password} from the first line of a file that is not empty or a {@code #} comment
     * (the format of curl's and many tools' credential files; a line {@code user: password}, Fuseki's
     * password file format, works too).
     */
    public static Credentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read the credentials file " + file + ": " + e.getMessage()
                    + "; it should hold one line 'user:password'", e);
        }
        String line = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .orElseThrow(() -> new StoreException("the credentials file " + file + " is empty; it should hold one line 'user:password'"));
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new StoreException("the credentials file " + file + " should hold one line 'user:password'");
        }
        return new Credentials(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }

    /** From {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}; none when neither is set, an error when one is. */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(USER_VARIABLE);
        String password = env.get(PASSWORD_VARIABLE);
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || password == null) {
            throw new StoreException("set both " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ", or neither");
        }
        return Optional.of(new Credentials(user, password));
    }

    @Override
    public String toString() {
        return user + ":***";
    }
}
