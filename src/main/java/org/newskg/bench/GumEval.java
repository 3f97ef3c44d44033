package org.newskg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newskg.build.KgBuild;
import org.newskg.io.ResourceTable;
import org.newskg.model.Corpus;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Identity;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;

/**
 * {@code bench/gum/run}: NewsKG's entity layer and entity linking measured against outside gold, the
 * GUM corpus's proper-name mentions (types, coreference clusters, Wikipedia identities), as written by
 * {@code bench/gum/gum_to_gold.py} (GUM's news genre is reserved and never converted; this class also
 * refuses any file named {@code GUM_news_*}). Runs NewsKG's own pipeline on the texts (ingest,
 * CoreNLP with the annotation cache, extraction, resolution and linking, as {@code newskg build}
 * does, without a store) and prints a table of figures. Measures only: changes nothing in NewsKG.
 *
 * <p>Definitions (docs/GUM-EVAL.md):
 * <ul>
 * <li>a gold <b>named mention</b> is a GUM mention whose syntactic head is a PROPN; its trimmed span drops a
 *     leading determiner or possessive pronoun and a trailing 's or punctuation; its name span is the run of
 *     proper nouns around the head ("University of Basel" in "the University of Basel, where he ...");</li>
 * <li>a NewsKG <b>named mention</b> is a mention of one of the article's entities whose text is one of the
 *     names the article gives it (not a pronoun or a coreferent noun phrase);</li>
 * <li><b>exact</b>: the NewsKG span equals the gold name span, the trimmed span or the whole gold span; <b>head</b>: the
 *     NewsKG span lies inside the gold span and covers its head token; <b>overlap</b>: they share a
 *     character;</li>
 * <li><b>linking</b> is judged on gold named mentions found exactly (found only by head: a span error,
 *     counted apart): NewsKG's identity's
 *     English Wikipedia title (or the title the knowledge base gives the same QID elsewhere), compared
 *     with GUM's after normalisation (underscores, spaces, first letter's case). A link on a gold named
 *     mention without identity (found as its whole or trimmed span, not just the name inside a group or a
 *     clause: "Poland and Sweden") is wrong (WikiGUM gives every named entity that has an article its
 *     identity); a link whose KB entry has no title cannot be judged and is counted apart; links on
 *     NewsKG mentions that match no gold named mention exactly are counted, not judged.</li>
 * </ul>
 *
 * <pre>java -cp ... org.newskg.bench.GumEval DATA_DIR [--cache DIR] [--threads N] [--examples N]</pre>
 */
public final class GumEval {
    private GumEval() {}

    private static final List<String> GOLD_TYPES = List.of("person", "place", "organization");

    /** A gold mention from gold/DOC.json. */
    record Gold(String doc, int begin, int end, int trimBegin, int trimEnd, int nameBegin, int nameEnd, String text, String type, String cluster,
                String identity, boolean named, int headBegin, int headEnd) {
        String name(String docText) {
            return docText.substring(nameBegin, nameEnd);
        }

        String typeGroup() {
            return GOLD_TYPES.contains(type) ? type : "other";
        }
    }

