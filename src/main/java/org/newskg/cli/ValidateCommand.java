package org.newskg.cli;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newskg.rdf.GraphValidator;
import org.newskg.store.GraphStore;

/** {@code newskg validate [--store DIR]}: the SHACL report; exit 1 when the graph does not conform. */
final class ValidateCommand implements Command {
    /** More violations than this are counted, not listed. */
    private static final int LISTED = 50;

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check the graph against ontology/shapes.ttl (SHACL)";
    }

    @Override
    public Options options() {
        return StoreOption.addTo(new Options());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        GraphValidator validator = GraphValidator.load();
        try (GraphStore store = GraphStore.openExisting(StoreOption.readSpec(line, ctx))) {
            List<GraphValidator.Violation> violations = store.read(ds -> validator.validate(ds.getUnionModel().getGraph()));
            if (violations.isEmpty()) {
                ctx.out().println("conforms: the graph satisfies every shape in " + GraphValidator.SHAPES);
                return 0;
            }
            violations.stream().limit(LISTED).forEach(v -> ctx.out().println(v));
            if (violations.size() > LISTED) {
                ctx.out().println("... and " + (violations.size() - LISTED) + " more");
            }
            ctx.out().println("does not conform: " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
            return 1;
        }
    }
}
