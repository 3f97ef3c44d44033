package org.newskg.export;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A program the export tests hand their output to (Graphviz {@code dot}, Chromium), found on the PATH.
 * Where it is missing, CI fails (its {@code .ci/run} installs them), while elsewhere the test is skipped
 * with the command that installs it.
 */
final class ExternalTool {
    /** What a run gave: exit code, standard output as bytes, standard error as text. */
    record Result(int exitCode, byte[] stdout, String stderr) {
        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private final Path program;

    private ExternalTool(Path program) {
        this.program = program;
    }

    /** The first of {@code names} on the PATH; fails in CI, skips elsewhere, if there is none. */
    static ExternalTool require(String debianPackage, String... names) {
        for (String name : names) {
            Optional<Path> p = onPath(name);
            if (p.isPresent()) {
                return new ExternalTool(p.get());
            }
        }
        String message = String.join(" or ", names) + " is not on the PATH; install it with 'apt-get install " + debianPackage
                + "' (.ci/run does)";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        assumeTrue(false, message);
        throw new AssertionError("unreachable");
    }

    /** Runs the program with these arguments; kills it and fails after the timeout. */
    Result run(long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // Both streams are read at once, so neither can fill its pipe and stall the program.
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(program + " did not finish within " + timeoutSeconds + " s: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