    /** A NewsKG named mention, with the merged entity (node) it belongs to. */
    record Found(String doc, int begin, int end, String text, EntityType type, String slug) {
        boolean overlaps(int b, int e) {
            return begin < e && b < end;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GumEval DATA_DIR [--cache DIR] [--threads N] [--examples N]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path cacheDir = data.resolve("cache");
        int threads = Runtime.getRuntime().availableProcessors();
        int examples = 0;
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--cache" -> cacheDir = Path.of(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--examples" -> examples = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("GumEval: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(data.resolve("texts"))) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : texts) {
            if (p.getFileName().toString().startsWith("GUM_news_")) {
                throw new IllegalStateException("GUM's news genre is reserved for independent evaluation: " + p);
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Gold>> gold = new TreeMap<>();
        Map<String, String> genreOf = new HashMap<>();
        long tokens = 0;
        for (Path p : texts) {
            String doc = docName(p);
            JsonNode g = json.readTree(data.resolve("gold").resolve(doc + ".json").toFile());
            genreOf.put(doc, g.get("genre").asText());
            tokens += g.get("tokens").asLong();
            List<Gold> list = new ArrayList<>();
            for (JsonNode m : g.get("mentions")) {
                list.add(new Gold(doc, m.get("begin").asInt(), m.get("end").asInt(), m.get("trim_begin").asInt(),
                        m.get("trim_end").asInt(), m.get("name_begin").asInt(),
                        m.get("name_end").asInt(), m.get("text").asText(), m.get("type").asText(), m.get("cluster").asText(),
                        m.get("identity").isNull() ? null : m.get("identity").asText(), m.get("named").asBoolean(),
                        m.get("head").get("begin").asInt(), m.get("head").get("end").asInt()));
            }
            gold.put(doc, list);
        }

        long t0 = System.nanoTime();
        NlpConfig config = NlpConfig.defaults();
        KgBuild.Extraction x = KgBuild.create().articles(texts).threads(threads)
                .cache(AnnotationCache.open(cacheDir, config))
                .annotator(() -> CoreNlpAnnotator.load(config))
                .extract();
        Corpus corpus = KgBuild.Resolved.of(x.facts()).corpus();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!x.skipped().isEmpty()) {
            throw new IllegalStateException("NewsKG skipped some texts: " + x.skipped());
        }

        Map<String, String> slugAt = new HashMap<>();    // docId:begin:end -> slug
        Map<String, Entity> entityBySlug = new HashMap<>();
        for (Entity e : corpus.entities()) {
            entityBySlug.put(e.slug(), e);
            e.mentions().forEach((docId, ms) -> ms.forEach(m -> slugAt.put(docId + ":" + m.begin() + ":" + m.end(), e.slug())));
        }
        Map<String, List<Found>> found = new TreeMap<>();
        Map<String, String> textOf = new HashMap<>();
        for (DocumentFacts df : x.facts()) {
            String doc = docName(Path.of(df.document().source()));
            String fileText = Files.readString(data.resolve("texts").resolve(doc + ".txt"), StandardCharsets.UTF_8);
            if (!fileText.equals(df.document().text())) {
                throw new IllegalStateException(doc + ": NewsKG's text differs from the file's; gold offsets would not fit");
            }
            textOf.put(doc, fileText);
            List<Found> list = new ArrayList<>();
            for (LocalEntity le : df.entities()) {
                for (Mention m : le.mentions()) {
                    if (!le.names().contains(m.text())) {
                        continue;    // a pronoun or coreferent noun phrase, not a name
                    }
                    String slug = slugAt.get(df.document().id() + ":" + m.begin() + ":" + m.end());
                    EntityType type = slug == null ? le.type() : entityBySlug.get(slug).type();
                    list.add(new Found(doc, m.begin(), m.end(), m.text(), type, slug));
                }
            }
            found.put(doc, list);
        }
        Map<String, String> kbTitles = kbTitles();
        new Report(gold, found, textOf, corpus.identities(), kbTitles, examples, System.out)
                .print(texts.size(), tokens, genreOf, seconds, x.annotated());
    }

    private static String docName(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
    }

    /** Every QID the knowledge base gives an English Wikipedia title anywhere (its four tables). */
    static Map<String, String> kbTitles() {
        Map<String, String> t = new HashMap<>();
        for (String f : List.of("countries.tsv", "cities.tsv", "organizations.tsv", "office-holders.tsv")) {
            for (ResourceTable.Row r : ResourceTable.read("kb/" + f, 2, true)) {
                if (!r.cells()[0].isBlank() && !r.cells()[1].isBlank()) {
                    t.putIfAbsent(r.cells()[0].strip(), r.cells()[1].strip());
                }
            }
        }
        return t;
    }

    /** Wikipedia titles compared as Wikipedia does: underscores are spaces, the first letter's case does not count. */
    static String normTitle(String t) {
        String s = t.replace('_', ' ').strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static boolean typeAgrees(String goldType, EntityType t) {
        return switch (goldType) {
            case "person" -> t == EntityType.PERSON;
            case "place" -> t.isPlace();
            case "organization" -> t == EntityType.ORGANIZATION;
            default -> false;
        };
    }

    /** The figures, computed and printed. */
    static final class Report {
        private final Map<String, List<Gold>> gold;
        private final Map<String, List<Found>> found;
        private final Map<String, String> textOf;
        private final Map<String, Identity> ids;
        private final Map<String, String> kbTitles;
        private final int examples;
        private final PrintStream out;
        private final Map<String, List<String>> ex = new LinkedHashMap<>();

        Report(Map<String, List<Gold>> gold, Map<String, List<Found>> found, Map<String, String> textOf, Map<String, Identity> ids,
               Map<String, String> kbTitles, int examples, PrintStream out) {
            this.gold = gold;
            this.found = found;
            this.textOf = textOf;
            this.ids = ids;
            this.kbTitles = kbTitles;
            this.examples = examples;
            this.out = out;
        }

        private void example(String kind, String line) {
            ex.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
        }

        private static boolean exact(Found f, Gold g) {
            return (f.begin() == g.nameBegin() && f.end() == g.nameEnd()) || (f.begin() == g.trimBegin() && f.end() == g.trimEnd())
                    || (f.begin() == g.begin() && f.end() == g.end());
        }

        private static boolean head(Found f, Gold g) {
            return f.begin() >= g.begin() && f.end() <= g.end() && f.begin() <= g.headBegin() && f.end() >= g.headEnd();
        }

        /** The NewsKG mention that matches g best: exact, else by head (the longest), else null. */
        private Found match(Gold g) {
            Found best = null;
            for (Found f : found.get(g.doc())) {
                if (exact(f, g)) {
                    return f;
                }
                if (head(f, g) && (best == null || f.end() - f.begin() > best.end() - best.begin())) {
                    best = f;
                }
            }
            return best;
        }

        private Found exactMatch(Gold g) {
            return found.get(g.doc()).stream().filter(f -> exact(f, g)).findFirst().orElse(null);
        }

        private String title(Identity id) {
            if (id.wikipedia() != null) {
                return id.wikipedia();
            }
            return kbTitles.get(id.qid());
        }

        private static String pct(long a, long b) {
            return b == 0 ? "   -  " : String.format(Locale.ROOT, "%.3f", (double) a / b);
        }

        private static String frac(long a, long b) {
            return String.format(Locale.ROOT, "%s (%d/%d)", pct(a, b), a, b);
        }

        void print(int docs, long tokens, Map<String, String> genreOf, double seconds, int annotated) {
            Map<String, Integer> genres = new TreeMap<>();
            genreOf.values().forEach(g -> genres.merge(g, 1, Integer::sum));
            List<Gold> named = gold.values().stream().flatMap(List::stream).filter(Gold::named).toList();
            long foundCount = found.values().stream().mapToLong(List::size).sum();
            out.printf(Locale.ROOT, "GUM (non-news) against NewsKG: %d documents %s, %d tokens; %d gold named mentions "
                            + "(%d person/place/organization), %d with a Wikipedia identity; NewsKG: %d named mentions%n",
                    docs, genres, tokens, named.size(), named.stream().filter(g -> GOLD_TYPES.contains(g.type())).count(),
                    named.stream().filter(g -> g.identity() != null).count(), foundCount);
            out.printf(Locale.ROOT, "pipeline: %.1f s (%d annotated by CoreNLP, the rest from the cache)%n%n", seconds, annotated);
            detection(named);
            confusion(named);
            specialCases(named);
            fragmentation(named);
            linking(named);
            if (examples > 0) {
                out.println();
                out.println("== examples (first " + examples + " of each kind; not for docs/)");
                ex.forEach((k, v) -> {
                    out.printf(Locale.ROOT, "-- %s (%d)%n", k, v.size());
                    v.stream().limit(examples).forEach(l -> out.println("   " + l));
                });
            }
        }

        private String show(Found f) {
            return "'" + f.text() + "' " + f.type().localName();
        }

        private String show(Gold g) {
            return "'" + g.text() + "' " + g.type() + (g.identity() == null ? "" : " [" + g.identity() + "]");
        }

        private void detection(List<Gold> named) {
            out.println("== entity layer: proper-name mention detection");
            out.println("recall (gold named mentions found)   n      exact          head           overlap        exact+type");
            Map<String, long[]> r = new LinkedHashMap<>();
            for (String t : List.of("person", "place", "organization", "other")) {
                r.put(t, new long[5]);
            }
            for (Gold g : named) {
                long[] c = r.get(g.typeGroup());
                c[0]++;
                List<Found> fs = found.get(g.doc());
                Found ex = fs.stream().filter(f -> exact(f, g)).findFirst().orElse(null);
                boolean hd = fs.stream().anyMatch(f -> exact(f, g) || head(f, g));
                List<Found> ov = fs.stream().filter(f -> f.overlaps(g.begin(), g.end())).toList();
                c[1] += ex != null ? 1 : 0;
                c[2] += hd ? 1 : 0;
                c[3] += ov.isEmpty() ? 0 : 1;
                c[4] += ex != null && typeAgrees(g.type(), ex.type()) ? 1 : 0;
                if (GOLD_TYPES.contains(g.type()) && ex == null) {
                    if (ov.isEmpty()) {
                        example("missed " + g.type() + ": nothing found", g.doc() + ": " + show(g));
                    } else {
                        example("missed " + g.type() + ": other boundaries", g.doc() + ": " + show(g) + " <- NewsKG "
                                + ov.stream().map(this::show).toList());
                    }
                }
            }
            long[] in = new long[5];
            r.forEach((t, c) -> {
                if (!t.equals("other")) {
                    for (int i = 0; i < 5; i++) {
                        in[i] += c[i];
                    }
                }
            });
            r.forEach((t, c) -> row(t, c));
            row("person+place+organization", in);
            out.println("  ('other': GUM's named mentions of other types, e.g. time, event, abstract, object: NewsKG has no such class; exact+type is 0 by definition)");
            out.println();
            out.println("precision (NewsKG named mentions)    n      exact          head           overlap        exact+type   | on a non-named gold mention");
            Map<EntityType, long[]> p = new EnumMap<>(EntityType.class);
            long[] all = new long[6];
            for (List<Found> fs : found.values()) {
                for (Found f : fs) {
                    long[] c = p.computeIfAbsent(f.type(), k -> new long[6]);
                    List<Gold> gs = gold.get(f.doc());
                    Gold ex = gs.stream().filter(g -> g.named() && exact(f, g)).findFirst().orElse(null);
                    boolean hd = gs.stream().anyMatch(g -> g.named() && (exact(f, g) || head(f, g)));
                    boolean ov = gs.stream().anyMatch(g -> g.named() && f.overlaps(g.begin(), g.end()));
                    boolean nonNamed = !ov && gs.stream().anyMatch(g -> !g.named() && f.overlaps(g.begin(), g.end()));
                    long[] v = {1, ex != null ? 1 : 0, hd ? 1 : 0, ov ? 1 : 0,
                            ex != null && typeAgrees(ex.type(), f.type()) ? 1 : 0, nonNamed ? 1 : 0};
                    for (int i = 0; i < 6; i++) {
                        c[i] += v[i];
                        all[i] += v[i];
                    }
                    if (!ov) {
                        Gold under = gs.stream().filter(g -> f.overlaps(g.begin(), g.end()))
                                .min(java.util.Comparator.comparingInt(g -> g.end() - g.begin())).orElse(null);
                        example("spurious " + f.type().localName() + (under == null ? ": on no gold mention" : ": on a non-named gold mention"),
                                f.doc() + ": " + show(f) + (under == null ? "" : " <- gold " + show(under)));
                    }
                }
            }
            p.forEach((t, c) -> prow(t.localName(), c));
            prow("all", all);
            out.println();
        }

        private void row(String label, long[] c) {
            out.printf(Locale.ROOT, "  %-33s %5d  %-14s %-14s %-14s %s%n", label, c[0], pct(c[1], c[0]), pct(c[2], c[0]), pct(c[3], c[0]),
                    pct(c[4], c[0]));
        }

        private void prow(String label, long[] c) {
            out.printf(Locale.ROOT, "  %-33s %5d  %-14s %-14s %-14s %-12s | %d%n", label, c[0], pct(c[1], c[0]), pct(c[2], c[0]),
                    pct(c[3], c[0]), pct(c[4], c[0]), c[5]);
        }

        private void confusion(List<Gold> named) {
            out.println("== types: gold type (rows) against NewsKG's type (columns), gold named mentions found exactly or by head");
            Map<String, Map<EntityType, Integer>> m = new LinkedHashMap<>();
            for (Gold g : named) {
                Found f = match(g);
                if (f == null) {
                    continue;
                }
                m.computeIfAbsent(g.type(), k -> new EnumMap<>(EntityType.class)).merge(f.type(), 1, Integer::sum);
                if (GOLD_TYPES.contains(g.type()) && !typeAgrees(g.type(), f.type())) {
                    example("typed " + g.type() + " -> " + f.type().localName(), g.doc() + ": " + show(g) + " <- NewsKG " + show(f));
                }
            }
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-14s", ""));
            for (EntityType t : EntityType.values()) {
                h.append(String.format(Locale.ROOT, "%13s", t.localName()));
            }
            out.println(h);
            m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-14s", e.getKey()));
                for (EntityType t : EntityType.values()) {
                    b.append(String.format(Locale.ROOT, "%13d", e.getValue().getOrDefault(t, 0)));
                }
                out.println(b);
            });
            out.println();
        }

        private void specialCases(List<Gold> named) {
            out.println("== known weak spots");
            // hyphenated names
            int hyph = 0;
            int hyphExact = 0;
            int cutBefore = 0;
            int cutAfter = 0;
            for (Gold g : named) {
                String text = textOf.get(g.doc());
                String name = g.name(text);
                if (!name.contains("-")) {
                    continue;
                }
                hyph++;
                List<Found> fs = found.get(g.doc());
                if (fs.stream().anyMatch(f -> exact(f, g))) {
                    hyphExact++;
                    continue;
                }
                boolean before = false;
                boolean after = false;
                for (Found f : fs) {
                    if (f.begin() >= g.nameBegin() && f.end() <= g.nameEnd()) {
                        before |= f.end() < g.nameEnd() && text.charAt(f.end()) == '-';
                        after |= f.begin() > g.nameBegin() && text.charAt(f.begin() - 1) == '-';
                    }
                }
                if (before) {
                    cutBefore++;
                    example("hyphenated name cut at the hyphen", g.doc() + ": " + show(g) + " <- NewsKG "
                            + fs.stream().filter(f -> f.overlaps(g.begin(), g.end())).map(this::show).toList());
                } else if (after) {
                    cutAfter++;
                    example("hyphenated name cut at the hyphen", g.doc() + ": " + show(g) + " <- NewsKG "
                            + fs.stream().filter(f -> f.overlaps(g.begin(), g.end())).map(this::show).toList());
                }
            }
            out.printf(Locale.ROOT, "  gold named mentions with '-' in the name: %d; found exactly %d; NewsKG's span ends at the hyphen: %d"
                    + " (only starts after it: %d more)%n", hyph, hyphExact, cutBefore, cutAfter);
            // organizations cut to a country or nationality inside them
            int orgs = 0;
            int orgCut = 0;
            int orgAsCountry = 0;
            int teams = 0;
            int teamsAsCountry = 0;
            for (Gold g : named) {
                if (!g.type().equals("organization")) {
                    continue;
                }
                orgs++;
                List<Found> fs = found.get(g.doc());
                Found m = match(g);
                boolean team = g.identity() != null && g.identity().matches("(?i).*\\bnational\\b.*\\bteam\\b.*");
                teams += team ? 1 : 0;
                if (m != null && m.type() == EntityType.COUNTRY) {
                    orgAsCountry++;
                    teamsAsCountry += team ? 1 : 0;
                    if (team) {
                        example("national team typed as country", g.doc() + ": " + show(g) + " <- NewsKG " + show(m));
                    }
                }
                if (fs.stream().noneMatch(f -> exact(f, g))) {
                    List<Found> countries = fs.stream().filter(f -> f.type() == EntityType.COUNTRY && f.begin() >= g.begin()
                            && f.end() <= g.end() && (f.end() - f.begin()) < (g.nameEnd() - g.nameBegin())).toList();
                    if (!countries.isEmpty()) {
                        orgCut++;
                        example("organization cut to a country inside it", g.doc() + ": " + show(g) + " <- NewsKG "
                                + countries.stream().map(this::show).toList());
                    }
                }
            }
            out.printf(Locale.ROOT, "  gold organization named mentions: %d; not found whole but a country/nationality inside found: %d%n",
                    orgs, orgCut);
            out.printf(Locale.ROOT, "  gold organizations found (exact/head) but typed Country: %d; of them national sports teams"
                    + " (identity '... national ... team'): %d of %d such team mentions%n", orgAsCountry, teamsAsCountry, teams);
            out.println();
        }

        private void fragmentation(List<Gold> named) {
            out.println("== fragmentation: NewsKG nodes per gold coreference cluster (named person/place/organization mentions found exactly or by head)");
            Map<String, Set<String>> nodesOf = new LinkedHashMap<>();    // doc|cluster -> slugs
            Map<String, Integer> foundIn = new HashMap<>();
            Map<String, Set<String>> clustersOf = new HashMap<>();     // doc|slug -> gold clusters
            Map<String, String> label = new HashMap<>();
            for (Gold g : named) {
                if (!GOLD_TYPES.contains(g.type())) {
                    continue;
                }
                Found f = match(g);
                if (f == null || f.slug() == null) {
                    continue;
                }
                String key = g.doc() + "|" + g.cluster();
                nodesOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.slug());
                foundIn.merge(key, 1, Integer::sum);
                clustersOf.computeIfAbsent(g.doc() + "|" + f.slug(), k -> new LinkedHashSet<>()).add(g.cluster());
                label.putIfAbsent(key, g.doc() + ": " + g.type() + (g.identity() == null ? " '" + g.text() + "'" : " [" + g.identity() + "]"));
                label.merge(key + "#names", "'" + f.text() + "'", (a, b) -> a.contains(b) ? a : a + ", " + b);
            }
            long multi = foundIn.values().stream().filter(n -> n >= 2).count();
            long split = nodesOf.values().stream().filter(s -> s.size() > 1).count();
            long nodes = nodesOf.values().stream().mapToLong(Set::size).sum();
            long nodesMulti = nodesOf.entrySet().stream().filter(e -> foundIn.get(e.getKey()) >= 2).mapToLong(e -> e.getValue().size()).sum();
            nodesOf.forEach((k, s) -> {
                if (s.size() > 1) {
                    example("gold cluster split into several nodes", label.get(k) + " -> " + s.size() + " nodes " + s + " from " + label.get(k + "#names"));
                }
            });
            long merged = clustersOf.values().stream().filter(s -> s.size() > 1).count();
            clustersOf.forEach((k, s) -> {
                if (s.size() > 1) {
                    example("one node for several gold clusters", k + " <- gold clusters " + s);
                }
            });
            out.printf(Locale.ROOT, "  gold clusters with a found named mention: %d; nodes per cluster %.3f; split (>1 node): %d%n",
                    nodesOf.size(), (double) nodes / Math.max(1, nodesOf.size()), split);
            out.printf(Locale.ROOT, "  of them with 2+ found named mentions: %d; nodes per cluster %.3f; split: %s%n",
                    multi, (double) nodesMulti / Math.max(1, multi), frac(split, multi));
            out.printf(Locale.ROOT, "  the other way: NewsKG nodes (per document) holding found mentions of 2+ gold clusters: %d of %d%n",
                    merged, clustersOf.size());
            out.println();
        }

