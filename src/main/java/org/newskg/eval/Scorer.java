package org.newskg.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.eval.GoldFile.Entity;
import org.newskg.eval.GoldFile.Fact;
import org.newskg.model.Factuality;
import org.newskg.rdf.NKG;
import org.newskg.eval.Score.Ratio;
import org.newskg.model.EntityType;
import org.newskg.model.Names;
import org.newskg.model.Relation;
import org.newskg.rdf.CorpusGraphs;

/**
 * Scores a graph against a gold file, by label, type and relation name, never by IRI.
 *
 * <pre>
 * Score s = store.read(ds -&gt; Scorer.score(ds.getUnionModel(), GoldFile.read(goldPath)));
 * </pre>
 *
 * <h2>Terms</h2>
 * <ul>
 *   <li><b>Labels</b> of a node: the lexical forms of its {@code rdfs:label}, {@code skos:prefLabel},
 *       {@code skos:altLabel}, {@code skos:hiddenLabel}, {@code schema:name} and
 *       {@code schema:alternateName} (schema.org under https and http).</li>
 *   <li>A node <b>matches</b> a gold entity when one of its labels, folded with {@link Names#fold},
 *       equals one of the entity's names folded the same way, or when the entity's {@code pattern} is
 *       found in the folded label. A node may match several entities. Any node with labels can match;
 *       the entity figures consider only typed entity nodes, the fact figures any node.
 *       {@code Names.fold} (shared with the resolver) folds exactly what GOLD-FORMAT.md lists: case,
 *       accents, punctuation (dots dropped, so U.S. = US) and a leading "the"; it also drops a
 *       possessive 's, on both sides alike. ScorerTest pins these foldings, so a change to
 *       {@code Names.fold} that would move the yardstick fails a test here.</li>
 *   <li>A <b>typed entity node</b> has an {@code rdf:type} among the six core classes of the ontology.</li>
 *   <li>An <b>acceptable type</b> for a gold entity: its exact class; besides, Country, City and Place are
 *       acceptable for one another (where a thing lies is often typed one level off, and the fact
 *       figures do not tell them apart either). Person, Organization and Agreement accept only themselves.</li>
 *   <li>A node's <b>predicate</b> is judged by its local name (after the last {@code #} or {@code /}),
 *       whatever its namespace, as GOLD-FORMAT.md says.</li>
 * </ul>
 *
 * <h2>Figures</h2>
 * <ul>
 *   <li><b>entity recall</b> = required gold entities matched by at least one typed entity node of an
 *       acceptable type / required gold entities. Such an entity is <i>found</i>.</li>
 *   <li><b>entity precision</b> = typed entity nodes that match at least one gold entity (required or
 *       not, whatever their type) / typed entity nodes.</li>
 *   <li><b>type accuracy</b> = found required entities with at least one matching node of the exact
 *       class / found required entities.</li>
 *   <li><b>fragmentation</b> = sum over found required entities of the number of matching typed entity
 *       nodes of an acceptable type / found required entities (1.0: one node per real thing).</li>
 *   <li><b>over-merged nodes</b> = typed entity nodes that match two or more gold entities.</li>
 *   <li><b>fact recall</b> = required facts that hold / required facts. A fact holds when a triple links
 *       a node matching {@code s} to a node matching {@code o} or one of the {@code alternatives} by a
 *       predicate whose local name is in {@code p} (also from {@code o}/alternative to {@code s} when
 *       {@code symmetric}); a literal fact holds when such a triple from a node matching {@code s} has a
 *       literal object containing {@code literal}, ignoring case.</li>
 *   <li><b>relation recall</b> = the same, over the required facts with an {@code o} (no literal ones).</li>
 *   <li><b>fact precision</b> = judged triples that match a gold fact (required or not, in the way a
 *       fact holds) / judged triples. Judged, over distinct triples of the union graph: (a) a triple of
 *       a core object relation (the non-literal {@link Relation}s) whose subject and object both match
 *       gold entities; (b) a {@code holdsTitle} or {@code date} triple with a literal object whose
 *       subject matches a gold entity that is the {@code s} of a gold fact with that same relation and
 *       a literal. Other triples (an end that matches no gold entity, a title of an entity the gold
 *       says nothing about) are not judged.</li>
 * </ul>
 */
