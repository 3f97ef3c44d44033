package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.NewsKgException;
import org.newskg.model.Assertion;
import org.newskg.model.EntityType;
import org.newskg.model.Factuality;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;

/**
 * Dependency patterns (Semgrex, over enhanced++ dependencies) that read relations between entities.
 * One resource file per relation, {@code rules/relations/<relation>.semgrex}: each pattern names a
 * {@code subject} and an {@code object} node, and the comment right above it holds its examples,
 * sentences it must match and must not match ({@link Example}, checked by RuleExamplesIT). Word
 * lists that several patterns share are macros of {@value #MACROS}, used as {@code ${NAME}}. The
 * format is described in {@code rules/README.md}. A relation listed in {@link #RULELESS} has no file
 * on purpose (another extractor reads it); any other missing file is an error, never skipped silently.
 */
public final class RelationRules implements Extractor {
    /** Relations read by other extractors (titles, agreements), not by dependency rules. */
    public static final Set<Relation> RULELESS = EnumSet.of(Relation.HOLDS_TITLE, Relation.LEADER_OF, Relation.DATE);
    /** A pattern line starting with this has no =subject: its subject is the article's agreement. */
    static final String AGREEMENT_DIRECTIVE = "agreement:";
    /** A pattern line starting with this has no =object: its object is the article's agreement. */
    static final String AGREEMENT_OBJECT_DIRECTIVE = "agreement-object:";

    /**
     * The types a rule's ends may have: the relation's domain and range from {@link Relation}, which
     * ontology/newskg.ttl declares; partnerOf may also start at an agreement ("the agreement's
     * parties partner with X"), which resolve expands into its parties.
     */
    private static List<Set<EntityType>> ends(Relation r) {
        Set<EntityType> subject = EnumSet.copyOf(r.domain().types());
        if (r == Relation.PARTNER_OF) {
            subject.add(EntityType.AGREEMENT);
        }
        return List.of(subject, r.range().types());
    }

    /** The file of macros the rule files share: {@code macro NAME = value} lines. */
    static final String MACROS = "rules/macros.semgrex";
    private static final Pattern MACRO_DEFINITION = Pattern.compile("macro\\s+([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(\\S.*)");
    private static final Pattern MACRO_USE = Pattern.compile("\\$\\{([^}]*)}");
    /** A comment line that is an example ("# match: ..." or "# no-match: ...") or looks like one. */
    private static final Pattern EXAMPLE_LIKE = Pattern.compile("#\\s*(no[- ]?)?match\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXAMPLE = Pattern.compile("#\\s*(match|no-match):\\s*\"(.+)\"\\s*(.*)");
    private static final Pattern EXAMPLE_WORD = Pattern.compile("(subject|object)=(\\S+)");

    /** Which end of a rule's relation is the article's agreement rather than a matched node. */
    enum Implicit { NONE, SUBJECT, OBJECT }

    /**
     * A sentence written above a pattern: one it must match, with these words (as written in the
     * sentence) as its {@code subject} and {@code object} nodes (null for the end that is the article's
     * agreement), or one it must not match at all.
     */
    record Example(String source, String sentence, boolean match, String subject, String object) {}

    /** A compiled pattern, where it was written, and the examples above it. */
    record Rule(Relation relation, SemgrexPattern pattern, String source, Implicit agreement, List<Example> examples) {
        Rule {
            examples = List.copyOf(examples);
        }
    }

    private final List<Rule> rules;
    private final ArgumentEntities entities;
    private final FactualityReader factuality = FactualityReader.load();

    private RelationRules(List<Rule> rules, Gazetteer gazetteer) {
        this.rules = List.copyOf(rules);
        this.entities = new ArgumentEntities(gazetteer);
    }

    /** The rule files from the class path, with the gazetteer from the class path. */
    public static RelationRules load() {
        return load(Gazetteer.load());
    }

    /** The rule files from the class path; the gazetteer tells which nouns refer back to a country. */
    public static RelationRules load(Gazetteer gazetteer) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> macros = macros();
        for (Relation r : Relation.values()) {
            if (!RULELESS.contains(r)) {
                rules.addAll(read(r, macros));
            }
        }
        return new RelationRules(rules, gazetteer);
    }

    List<Rule> rules() {
        return rules;
    }

    static String path(Relation r) {
        return "rules/relations/" + r.localName() + ".semgrex";
    }

