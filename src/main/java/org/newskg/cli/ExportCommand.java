package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.NewsKgException;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.store.KgStore;

/** {@code newskg export --format F [--out FILE] [--store DIR]}. */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the graph as " + String.join(", ", ExportFormat.names());
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("format").hasArg().argName("F").required()
                        .desc("one of " + String.join(", ", ExportFormat.names())).get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE").desc("write to FILE (default: stdout)").get())
                .addOption(StoreOption.option());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        ExportFormat format;
        try {
            format = ExportFormat.byName(line.getOptionValue("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (KgStore store = KgStore.openExisting(StoreOption.spec(line, ctx))) {
            if (!line.hasOption("out")) {
                Exporter.write(store, format, ctx.out());
                ctx.out().flush();
                return 0;
            }
            Path out = ctx.resolve(line.getOptionValue("out"));
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            // Written aside, then moved: a failed export never leaves half a file under the real name.
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                Exporter.write(store, format, os);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ctx.err().println("Wrote " + out + " (" + format.formatName() + ", " + Files.size(out) + " bytes)");
            return 0;
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + line.getOptionValue("out") + ": " + e.getMessage(), e);
        }
    }
}
