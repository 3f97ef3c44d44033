package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.newskg.NewsKgException;
import org.newskg.build.BuildReport;
import org.newskg.build.EntityNames;
import org.newskg.build.KgBuild;
import org.newskg.build.StoredCorpus;
import org.newskg.curate.Curation;
import org.newskg.curate.Curator;
import org.newskg.model.Relation;
import org.newskg.rdf.CurationGraph;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg curate ACTION ...}: corrections that last. Each is kept in the store's curations graph
 * and the graph is rebuilt at once from the stored articles (their cached annotations), as every later
 * build does: the correction holds through rebuilds and new articles.
 * <pre>
 * newskg curate merge ENTITY ENTITY [--why TEXT]        the second becomes the first
 * newskg curate split ENTITY NAME [--why TEXT]          the articles that call it only NAME mean another thing
 * newskg curate reject SUBJECT RELATION OBJECT [--why]  the fact is left out, whatever the articles say
 * newskg curate assert SUBJECT RELATION OBJECT [--why]  a fact the articles missed
 * newskg curate rename ENTITY LABEL | retype ENTITY TYPE | link ENTITY QID [TITLE]
 * newskg curate list | drop N | export [--out FILE] | import FILE
 * </pre>
 * ENTITY is an entity's IRI, {@code ent:SLUG}, or its label (or another of its names, if only one
 * entity goes by it).
 */
final class CurateCommand implements Command {
    @Override
    public String name() {
        return "curate";
    }

    @Override
    public String summary() {
        return "corrections that last: merge, split, reject, assert, rename, retype, link; list, drop, export, import";
    }

    @Override
    public String arguments() {
        return "merge ENTITY ENTITY | split ENTITY NAME | reject|assert SUBJECT RELATION OBJECT | rename ENTITY LABEL | retype ENTITY TYPE"
                + " | link ENTITY QID [TITLE] | list | drop N | export | import FILE";
    }

