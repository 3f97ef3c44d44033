package org.newskg.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.store.Credentials;
import org.newskg.store.ServedStore;
import org.newskg.store.StoreSpec;

/**
 * The store options every command that touches the graph shares: {@code --store DIR|URL}, and for a
 * remote store {@code --store-gsp URL} and {@code --store-credentials FILE}. Credentials come from that
 * file or from the environment ({@value Credentials#USER_VARIABLE}, {@value Credentials#PASSWORD_VARIABLE}),
 * never from the command line: a URL with a password in it is refused.
 */
final class StoreOption {
    static final String DEFAULT = "store";

    private StoreOption() {}

    /** Adds --store, --store-gsp and --store-credentials. */
    static Options addTo(Options options) {
        return options.addOption(Option.builder().longOpt("store").hasArg().argName("DIR|URL")
                        .desc("TDB2 store folder (default: " + DEFAULT + "/), or a SPARQL store's dataset URL"
                                + " (http://host:3030/dataset)").get())
                .addOption(Option.builder().longOpt("store-gsp").hasArg().argName("URL")
                        .desc("a remote store's Graph Store Protocol endpoint, when not the --store URL"
                                + " (GraphDB: REPOSITORY/rdf-graphs/service)").get())
                .addOption(Option.builder().longOpt("store-credentials").hasArg().argName("FILE")
                        .desc("a file holding 'user:password' for a remote store (or set "
                                + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE + ")").get());
    }

    /** Only --store DIR (serve needs a folder). */
    static Option option() {
        return Option.builder().longOpt("store").hasArg().argName("DIR")
                .desc("TDB2 store folder (default: " + DEFAULT + "/)").get();
    }

    /**
     * The store a reading command (query, export, validate, eval, changes) reads: a folder held by a
     * running {@code newskg serve} is read through that server, which says so in one line.
     */
    static StoreSpec readSpec(CommandLine line, CliContext ctx) {
        StoreSpec spec = spec(line, ctx);
        if (spec.kind() != StoreSpec.Kind.TDB2) {
            return spec;
        }
        return ServedStore.find(spec.folder()).map(s -> {
            ctx.err().println("newskg: " + spec.folder() + " is served at " + s.url() + "; reading it through the server");
            return s.remote();
        }).orElse(spec);
    }

    /**
     * The store a writing command (build, add, remove, merge) changes: a folder held by a running
     * {@code newskg serve} is refused in one line that names the server and the way on.
     */
    static StoreSpec writeSpec(CommandLine line, CliContext ctx, String command) {
        StoreSpec spec = spec(line, ctx);
        if (spec.kind() == StoreSpec.Kind.TDB2) {
            ServedStore.find(spec.folder()).ifPresent(s -> {
                throw new org.newskg.NewsKgException(s.refusal(spec.folder(), "newskg " + command));
            });
        }
        return spec;
    }

    static StoreSpec spec(CommandLine line, CliContext ctx) {
        String store = line.getOptionValue("store", DEFAULT);
        if (!StoreSpec.isUrl(store)) {
            if (line.hasOption("store-gsp") || line.hasOption("store-credentials")) {
                throw new UsageException("--store-gsp and --store-credentials are for a remote store (--store URL)");
            }
            return StoreSpec.tdb2(ctx.resolve(store));
        }
        URI endpoint = url(store, "--store");
        URI gsp = line.hasOption("store-gsp") ? url(line.getOptionValue("store-gsp"), "--store-gsp") : endpoint;
        Optional<Credentials> credentials = line.hasOption("store-credentials")
                ? Optional.of(Credentials.fromFile(ctx.resolve(line.getOptionValue("store-credentials"))))
                : Credentials.fromEnvironment(ctx.env());
        return StoreSpec.remote(endpoint, gsp, credentials);
    }

    private static URI url(String text, String option) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new UsageException(option + " " + text + " is not a URL: " + e.getReason());
        }
        if (!StoreSpec.isUrl(text) || uri.getHost() == null) {
            throw new UsageException(option + " takes an http or https URL with a host, not '" + text + "'");
        }
        if (uri.getUserInfo() != null) {
            // A password on the command line is seen by every user of the machine (ps) and kept in shell history.
            throw new UsageException("no user name or password in " + option + ": put them in a file given with"
                    + " --store-credentials ('user:password'), or set " + Credentials.USER_VARIABLE + " and "
                    + Credentials.PASSWORD_VARIABLE);
        }
        return uri;
    }
}
