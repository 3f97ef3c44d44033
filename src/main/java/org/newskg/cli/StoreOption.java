package org.newskg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.newskg.store.StoreSpec;

/** The {@code --store DIR} option every command that touches the graph shares. */
final class StoreOption {
    static final String DEFAULT = "store";

    private StoreOption() {}

    static Option option() {
        return Option.builder().longOpt("store").hasArg().argName("DIR")
                .desc("TDB2 store folder (default: " + DEFAULT + "/)").get();
    }

    static StoreSpec spec(CommandLine line, CliContext ctx) {
        return StoreSpec.tdb2(ctx.resolve(line.getOptionValue("store", DEFAULT)));
    }
}