    @Override
    public Options options() {
        return AnnotationOptions.addTo(StoreOption.addTo(new Options()))
                .addOption(Option.builder().longOpt("why").hasArg().argName("TEXT").desc("the reason, kept with the curation").get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE").desc("export: the Turtle file (default: stdout)").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        List<String> args = line.getArgList();
        if (args.isEmpty()) {
            throw new UsageException("give an action: merge, split, reject, assert, rename, retype, link, list, drop, export or import");
        }
        String action = args.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = args.subList(1, args.size());
        return switch (action) {
            case "list" -> list(line, ctx, rest);
            case "export" -> export(line, ctx, rest);
            case "import" -> importFile(line, ctx, rest);
            case "drop" -> drop(line, ctx, rest);
            case "merge", "split", "reject", "assert", "rename", "retype", "link" -> add(line, ctx, action, rest);
            default -> throw new UsageException("no curate action '" + args.get(0)
                    + "'; one of merge, split, reject, assert, rename, retype, link, list, drop, export, import");
        };
    }

    private int add(CommandLine line, CliContext ctx, String action, List<String> rest) {
        StoreSpec spec = StoreOption.writeSpec(line, ctx, "curate");
        List<Curation> existing;
        Curation c;
        try (GraphStore store = GraphStore.openExisting(spec)) {
            existing = KgBuild.curations(store);
            EntityNames names = EntityNames.of(store);
            int n = existing.stream().mapToInt(Curation::sequence).max().orElse(0) + 1;
            String who = ctx.env().getOrDefault("USER", System.getProperty("user.name", ""));
            String why = line.getOptionValue("why", "").strip();
            Instant now = Instant.now();
            c = switch (action) {
                case "merge" -> {
                    count(rest, 2, "merge ENTITY ENTITY: the entity to keep, then the one to merge into it");
                    Curation.Ref keep = names.ref(rest.get(0));
                    Curation.Ref gone = names.ref(rest.get(1));
                    if (keep.slug().equals(gone.slug())) {
                        throw new NewsKgException("'" + rest.get(0) + "' and '" + rest.get(1) + "' are one entity already; nothing to merge");
                    }
                    yield new Curation(n, Curation.Action.MERGE, keep, Optional.empty(), Optional.of(gone), Optional.empty(), who, now, why);
                }
                case "split" -> {
                    count(rest, 2, "split ENTITY NAME: the articles that call the entity only NAME become another entity");
                    yield new Curation(n, Curation.Action.SPLIT, names.ref(rest.get(0)), Optional.empty(), Optional.empty(),
                            Optional.of(names.nameOf(rest.get(0), rest.get(1))), who, now, why);
                }
                case "reject" -> {
                    count(rest, 3, "reject SUBJECT RELATION OBJECT, e.g. reject 'Lena Marsh' metWith 'Jonas Breuer'");
                    Relation r = relation(rest.get(1));
                    Curation.Ref object = r.range().types().isEmpty() ? new Curation.Ref("", rest.get(2)) : names.ref(rest.get(2));
                    yield new Curation(n, Curation.Action.REJECT, names.ref(rest.get(0)), Optional.of(r), Optional.of(object), Optional.empty(),
                            who, now, why);
                }
                case "assert" -> {
                    count(rest, 3, "assert SUBJECT RELATION OBJECT, e.g. assert 'Lena Marsh' leaderOf Velmora");
                    Relation r = relation(rest.get(1));
                    if (r.range().types().isEmpty()) {
                        throw new UsageException("assert relates two entities; " + r.localName() + " takes a value");
                    }
                    Curation.Ref s = names.ref(rest.get(0));
                    Curation.Ref o = names.ref(rest.get(2));
                    yield new Curation(n, Curation.Action.ASSERT, s, Optional.of(r), Optional.of(o), Optional.empty(), who, now, why);
                }
                case "rename" -> {
                    count(rest, 2, "rename ENTITY LABEL");
                    yield new Curation(n, Curation.Action.RENAME, names.ref(rest.get(0)), Optional.empty(), Optional.empty(),
                            Optional.of(nonBlank(rest.get(1), "the new label")), who, now, why);
                }
                case "retype" -> {
                    count(rest, 2, "retype ENTITY TYPE (Person, Organization, Country, City, Place, Agreement)");
                    String type;
                    try {
                        type = Curator.type(rest.get(1)).localName();
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                    yield new Curation(n, Curation.Action.RETYPE, names.ref(rest.get(0)), Optional.empty(), Optional.empty(), Optional.of(type),
                            who, now, why);
                }
                default -> {
                    if (rest.size() < 2 || rest.size() > 3) {
                        throw new UsageException("link ENTITY QID [TITLE], e.g. link 'Lena Marsh' Q42 'Lena Marsh'");
                    }
                    String qid = rest.get(1).strip().toUpperCase(Locale.ROOT).replaceFirst("^WD:", "");
                    if (!qid.matches("Q\\d+")) {
                        throw new UsageException("a Wikidata item is Q and a number, e.g. Q42; not '" + rest.get(1) + "'");
                    }
                    yield new Curation(n, Curation.Action.LINK, names.ref(rest.get(0)), Optional.empty(), Optional.empty(),
                            Optional.of(rest.size() == 3 ? qid + " " + rest.get(2).strip() : qid), who, now, why);
                }
            };
            List<Curation> all = new ArrayList<>(existing);
            all.add(c);
            store.replaceGraph(NKG.CURATIONS_GRAPH, CurationGraph.model(all));
        }
        ctx.err().println("Curation #" + c.sequence() + ": " + c.describe() + "; rebuilding the graph with it ...");
        return rebuild(line, ctx, spec, "#" + c.sequence());
    }

    /** The graph again, from the stored articles, with the store's curations: as every build does. */
    private static int rebuild(CommandLine line, CliContext ctx, StoreSpec spec, String which) {
        BuildReport r = AnnotationOptions.build(line, ctx, List.of(), "curate").documents(StoredCorpus.documents(spec)).store(spec).run();
        BuildCommand.report(ctx, "Rebuilt", r, spec);
        boolean idle = r.curations().idle().stream().anyMatch(i -> i.startsWith(which + " "));
        if (idle) {
            ctx.err().println("newskg curate: " + which + " is kept, but applies to nothing now (see above); it applies once"
                    + " the articles give it something to do, or 'newskg curate drop " + which.substring(1) + "' takes it away");
        }
        return 0;
    }

    private int list(CommandLine line, CliContext ctx, List<String> rest) {
        count(rest, 0, "list takes no arguments");
        List<Curation> all;
        EntityNames names;
        try (GraphStore store = GraphStore.openExisting(StoreOption.readSpec(line, ctx))) {
            all = KgBuild.curations(store);
            names = EntityNames.of(store);
        }
        if (all.isEmpty()) {
            ctx.err().println("newskg curate: the store has no curations ('newskg curate merge|reject|rename|retype|link' makes one)");
            return 0;
        }
        for (Curation c : all) {
            ctx.out().printf(Locale.ROOT, "#%d  %s  %s  %s%s%n", c.sequence(), c.when().toString().substring(0, 10),
                    c.curator().isEmpty() ? "-" : c.curator(), c.describe(), c.why().isEmpty() ? "" : "  (" + c.why() + ")");
            names.idle(c).ifPresent(why -> ctx.out().println("    applies to nothing now: " + why));
        }
        ctx.out().flush();
        return 0;
    }

    private int drop(CommandLine line, CliContext ctx, List<String> rest) {
        count(rest, 1, "drop N: the curation's number, as 'newskg curate list' shows it");
        int n;
        try {
            n = Integer.parseInt(rest.get(0).replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("drop takes a curation's number (see 'newskg curate list'), not '" + rest.get(0) + "'");
        }
        StoreSpec spec = StoreOption.writeSpec(line, ctx, "curate");
        Curation gone;
        try (GraphStore store = GraphStore.openExisting(spec)) {
            List<Curation> all = new ArrayList<>(KgBuild.curations(store));
            gone = all.stream().filter(c -> c.sequence() == n).findFirst().orElseThrow(() -> new NewsKgException(
                    "no curation #" + n + " ('newskg curate list' shows them); nothing was changed"));
            all.remove(gone);
            store.replaceGraph(NKG.CURATIONS_GRAPH, CurationGraph.model(all));
        }
        ctx.err().println("Dropped curation #" + n + ": " + gone.describe() + "; rebuilding the graph without it ...");
        return rebuild(line, ctx, spec, "#" + n);
    }

    private int export(CommandLine line, CliContext ctx, List<String> rest) {
        count(rest, 0, "export takes no arguments; --out FILE (default: stdout)");
        Model m;
        try (GraphStore store = GraphStore.openExisting(StoreOption.readSpec(line, ctx))) {
            m = CurationGraph.model(KgBuild.curations(store));
        }
        if (!line.hasOption("out")) {
            RDFDataMgr.write(ctx.out(), m, Lang.TURTLE);
            ctx.out().flush();
            return 0;
        }
        Path out = ctx.resolve(line.getOptionValue("out"));
        try (OutputStream os = Files.newOutputStream(out)) {
            RDFDataMgr.write(os, m, Lang.TURTLE);
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + out + ": " + e.getMessage());
        }
        ctx.err().println("Exported " + CurationGraph.read(m).size() + " curations to " + out);
        return 0;
    }

    /** Adds a file's curations after the store's own (numbered on), leaving out those it has already. */
    private int importFile(CommandLine line, CliContext ctx, List<String> rest) {
        count(rest, 1, "import FILE: a Turtle file from 'newskg curate export'");
        Path file = ctx.resolve(rest.get(0));
        if (!Files.isRegularFile(file)) {
            throw new NewsKgException("no file " + file + " to import; give the Turtle file 'newskg curate export --out' wrote");
        }
        List<Curation> incoming;
        try {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(file).lang(Lang.TURTLE).parse(m);
            incoming = CurationGraph.read(m);
        } catch (RiotException | IllegalArgumentException e) {
            throw new NewsKgException(file + " is not a curations file (" + e.getMessage() + "); nothing was imported");
        }
        if (incoming.isEmpty()) {
            throw new NewsKgException(file + " holds no curations (nkg:Curation); nothing was imported");
        }
        StoreSpec spec = StoreOption.writeSpec(line, ctx, "curate");
        int added = 0;
        try (GraphStore store = GraphStore.openExisting(spec)) {
            List<Curation> all = new ArrayList<>(KgBuild.curations(store));
            int n = all.stream().mapToInt(Curation::sequence).max().orElse(0);
            for (Curation c : incoming) {
                if (all.stream().noneMatch(x -> same(x, c))) {
                    all.add(new Curation(++n, c.action(), c.subject(), c.relation(), c.object(), c.value(), c.curator(), c.when(), c.why()));
                    added++;
                }
            }
            store.replaceGraph(NKG.CURATIONS_GRAPH, CurationGraph.model(all));
        }
        ctx.err().println("Imported " + added + " of " + incoming.size() + " curations from " + file
                + (added < incoming.size() ? " (the store had the others)" : "") + "; rebuilding the graph with them ...");
        return added == 0 ? 0 : rebuild(line, ctx, spec, "#0");
    }

    /** The same correction, whoever made it and whenever. */
    private static boolean same(Curation a, Curation b) {
        return a.action() == b.action() && a.subject().equals(b.subject()) && a.relation().equals(b.relation())
                && a.object().equals(b.object()) && a.value().equals(b.value());
    }

    private static Relation relation(String name) {
        try {
            return Relation.byLocalName(name.replaceFirst("^nkg:", ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException("no relation '" + name + "'; one of " + java.util.Arrays.stream(Relation.values())
                    .map(Relation::localName).toList());
        }
    }

    private static void count(List<String> rest, int n, String usage) {
        if (rest.size() != n) {
            throw new UsageException(usage);
        }
    }

    private static String nonBlank(String s, String what) {
        if (s.isBlank()) {
            throw new UsageException("give " + what);
        }
        return s.strip();
    }
}