public final class Scorer {
    /** The label properties, in the order a node's shown label is taken from. */
    private static final List<Property> LABELS = List.of(
            SKOS.prefLabel, RDFS.label, SKOS.altLabel, SKOS.hiddenLabel,
            schema("https://schema.org/", "name"), schema("https://schema.org/", "alternateName"),
            schema("http://schema.org/", "name"), schema("http://schema.org/", "alternateName"));

    private Scorer() {}

    private static Property schema(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }

    /** Country, City and Place accept one another; the other classes only themselves. */
    static boolean acceptable(EntityType gold, EntityType node) {
        return gold == node || (gold.isPlace() && node.isPlace());
    }

    /** Scores {@code graph} (the union graph of a store, read inside its read transaction). */
    public static Score score(Model graph, GoldFile gold) {
        return new Run(graph, gold).score();
    }

    /** One scoring: the graph's labels and types read once, and the matches between nodes and entities. */
    private static final class Run {
        private final GoldFile gold;
        private final Map<Resource, Set<String>> labels = new LinkedHashMap<>();
        private final Map<Resource, Set<EntityType>> types = new LinkedHashMap<>();
        /** Every labelled node that matches a gold entity, with the ids of the entities, in gold order. */
        private final Map<Resource, Set<String>> matches = new LinkedHashMap<>();
        private final Map<String, Entity> byId = new LinkedHashMap<>();
        /** The label each node is shown by: the smallest of its labels under the first property in LABELS it has. */
        private final Map<Resource, String> shown = new HashMap<>();
        /** The triples facts are judged on. */
        private final Set<Statement> facts;
        private final Model graph;

        Run(Model graph, GoldFile gold) {
            this.gold = gold;
            this.graph = graph;
            gold.entities().forEach(e -> byId.put(e.id(), e));
            for (Property p : LABELS) {
                Map<Resource, String> smallest = new HashMap<>();
                graph.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                    if (st.getObject().isLiteral()) {
                        String label = st.getLiteral().getLexicalForm();
                        labels.computeIfAbsent(st.getSubject(), k -> new LinkedHashSet<>()).add(label);
                        smallest.merge(st.getSubject(), label, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                });
                smallest.forEach(shown::putIfAbsent);
            }
            for (EntityType t : EntityType.values()) {
                graph.listResourcesWithProperty(RDF.type, CorpusGraphs.typeOf(t))
                        .forEachRemaining(r -> types.computeIfAbsent(r, k -> EnumSet.noneOf(EntityType.class)).add(t));
            }
            Map<String, List<String>> byName = new HashMap<>();
            for (Entity e : gold.entities()) {
                e.names().stream().map(Names::fold).distinct().forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(e.id()));
            }
            List<Entity> withPattern = gold.entities().stream().filter(e -> e.pattern().isPresent()).toList();
            labels.forEach((node, ls) -> {
                Set<String> ids = new LinkedHashSet<>();
                for (String label : ls) {
                    String folded = Names.fold(label);
                    if (folded.isEmpty()) {
                        continue;
                    }
                    ids.addAll(byName.getOrDefault(folded, List.of()));
                    withPattern.stream().filter(e -> e.pattern().orElseThrow().matcher(folded).find()).forEach(e -> ids.add(e.id()));
                }
                if (!ids.isEmpty()) {
                    // Gold order, so details read in the order of the file.
                    Set<String> ordered = new LinkedHashSet<>();
                    byId.keySet().stream().filter(ids::contains).forEach(ordered::add);
                    matches.put(node, ordered);
                }
            });
            this.facts = factTriples(graph);
        }