        private void linking(List<Gold> named) {
            out.println("== linking (mentions): gold named mentions found exactly; NewsKG's identity against GUM's");
            String[] groups = {"person", "place", "organization", "other", "all"};
            Map<String, long[]> c = new LinkedHashMap<>();    // goldWithId, foundWithId, linked, correct, wrong, noTitle, linksOnNoId
            for (String g : groups) {
                c.put(g, new long[7]);
            }
            Map<EntityType, long[]> noTitle = new EnumMap<>(EntityType.class);    // links, without title
            long headOnly = 0;
            long headOnlyLinks = 0;
            for (Gold g : named) {
                Found f = exactMatch(g);
                if (f != null && g.identity() == null && !(f.begin() == g.trimBegin() && f.end() == g.trimEnd())
                        && !(f.begin() == g.begin() && f.end() == g.end())) {
                    f = null;    // "Poland and Sweden", "a modern Kenya that ...": GUM gives a group or a clause no identity
                }
                if (f == null && match(g) != null) {
                    headOnly++;    // NewsKG found part of the mention (or more): a span error, not judged as a link
                    Found h = match(g);
                    headOnlyLinks += h.slug() != null && ids.containsKey(h.slug()) ? 1 : 0;
                }
                long[][] rows = {c.get(g.typeGroup()), c.get("all")};
                Identity id = f == null || f.slug() == null ? null : ids.get(f.slug());
                if (id != null) {
                    long[] nt = noTitle.computeIfAbsent(f.type(), k -> new long[2]);
                    nt[0]++;
                    nt[1] += title(id) == null ? 1 : 0;
                }
                for (long[] r : rows) {
                    if (g.identity() != null) {
                        r[0]++;
                        if (f != null) {
                            r[1]++;
                        }
                    }
                }
                if (id == null) {
                    if (g.identity() != null && f != null) {
                        example("not linked, gold has an identity", g.doc() + ": " + show(g) + " <- NewsKG " + show(f));
                    }
                    continue;
                }
                String t = title(id);
                for (long[] r : rows) {
                    r[2]++;
                    if (g.identity() == null) {
                        r[6]++;
                    } else if (t == null) {
                        r[5]++;
                    } else if (normTitle(t).equals(normTitle(g.identity()))) {
                        r[3]++;
                    } else {
                        r[4]++;
                    }
                }
                if (g.identity() == null) {
                    example("linked, gold named mention has no identity", g.doc() + ": " + show(g) + " <- NewsKG " + show(f) + " " + id.qid()
                            + (t == null ? "" : " '" + t + "'"));
                } else if (t != null && !normTitle(t).equals(normTitle(g.identity()))) {
                    example("linked to the wrong article", g.doc() + ": " + show(g) + " <- NewsKG " + show(f) + " " + id.qid() + " '" + t + "'");
                } else if (t == null) {
                    example("linked, cannot be judged (KB entry has no title)", g.doc() + ": " + show(g) + " <- NewsKG " + show(f) + " " + id.qid());
                }
            }
            out.println("  gold type      gold w/ id  found   links  correct  wrong  wrong(no id)  unjudged | precision (judged)     recall (of gold w/ id)  recall (of found)");
            for (String g : groups) {
                long[] r = c.get(g);
                out.printf(Locale.ROOT, "  %-13s %10d %6d %7d %8d %6d %13d %9d | %-22s %-23s %s%n", g, r[0], r[1], r[2], r[3], r[4], r[6], r[5],
                        frac(r[3], r[3] + r[4] + r[6]), frac(r[3], r[0]), frac(r[3], r[1]));
            }
            out.println("  (precision = correct / (correct + wrong + links on gold named mentions without identity); unjudged = the KB entry has no enwiki title)");
            StringBuilder b = new StringBuilder("  links on found gold named mentions by NewsKG type, of them without a title (unjudgeable):");
            noTitle.forEach((t, v) -> b.append(String.format(Locale.ROOT, " %s %d/%d;", t.localName(), v[1], v[0])));
            out.println(b);
            out.printf(Locale.ROOT, "  gold named mentions found only by head (a span error; not judged as links): %d, of them linked: %d%n",
                    headOnly, headOnlyLinks);
            long other = 0;
            for (List<Found> fs : found.values()) {
                for (Found f : fs) {
                    if (f.slug() != null && ids.containsKey(f.slug())
                            && gold.get(f.doc()).stream().noneMatch(g -> g.named() && exact(f, g))) {
                        other++;
                    }
                }
            }
            out.printf(Locale.ROOT, "  linked NewsKG mentions that match no gold named mention (not judged): %d%n", other);
            // per entity: gold clusters with an identity
            Map<String, String> clusterId = new LinkedHashMap<>();
            Map<String, Set<String>> verdicts = new HashMap<>();
            for (Gold g : named) {
                if (g.identity() == null) {
                    continue;
                }
                String key = g.doc() + "|" + g.cluster();
                clusterId.putIfAbsent(key, g.identity());
                Found f = exactMatch(g);
                Identity id = f == null || f.slug() == null ? null : ids.get(f.slug());
                String v = id == null ? "none" : title(id) == null ? "unjudged"
                        : normTitle(title(id)).equals(normTitle(g.identity())) ? "correct" : "wrong";
                verdicts.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(v);
            }
            long correct = verdicts.values().stream().filter(s -> s.contains("correct") && !s.contains("wrong")).count();
            long wrong = verdicts.values().stream().filter(s -> s.contains("wrong")).count();
            long unj = verdicts.values().stream().filter(s -> s.contains("unjudged") && !s.contains("correct") && !s.contains("wrong")).count();
            out.printf(Locale.ROOT, "  per gold entity (document's cluster with an identity): %d; linked right (some mention, none wrong) %s;"
                    + " some mention linked wrong %d; only unjudgeable links %d%n", clusterId.size(), frac(correct, clusterId.size()), wrong, unj);
        }
    }
}
