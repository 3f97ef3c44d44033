package org.newskg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand of {@code newskg}: its own options, parsed by Commons CLI. */
interface Command {
    String name();

    /** One line for {@code newskg --help}. */
    String summary();

    /** The arguments after the options, for the usage line, e.g. {@code [PATH ...]}; none by default. */
    default String arguments() {
        return "";
    }

    Options options();

    /** Runs the command; returns the exit code. */
    int execute(CommandLine line, CliContext ctx);
}
