package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.build.KgBuild;
import org.newskg.build.KgMerge;
import org.newskg.nlp.NlpConfig;

/**
 * {@code newskg annotate [PATH ...] --out DIR}: the NLP half of a build, one N-Quads file per article
 * ({@code DIR/ID.nq}, ID the article's content hash) holding its extraction record, a pure function of
 * the article and the pipeline. So a large corpus can be annotated as independent tasks on any number
 * of machines (docs/SCALING.md), and {@code newskg merge} builds the graph from the files.
 */
final class AnnotateCommand implements Command {
    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public String summary() {
        return "annotate articles into per-article N-Quads records, for 'merge' (large corpora)";
    }

    @Override
    public String arguments() {
        return "[PATH ...] --out DIR";
    }

    @Override
    public Options options() {
        return AnnotationOptions.addTo(new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required()
                        .desc("folder for the records, one ID.nq per article (created if needed)").get()));
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        List<Path> paths = AnnotationOptions.paths(line, ctx);
        Path out = ctx.resolve(line.getOptionValue("out"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file; give a folder");
        }
        KgBuild build = AnnotationOptions.build(line, ctx, paths, "annotate");    // usage errors first (annotate stores nothing)
        AnnotationOptions.check(paths, AnnotationOptions.maxBytes(line), ctx, "annotate", "annotated", "nothing was written");
        KgBuild.Extraction x = build.extract();
        String pipeline = KgBuild.pipeline(NlpConfig.defaults());
        long bytes = KgMerge.writeRecords(x, pipeline, out);
        x.skipped().forEach(p -> ctx.err().println("newskg: skipped " + p));
        ctx.err().printf(Locale.ROOT, "Annotated %d article%s into %s in %.1f s (%,d bytes of N-Quads)%n", x.facts().size(),
                x.facts().size() == 1 ? "" : "s", out, x.seconds(), bytes);
        ctx.err().printf(Locale.ROOT, "  annotated: %d (cached: %d); pipeline: %s%n", x.annotated(),
                x.facts().size() - x.annotated(), pipeline);
        ctx.err().println("  time: " + org.newskg.build.BuildReport.phasesLine(x.phases()));
        return x.skipped().isEmpty() ? 0 : BuildCommand.EXIT_SKIPPED;
    }
}