        Score score() {
            // Entities.
            int required = 0;
            int found = 0;
            int exact = 0;
            int fragments = 0;
            List<String> missed = new ArrayList<>();
            for (Entity e : gold.entities()) {
                if (!e.required()) {
                    continue;
                }
                required++;
                List<Resource> acceptableNodes = types.keySet().stream()
                        .filter(n -> matchesOf(n).contains(e.id()))
                        .filter(n -> types.get(n).stream().anyMatch(t -> acceptable(e.type(), t)))
                        .toList();
                if (acceptableNodes.isEmpty()) {
                    missed.add(e.describe());
                    continue;
                }
                found++;
                fragments += acceptableNodes.size();
                if (acceptableNodes.stream().anyMatch(n -> types.get(n).contains(e.type()))) {
                    exact++;
                }
            }
            int matchedNodes = 0;
            int overMergedNodes = 0;
            List<String> spurious = new ArrayList<>();
            List<String> overMerged = new ArrayList<>();
            List<String> mistyped = new ArrayList<>();
            for (Resource n : types.keySet()) {
                Set<String> ids = matchesOf(n);
                if (ids.isEmpty()) {
                    spurious.add(show(n));
                    continue;
                }
                matchedNodes++;
                if (ids.size() > 1) {
                    overMergedNodes++;
                    overMerged.add(show(n) + " matches " + String.join(", ", ids));
                }
                for (String id : ids) {
                    EntityType want = byId.get(id).type();
                    if (!types.get(n).contains(want)) {
                        mistyped.add(show(n) + " matches " + id + " (" + want.localName() + ")");
                    }
                }
            }

            // Facts: recall.
            int requiredFacts = 0;
            int heldFacts = 0;
            int requiredRelations = 0;
            int heldRelations = 0;
            List<String> missedFacts = new ArrayList<>();
            for (Fact f : gold.facts()) {
                if (!f.required() || !f.asserted()) {
                    continue;
                }
                boolean holds = facts.stream().anyMatch(st -> supports(f, st));
                requiredFacts++;
                heldFacts += holds ? 1 : 0;
                if (!f.isLiteral()) {
                    requiredRelations++;
                    heldRelations += holds ? 1 : 0;
                }
                if (!holds) {
                    missedFacts.add(f.describe());
                }
            }

            // Facts: precision.
            int judged = 0;
            int right = 0;
            List<String> wrong = new ArrayList<>();
            for (Statement st : facts) {
                if (!judged(st)) {
                    continue;
                }
                judged++;
                if (gold.facts().stream().anyMatch(f -> f.asserted() && supports(f, st))) {
                    right++;
                } else {
                    wrong.add(show(st.getSubject()) + " " + localName(st.getPredicate()) + " "
                            + (st.getObject().isLiteral() ? "\"" + st.getLiteral().getLexicalForm() + "\"" : show(st.getResource())));
                }
            }

            // Statements the articles deny, plan, suppose or allege: never a plain triple, kept on evidence.
            int qualified = 0;
            int asFacts = 0;
            int kept = 0;
            List<Qualified> qualifiedEvidence = qualifiedStatements(graph);
            for (Fact f : gold.facts()) {
                if (f.asserted()) {
                    continue;
                }
                qualified++;
                if (facts.stream().anyMatch(st -> supports(f, st))) {
                    asFacts++;
                    wrong.add(f.describe() + " stated as a fact");
                }
                Resource status = NKG.statusOf(Factuality.Status.valueOf(f.status().toUpperCase(Locale.ROOT)));
                if (qualifiedEvidence.stream().anyMatch(q -> supports(f, q.statement()) && graph.contains(q.evidence(), NKG.status, status))) {
                    kept++;
                }
            }

            spurious.sort(null);
            overMerged.sort(null);
            mistyped.sort(null);
            wrong.sort(null);
            return new Score(new Ratio(found, required), new Ratio(matchedNodes, types.size()), new Ratio(exact, found),
                    new Ratio(fragments, found), overMergedNodes, new Ratio(heldFacts, requiredFacts),
                    new Ratio(heldRelations, requiredRelations), new Ratio(right, judged), new Ratio(asFacts, qualified),
                    new Ratio(kept, qualified),
                    missed, mistyped, spurious, overMerged, missedFacts, wrong);
        }