    /**
     * The macros of {@value #MACROS}, by name. A value may use the macros defined above it; a name
     * defined twice, a malformed line or an undefined macro is an error that names the line.
     */
    static Map<String, String> macros() {
        Map<String, String> macros = new LinkedHashMap<>();
        List<String> lines = lines(MACROS);
        for (int n = 1; n <= lines.size(); n++) {
            String l = lines.get(n - 1).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            Matcher m = MACRO_DEFINITION.matcher(l);
            if (!m.matches()) {
                throw new NewsKgException(MACROS + ":" + n + ": not a macro definition (macro NAME = value): " + l);
            }
            if (macros.containsKey(m.group(1))) {
                throw new NewsKgException(MACROS + ":" + n + ": macro " + m.group(1) + " is defined twice");
            }
            macros.put(m.group(1), expand(m.group(2).strip(), macros, MACROS + ":" + n));
        }
        return macros;
    }

    /** The value of one macro of {@value #MACROS}, for code that shares a rule's word list. */
    static String macro(String name) {
        String v = macros().get(name);
        if (v == null) {
            throw new NewsKgException("macro " + name + " is not defined in " + MACROS);
        }
        return v;
    }

    /** {@code text} with every {@code ${NAME}} replaced by its macro's value. */
    static String expand(String text, Map<String, String> macros, String where) {
        Matcher m = MACRO_USE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new NewsKgException(where + ": undefined macro ${" + m.group(1) + "} (macros are defined in "
                        + MACROS + ", before their first use there)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> lines(String path) {
        InputStream in = RelationRules.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new NewsKgException("rule file " + path + " is missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new NewsKgException("cannot read rule file " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<Rule> read(Relation relation, Map<String, String> macros) {
        String path = path(relation);
        InputStream in = RelationRules.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new NewsKgException("rule file " + path + " is missing; relation " + relation.localName()
                    + " has no rules (list it in RelationRules.RULELESS if that is meant)");
        }
        List<Rule> out = new ArrayList<>();
        List<String[]> examples = new ArrayList<>();    // {where, line} of the examples above the next pattern
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    if (l.isEmpty() && !examples.isEmpty()) {
                        throw new NewsKgException(examples.get(0)[0] + ": an example must be in the comment right above its pattern");
                    }
                    if (EXAMPLE_LIKE.matcher(l).matches()) {
                        examples.add(new String[] {path + ":" + n, l});
                    }
                    continue;
                }
                Implicit implicit = Implicit.NONE;
                if (l.startsWith(AGREEMENT_OBJECT_DIRECTIVE)) {
                    implicit = Implicit.OBJECT;
                    l = l.substring(AGREEMENT_OBJECT_DIRECTIVE.length()).strip();
                } else if (l.startsWith(AGREEMENT_DIRECTIVE)) {
                    implicit = Implicit.SUBJECT;
                    l = l.substring(AGREEMENT_DIRECTIVE.length()).strip();
                }
                try {
                    if (l.startsWith("macro ")) {
                        throw new IllegalArgumentException("macros are defined in " + MACROS + ", not in a rule file");
                    }
                    l = expand(l, macros, path + ":" + n);
                    SemgrexPattern p = SemgrexPattern.compile(l);
                    if ((implicit != Implicit.SUBJECT && !l.contains("=subject"))
                            || (implicit != Implicit.OBJECT && !l.contains("=object"))) {
                        throw new IllegalArgumentException("a pattern must name a node =subject and a node =object (or start with '"
                                + AGREEMENT_DIRECTIVE + "' or '" + AGREEMENT_OBJECT_DIRECTIVE + "' for the article's agreement)");
                    }
                    List<Example> parsed = new ArrayList<>();
                    for (String[] e : examples) {
                        parsed.add(example(e[0], e[1], implicit));
                    }
                    out.add(new Rule(relation, p, path + ":" + n, implicit, parsed));
                    examples.clear();
                } catch (NewsKgException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new NewsKgException(path + ":" + n + ": bad pattern: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        if (!examples.isEmpty()) {
            throw new NewsKgException(examples.get(0)[0] + ": an example with no pattern below it");
        }
        return out;
    }

    /**
     * An example line: {@code # match: "Sentence." subject=WORD object=WORD} (the end that is the
     * article's agreement left out) or {@code # no-match: "Sentence."}.
     */
    static Example example(String where, String line, Implicit implicit) {
        Matcher m = EXAMPLE.matcher(line);
        if (!m.matches()) {
            throw new NewsKgException(where + ": malformed example; write # match: \"Sentence.\" subject=WORD object=WORD"
                    + " or # no-match: \"Sentence.\"");
        }
        boolean match = m.group(1).equals("match");
        Map<String, String> words = new LinkedHashMap<>();
        for (String part : m.group(3).isBlank() ? new String[0] : m.group(3).strip().split("\\s+")) {
            Matcher w = EXAMPLE_WORD.matcher(part);
            if (!w.matches() || words.put(w.group(1), w.group(2)) != null) {
                throw new NewsKgException(where + ": malformed example: '" + part + "' (expected subject=WORD or object=WORD, each once)");
            }
        }
        if (!match && !words.isEmpty()) {
            throw new NewsKgException(where + ": a no-match example names no words (the pattern must not match it at all)");
        }
        if (match) {
            for (String end : List.of("subject", "object")) {
                boolean implicitEnd = end.equals("subject") ? implicit == Implicit.SUBJECT : implicit == Implicit.OBJECT;
                if (implicitEnd == words.containsKey(end)) {
                    throw new NewsKgException(where + ": a match example " + (implicitEnd ? "must not name " : "must name ")
                            + end + "=WORD" + (implicitEnd ? " (that end is the article's agreement)" : ""));
                }
            }
        }
        return new Example(where, m.group(2), match, words.get("subject"), words.get("object"));
    }

    @Override
    public String name() {
        return "relation-rules";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.DEPENDENCIES, Need.ENTITIES, Need.AGREEMENTS, Need.TITLE_REFERENCES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.RELATIONS);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        // a fact the predicate frames already read from the same sentence is not stated twice
        java.util.Set<String> known = new java.util.HashSet<>();
        sofar.assertions().forEach(a -> known.add(PredicateFrames.dedupKey(a)));
        return sofar.plus(extract(text, sofar.layer()).stream().filter(a -> known.add(PredicateFrames.dedupKey(a))).toList());
    }

