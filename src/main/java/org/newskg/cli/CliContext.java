package org.newskg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command needs from its surroundings, passed in rather than read from globals so that tests
 * can drive the CLI with their own streams and folders.
 *
 * @param home    the NewsKG installation (holds {@code queries/} and {@code ontology/})
 * @param workDir the folder relative paths are resolved against
 * @param out     results (query rows, exports)
 * @param err     messages, summaries and progress
 * @param env     environment variables (credentials for a remote store)
 */
public record CliContext(Path home, Path workDir, PrintStream out, PrintStream err, Map<String, String> env) {
    public CliContext {
        env = Map.copyOf(env);
    }

    /** With the process's environment. */
    public CliContext(Path home, Path workDir, PrintStream out, PrintStream err) {
        this(home, workDir, out, err, System.getenv());
    }

    public Path resolve(String path) {
        return workDir.resolve(path).normalize();
    }
}
