package org.newskg.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.eval.GoldFile;
import org.newskg.eval.Score;
import org.newskg.eval.Scorer;
import org.newskg.store.GraphStore;

/**
 * {@code newskg eval --gold FILE [--details] [--store DIR]}: scores the stored graph against a gold
 * file (docs/GOLD-FORMAT.md) and prints the figures to stdout, one per line.
 *
 * <p>{@code --details} adds what lies behind the figures: missed entities, mistyped, spurious and
 * over-merged nodes, missed facts, wrong triples. It is an option of its own because {@link Main}
 * takes {@code --verbose} off the arguments (it turns on logging) before a command sees them; for
 * {@code --verbose} to show the details too, {@code Main} has to pass it on as {@code --details}.
 */
final class EvalCommand implements Command {
    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "score the graph against a gold file of entities and facts";
    }

    @Override
    public Options options() {
        return StoreOption.addTo(new Options())
                .addOption(Option.builder().longOpt("gold").hasArg().argName("FILE").required()
                        .desc("the gold JSON file (format: docs/GOLD-FORMAT.md)").get())
                .addOption(Option.builder().longOpt("details")
                        .desc("also list missed entities, spurious and mistyped nodes, missed facts and wrong triples").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        Path goldPath = ctx.resolve(line.getOptionValue("gold"));
        // Read the gold before opening the store: a wrong --gold fails fast and never locks the store.
        GoldFile gold = GoldFile.read(goldPath);
        Score score;
        try (GraphStore store = GraphStore.openExisting(StoreOption.readSpec(line, ctx))) {
            score = store.read(ds -> Scorer.score(ds.getUnionModel(), gold));
        }
        score.figureLines().forEach(ctx.out()::println);
        if (line.hasOption("details")) {
            ctx.out().println();
            score.detailLines().forEach(ctx.out()::println);
        }
        ctx.out().flush();
        return 0;
    }
}