    /**
     * What an agreement establishes is its content, which articles state in the future tense ("the
     * agreement will create a joint group"): that is no plan. Its negation or supposition still counts.
     */
    static Factuality contentOfAgreement(Relation r, Factuality f) {
        return r == Relation.ESTABLISHES && f.status() == Factuality.Status.PLANNED
                ? new Factuality(Factuality.Status.ASSERTED, "", null, f.source()) : f;
    }

    /** Runs every rule over every sentence; a match counts when both ends are entities of fitting types. */
    List<Assertion> extract(ParsedText text, EntityLayer layer) {
        List<Assertion> out = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            if (s.deps() == null) {
                continue;
            }
            for (Rule rule : rules) {
                SemgrexMatcher m = rule.pattern().matcher(s.deps());
                while (m.find()) {
                    IndexedWord ow = rule.agreement() == Implicit.OBJECT ? m.getNode("subject") : m.getNode("object");
                    IndexedWord sw = rule.agreement() == Implicit.SUBJECT ? ow : m.getNode("subject");
                    List<Set<EntityType>> ends = ends(rule.relation());
                    Optional<LocalEntity> subject = rule.agreement() == Implicit.SUBJECT ? layer.agreement()
                            : entities.at(s, layer, sw, ends.get(0));
                    Optional<LocalEntity> object = rule.agreement() == Implicit.OBJECT ? layer.agreement()
                            : entities.at(s, layer, ow, ends.get(1));
                    if (subject.isEmpty() || object.isEmpty() || subject.get().id() == object.get().id()
                            || !ends.get(0).contains(subject.get().type()) || !ends.get(1).contains(object.get().type())) {
                        continue;
                    }
                    int from = Math.min(sw.index(), ow.index());
                    int to = Math.max(sw.index(), ow.index());
                    Evidence ev = new Evidence(text.document().id(), s.index(), s.text(), s.token(from).begin(),
                            s.token(to).end(), "semgrex:" + rule.source(), 0.7,
                            contentOfAgreement(rule.relation(), factuality.read(s, m.getMatch(), layer, text.document().published())));
                    // A country or organization that signs is a party; "signed" is kept for signatories.
                    Relation rel = rule.relation() == Relation.SIGNED && subject.get().type() != EntityType.PERSON
                            ? Relation.PARTY_TO : rule.relation();
                    out.add(Assertion.between(subject.get().id(), rel, object.get().id(), ev));
                }
            }
        }
        return out;
    }
}