        /** Distinct triples from a node that matches a gold entity by a predicate named like a core relation. */
        private Set<Statement> factTriples(Model graph) {
            Set<String> relationNames = java.util.Arrays.stream(Relation.values()).map(Relation::localName).collect(Collectors.toSet());
            Set<Statement> out = new LinkedHashSet<>();
            for (Resource node : matches.keySet()) {
                graph.listStatements(node, null, (RDFNode) null).forEachRemaining(st -> {
                    if (relationNames.contains(localName(st.getPredicate())) && !onlyFromKnowledgeBase(graph, st)) {
                        out.add(st);
                    }
                });
            }
            return out;
        }

        /** A statement an evidence node reifies, with the node (which carries its status). */
        private record Qualified(Resource evidence, Statement statement) {}

        /** Every statement the graph's evidence nodes reify, whatever their status. */
        private List<Qualified> qualifiedStatements(Model graph) {
            List<Qualified> out = new ArrayList<>();
            graph.listSubjectsWithProperty(NKG.status).forEachRemaining(ev -> {
                Resource s = ev.getPropertyResourceValue(org.apache.jena.vocabulary.RDF.subject);
                Resource p = ev.getPropertyResourceValue(org.apache.jena.vocabulary.RDF.predicate);
                Statement o = ev.getProperty(org.apache.jena.vocabulary.RDF.object);
                if (s != null && p != null && o != null) {
                    out.add(new Qualified(ev, graph.createStatement(s, graph.createProperty(p.getURI()), o.getObject())));
                }
            });
            return out;
        }

        /**
         * Whether a triple is the knowledge base's alone (a city's country), which no article states:
         * gold files say what articles say, so such facts are left out of the judging.
         */
        private static boolean onlyFromKnowledgeBase(Model graph, Statement st) {
            return reified(graph, st, NKG.Derivation) && !reified(graph, st, NKG.Evidence);
        }

        private static boolean reified(Model graph, Statement st, Resource type) {
            return graph.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.subject, st.getSubject()).toList().stream()
                    .anyMatch(n -> graph.contains(n, org.apache.jena.vocabulary.RDF.type, type)
                            && graph.contains(n, org.apache.jena.vocabulary.RDF.predicate, st.getPredicate())
                            && graph.contains(n, org.apache.jena.vocabulary.RDF.object, st.getObject()));
        }

        /** Whether the triple is one fact precision judges (see the class comment). */
        private boolean judged(Statement st) {
            Relation r = Relation.byLocalName(localName(st.getPredicate()));
            Set<String> subject = matchesOf(st.getSubject());
            if (!r.literal()) {
                return st.getObject().isResource() && !matchesOf(st.getResource()).isEmpty();
            }
            return st.getObject().isLiteral() && gold.facts().stream()
                    .anyMatch(f -> f.isLiteral() && f.p().contains(r.localName()) && subject.contains(f.s()));
        }

        /** Whether the triple makes the gold fact hold. */
        private boolean supports(Fact f, Statement st) {
            if (!f.p().contains(localName(st.getPredicate()))) {
                return false;
            }
            Set<String> subject = matchesOf(st.getSubject());
            if (f.isLiteral()) {
                return subject.contains(f.s()) && st.getObject().isLiteral()
                        && lower(st.getLiteral().getLexicalForm()).contains(lower(f.literal().orElseThrow()));
            }
            if (!st.getObject().isResource()) {
                return false;
            }
            Set<String> object = matchesOf(st.getResource());
            Predicate<Set<String>> isObject = ids -> f.objects().stream().anyMatch(ids::contains);
            return (subject.contains(f.s()) && isObject.test(object)) || (f.symmetric() && object.contains(f.s()) && isObject.test(subject));
        }

        private Set<String> matchesOf(Resource node) {
            return matches.getOrDefault(node, Set.of());
        }

        /** A node as {@code label [Type]}; a node without labels by its IRI. */
        private String show(Resource node) {
            String name = shown.getOrDefault(node, node.isURIResource() ? "<" + node.getURI() + ">" : node.toString());
            Set<EntityType> ts = types.getOrDefault(node, Set.of());
            return name + " [" + (ts.isEmpty() ? "untyped" : ts.stream().map(EntityType::localName).collect(Collectors.joining("/"))) + "]";
        }
    }

    static String localName(Property p) {
        String uri = p.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return uri.substring(cut + 1);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
