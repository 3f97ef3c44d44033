package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.NewsKgException;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.export.GraphView;
import org.newskg.export.GraphViewOptions;
import org.newskg.export.GraphViewOptions.View;
import org.newskg.store.GraphStore;

/**
 * {@code newskg export --format F [--out FILE] [--store DIR]}, and for the graph formats
 * {@code [--view entity|full] [--types T,...] [--relations R,...] [--min-support N] [--keep-isolated]}.
 * Nodes without edges are left out unless {@code --keep-isolated}; {@code --drop-isolated}, which
 * asked for that before it was the default, is still accepted.
 */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the graph as RDF (" + String.join(", ", ExportFormat.names(false)) + ") or for graph tools ("
                + String.join(", ", ExportFormat.names(true)) + ")";
    }

    @Override
    public Options options() {
        String formats = Arrays.stream(ExportFormat.values())
                .map(f -> f.formatName() + " (" + f.readBy() + ")")
                .collect(Collectors.joining(", "));
        return StoreOption.addTo(new Options())
                .addOption(Option.builder().longOpt("format").hasArg().argName("F").required()
                        .desc("one of " + formats).get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE").desc("write to FILE (default: stdout)").get())
                .addOption(Option.builder().longOpt("view").hasArg().argName("entity|full")
                        .desc("graph formats: entity (default: one node per entity, one edge per fact between two entities, "
                                + "with the number of articles stating it) or full (adds the articles, with mentionedIn links "
                                + "from the entities they mention, and the values of holdsTitle and date facts)").get())
                .addOption(Option.builder().longOpt("types").hasArg().argName("T,...")
                        .desc("graph formats: keep only nodes of these types: " + String.join(", ", GraphViewOptions.typeNames(View.FULL))
                                + " (" + GraphView.ARTICLE + " and " + GraphView.VALUE + " in the full view)").get())
                .addOption(Option.builder().longOpt("relations").hasArg().argName("R,...")
                        .desc("graph formats: keep only edges of these relations: "
                                + String.join(", ", GraphViewOptions.relationNames(View.FULL))
                                + " (" + String.join(", ", GraphViewOptions.fullViewOnlyRelations()) + " in the full view)").get())
                .addOption(Option.builder().longOpt("min-support").hasArg().argName("N")
                        .desc("graph formats: keep only facts stated by at least N articles (default 1)").get())
                .addOption(Option.builder().longOpt("keep-isolated")
                        .desc("graph formats: keep the nodes without any edge, which are left out by default").get())
                .addOption(Option.builder().longOpt("drop-isolated")
                        .desc("graph formats: leave out nodes left without any edge (the default)").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        ExportFormat format;
        GraphViewOptions view;
        try {
            format = ExportFormat.byName(line.getOptionValue("format"));
            if (line.hasOption("keep-isolated") && line.hasOption("drop-isolated")) {
                throw new IllegalArgumentException("--keep-isolated and --drop-isolated contradict each other; give one");
            }
            if (!format.isGraphFormat() && (line.hasOption("keep-isolated") || line.hasOption("drop-isolated"))) {
                throw new IllegalArgumentException("--keep-isolated and --drop-isolated apply to the graph formats ("
                        + String.join(", ", ExportFormat.names(true)) + "); " + format.formatName() + " writes the whole RDF graph");
            }
            view = GraphViewOptions.parse(line.getOptionValue("view"), line.getOptionValue("types"),
                    line.getOptionValue("relations"), line.getOptionValue("min-support"), !line.hasOption("keep-isolated"));
            Exporter.check(format, view);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (GraphStore store = GraphStore.openExisting(StoreOption.readSpec(line, ctx))) {
            if (!line.hasOption("out")) {
                Exporter.write(store, format, view, ctx.out());
                ctx.out().flush();
                return 0;
            }
            Path out = ctx.resolve(line.getOptionValue("out"));
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            // Written aside, then moved: a failed export never leaves half a file under the real name.
            String written;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                written = Exporter.write(store, format, view, os);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ctx.err().println("Wrote " + out + " (" + format.formatName() + ", " + written + ", " + Files.size(out) + " bytes)");
            return 0;
        } catch (IOException | UncheckedIOException e) {
            throw new NewsKgException("cannot write " + line.getOptionValue("out", "the export") + ": " + e.getMessage(), e);
        }
    }
}
