package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.kb.GivenNames;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.Assertion;
import org.newskg.model.Corpus;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Entity;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Names;

/**
 * Merges the articles' entities into one node per real thing, and their assertions into facts that
 * carry the evidence of every article stating them. Pure: the same input gives the same corpus,
 * in the same order, with the same slugs.
 */
public final class Resolver {
    /** Names at least this long may differ by one letter (OCR and typing noise) and still merge. */
    private static final int FUZZY_MIN_LENGTH = 10;
    /** A one-word person name this long may be a full name's surname with one letter wrong. */
    private static final int TYPO_MIN_LENGTH = 8;
    /** How much more a gazetteer-identified entity's type counts than an NER tag, mention for mention. */
    private static final int KEYED_VOTE = 1000;

    private Resolver() {}

    /** A local entity with the article it comes from. */
    private record Ref(int doc, LocalEntity entity) {}

    public static Corpus resolve(List<DocumentFacts> docs) {
        List<Ref> refs = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            for (LocalEntity e : docs.get(d).entities()) {
                refs.add(new Ref(d, e));
            }
        }
        Map<Ref, EntityType> types = voteTypes(refs);
        UnionFind uf = new UnionFind(refs.size());
        KnowledgeBase kb = KnowledgeBase.get();
        Map<Integer, KnowledgeBase.Holding> holders = new HashMap<>();
        link(docs, refs, types, uf, kb, holders);
        linkAgreements(docs, refs, uf);

        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < refs.size(); i++) {
            clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Entity> entities = new ArrayList<>();
        Map<Ref, String> slugOf = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        List<List<Integer>> ordered = new ArrayList<>(clusters.values());
        ordered.sort(Comparator.comparing((List<Integer> c) -> prefLabel(c, refs)));
        for (List<Integer> cluster : ordered) {
            EntityType type = clusterType(cluster, refs, types);
            String pref = prefLabel(cluster, refs);
            String slug = Names.slug(pref);
            if (!slugs.add(slug)) {
                slug = slug + "-" + type.localName().toLowerCase(java.util.Locale.ROOT);
                for (int n = 2; !slugs.add(slug); n++) {
                    slug = Names.slug(pref) + "-" + n;
                }
            }
            Set<String> alt = new LinkedHashSet<>();
            Map<String, List<Mention>> mentions = new TreeMap<>();
            for (int i : cluster) {
                Ref r = refs.get(i);
                r.entity().names().stream().sorted().forEach(alt::add);
                mentions.computeIfAbsent(docs.get(r.doc()).document().id(), k -> new ArrayList<>())
                        .addAll(r.entity().mentions());
                slugOf.put(r, slug);
            }
            alt.remove(pref);
            entities.add(new Entity(slug, type, pref, alt, mentions));
        }
        List<Fact> facts = Inference.apply(facts(docs, slugOf), entities);
        Map<String, Set<EntityKey>> keys = new HashMap<>();
        slugOf.forEach((r, slug) -> {
            if (r.entity().key() != null) {
                keys.computeIfAbsent(slug, k -> new HashSet<>()).add(r.entity().key());
            }
        });
        Map<String, java.time.LocalDate> dates = new HashMap<>();
        docs.forEach(d -> d.document().published().ifPresent(p -> dates.put(d.document().id(), p)));
        Map<String, KnowledgeBase.Holding> holderOf = new HashMap<>();    // slug -> the one holder its surname mentions stand for
        Set<String> mixed = new HashSet<>();
        holders.forEach((i, h) -> {
            String slug = slugOf.get(refs.get(i));
            KnowledgeBase.Holding before = holderOf.putIfAbsent(slug, h);
            if (before != null && !before.qid().equals(h.qid())) {
                mixed.add(slug);
            }
        });
        mixed.forEach(holderOf::remove);
        Linker.Links links = Linker.link(entities, keys, facts, dates, holderOf, kb);
        return new Corpus(docs.stream().map(DocumentFacts::document).toList(), entities, facts, links.identities(), links.derived());
    }

    /**
     * The type of each entity: the majority over every entity in the corpus with the same name, each
     * weighted by its mentions. An entity the gazetteer identified (it has a key) keeps its type and
     * votes for it: NER that once tags a capital as a person does not make the capital a person.
     */
    private static Map<Ref, EntityType> voteTypes(List<Ref> refs) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Ref r : refs) {
            votes.computeIfAbsent(Names.fold(r.entity().name()), k -> new TreeMap<>())
                    .merge(r.entity().type(), r.entity().mentions().size() * (r.entity().key() != null ? KEYED_VOTE : 1), Integer::sum);
        }
        Map<Ref, EntityType> types = new HashMap<>();
        for (Ref r : refs) {
            EntityType t = r.entity().type();
            if (r.entity().key() == null) {
                t = votes.get(Names.fold(r.entity().name())).entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey() == r.entity().type())).orElseThrow().getKey();
            }
            types.put(r, t);
        }
        return types;
    }

    /** The type of a merged entity: its gazetteer members' type if it has any, else its members' majority. */
    private static EntityType clusterType(List<Integer> cluster, List<Ref> refs, Map<Ref, EntityType> types) {
        Map<EntityType, Integer> votes = new TreeMap<>();
        for (int i : cluster) {
            LocalEntity e = refs.get(i).entity();
            votes.merge(types.get(refs.get(i)), Math.max(1, e.mentions().size()) * (e.key() != null ? KEYED_VOTE : 1), Integer::sum);
        }
        EntityType first = types.get(refs.get(cluster.get(0)));
        return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> e.getKey() == first)).orElseThrow().getKey();
    }

    /**
     * @param holders filled with the office holder each one-word person name stands for in its
     *                article, where the knowledge base leaves one ({@link SurnameHolders})
     */
    private static void link(List<DocumentFacts> docs, List<Ref> refs, Map<Ref, EntityType> types, UnionFind uf,
                             KnowledgeBase kb, Map<Integer, KnowledgeBase.Holding> holders) {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Set<Integer>> personsByWord = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            LocalEntity e = refs.get(i).entity();
            EntityType t = types.get(refs.get(i));
            if (e.key() != null) {
                union(byKey, e.key().toString(), i, uf);
                if (e.key().kind() != EntityKey.Kind.ARTICLE_AGREEMENT) {    // unnamed agreements: linkAgreements
                    for (String n : e.names()) {
                        union(byName, t + ":" + Names.fold(n), i, uf);    // an unkeyed "Kyiv" of its type is this city
                    }
                }
                continue;
            }
            for (String n : e.names()) {
                String f = Names.fold(n);
                if (t == EntityType.PERSON && f.contains(" ")) {
                    union(byName, t + ":" + f, i, uf);
                    String[] w = f.split(" ");
                    // "Ana B. Example" and "Ana Example": same given name and surname.
                    union(byName, "PERSON-first-last:" + w[0] + " " + w[w.length - 1], i, uf);
                    // "Pak So-yeon" and "So-yeon Pak": the same words, family name first or last.
                    String[] sorted = w.clone();
                    java.util.Arrays.sort(sorted);
                    union(byName, "PERSON-words:" + String.join(" ", sorted), i, uf);
                    personsByWord.computeIfAbsent("last:" + w[w.length - 1], k -> new LinkedHashSet<>()).add(i);
                    personsByWord.computeIfAbsent("first:" + w[0], k -> new LinkedHashSet<>()).add(i);
                    for (int k = 1; k < w.length - 1; k++) {
                        personsByWord.computeIfAbsent("middle:" + w[k], x -> new LinkedHashSet<>()).add(i);
                    }
                } else if (t != EntityType.PERSON) {
                    union(byName, t + ":" + f, i, uf);
                    if (!f.contains(" ") && f.length() > 4 && f.endsWith("s") && !f.endsWith("ss")) {
                        union(byName, t + ":" + f.substring(0, f.length() - 1), i, uf);    // "the Vellmorans", "Vellmoran"
                    }
                    if (t == EntityType.ORGANIZATION) {
                        Optional<String> prefixed = countryPrefixed(f, kb);
                        if (prefixed.isPresent()) {
                            union(byName, "ORGANIZATION-country:" + prefixed.get(), i, uf);
                        }
                    }
                }
            }
        }
        // "Joe Example" and "Joseph R. Example": one surname, a given name and its nickname, when
        // the surname has no other full name the nickname could go with.
        // Each member looks only at the given names its own is a nickname of (a table lookup), and at
        // the distinct entities those members belong to so far (RootSets), not at every namesake.
        RootSets rootSets = new RootSets(uf);
        Map<Integer, String> given = new HashMap<>();
        for (Map.Entry<String, Set<Integer>> sameSurname : personsByWord.entrySet()) {
            if (!sameSurname.getKey().startsWith("last:")) {
                continue;
            }
            Map<String, List<Integer>> byGiven = new HashMap<>();
            for (int m : sameSurname.getValue()) {
                byGiven.computeIfAbsent(given.computeIfAbsent(m, x -> givenName(refs.get(x).entity())), x -> new ArrayList<>()).add(m);
            }
            for (int a : sameSurname.getValue()) {
                String ga = given.get(a);
                Set<Integer> fits = new LinkedHashSet<>();
                for (String gb : GivenNames.variants(ga)) {
                    List<Integer> members = byGiven.get(gb);
                    if (members != null) {
                        fits.addAll(rootSets.of(List.of(sameSurname.getKey(), gb), () -> members));
                    }
                }
                if (fits.size() == 1) {
                    uf.union(fits.iterator().next(), a);
                }
            }
        }
        // A one-word person name joins the one full name it can be (surname first, then given name).
        NearNames.Index surnames = null;    // made when first needed
        for (int i = 0; i < refs.size(); i++) {
            LocalEntity e = refs.get(i).entity();
            if (types.get(refs.get(i)) != EntityType.PERSON || e.names().stream().anyMatch(n -> n.contains(" "))) {
                continue;
            }
            String f = Names.fold(e.name());
            Optional<KnowledgeBase.Holding> holder = SurnameHolders.of(e, docs.get(refs.get(i).doc()), kb);
            if (holder.isPresent()) {
                // "President Bush" of 2004 joins only a full name of that holder, and every other
                // article's "President Bush" who is that holder; the one of 1990 stays apart.
                String qid = holder.get().qid();
                holders.put(i, holder.get());
                // A full name the KB knows as someone else is not this holder; one it does not know
                // ("Joseph R. Example" for the KB's "Joe Example") may be.
                // Which of the surname's full names are that holder, or may be, depends on the
                // surname and the holder only: found once for both, not once per mention.
                // The surname written last, then first ("Prime Minister Example" and "Example Ana").
                Set<Integer> holderRoots = Set.of();
                for (String place : List.of("last:", "first:")) {
                    for (boolean known : List.of(true, false)) {
                        if (holderRoots.isEmpty()) {
                            holderRoots = rootSets.of(List.of(place, String.valueOf(known), f, qid),
                                    () -> holderNames(personsByWord.get(place + f), refs, kb, qid, known));
                        }
                    }
                }
                if (holderRoots.size() == 1) {
                    uf.union(holderRoots.iterator().next(), i);
                }
                union(byName, "PERSON-holder:" + qid, i, uf);
                continue;
            }
            Set<Integer> found = rootSets.of("last:" + f, () -> personsByWord.get("last:" + f));
            if (found.isEmpty()) {
                found = rootSets.of("first:" + f, () -> personsByWord.get("first:" + f));
            }
            if (found.isEmpty() && f.length() > 2) {
                found = rootSets.of("middle:" + f, () -> personsByWord.get("middle:" + f));    // the name a person goes by, inside the full one
            }
            if (found.isEmpty() && f.length() >= TYPO_MIN_LENGTH) {
                // "Vantersenn" for "Vantersen": a long surname one letter off the one full name's,
                // among the surnames that share a blocking key with it (NearNames).
                if (surnames == null) {
                    surnames = new NearNames.Index(personsByWord.keySet().stream().filter(k -> k.startsWith("last:")).map(k -> k.substring(5)).toList());
                }
                Set<Integer> near = new LinkedHashSet<>();
                for (String w : surnames.near(f)) {
                    near.addAll(personsByWord.get("last:" + w));
                }
                found = rootsOf(near, uf);
            }
            Set<Integer> roots = found;
            if (roots.size() == 1) {
                uf.union(roots.iterator().next(), i);
            } else if (roots.isEmpty()) {
                union(byName, "PERSON:" + f, i, uf);
            }
        }
        fuzzyLink(refs, types, uf);
        joinShortForms(refs, types, uf);
    }

    /**
     * The full names with surname {@code f} ({@code members}) the knowledge base knows as holder
     * {@code qid} ({@code known}), or that it does not know at all (not {@code known}): "Joseph R.
     * Example" may be the KB's "Joe Example", a full name it knows as someone else is not.
     */
    private static Set<Integer> holderNames(Set<Integer> members, List<Ref> refs, KnowledgeBase kb, String qid, boolean known) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int j : members == null ? Set.<Integer>of() : members) {
            List<KnowledgeBase.Holding> holdings = refs.get(j).entity().names().stream().flatMap(n -> kb.holdings(n).stream()).toList();
            if (known ? holdings.stream().anyMatch(h -> h.qid().equals(qid)) : holdings.isEmpty()) {
                out.add(j);
            }
        }
        return out;
    }

    /** The first word of a person's fullest name, folded ("joe" in "Joe Example"). */
    private static String givenName(LocalEntity e) {
        String best = e.names().stream().filter(n -> n.contains(" ")).max(java.util.Comparator.comparingInt(String::length)).orElse(e.name());
        return Names.fold(best).split(" ")[0];
    }

    /**
     * An organization's name with its leading country written as the country's code: "U.S. Office of
     * Marine Surveys" and "United States Office of Marine Surveys" are one body's names.
     */
    static Optional<String> countryPrefixed(String folded, KnowledgeBase kb) {
        String[] w = folded.split(" ");
        for (int k = Math.min(3, w.length - 1); k >= 1; k--) {
            Optional<String> code = kb.countryCodeOfFolded(String.join(" ", Arrays.copyOfRange(w, 0, k)));
            if (code.isPresent()) {
                return Optional.of(code.get() + " " + String.join(" ", Arrays.copyOfRange(w, k, w.length)));
            }
        }
        return Optional.empty();
    }

    /** Legal forms that end a company's name and have no letter in its acronym. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "ltd", "llc", "co", "corp", "plc", "nv", "sa", "ag", "spa",
            "gmbh", "bv", "company", "limited", "llp");

    /** Words an acronym skips ("Department of State": DOS), and a country prefix ("U.S. Office of Marine Surveys": OMS). */
    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "and", "for", "the", "on", "in", "to", "de", "us");

    /**
     * An organization's acronym and short name join its full name: "OMS" is the "Office of Marine
     * Surveys" and "Quellmark" the "Quellmark Technology, Inc." of the same
     * article. An acronym with no such full name in its article joins the one full name it fits in
     * the corpus. Only where exactly one full name fits: an acronym two bodies share stays apart.
     */
    private static void joinShortForms(List<Ref> refs, Map<Ref, EntityType> types, UnionFind uf) {
        Map<String, Map<Integer, Set<Integer>>> byAcronym = new HashMap<>();    // acronym -> doc -> refs
        Map<String, Map<Integer, Set<Integer>>> byFirstWord = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            // a treaty's acronym is often tagged an organization: "the Velmora Fisheries Convention (VFC)"
            if (types.get(refs.get(i)) != EntityType.ORGANIZATION && types.get(refs.get(i)) != EntityType.AGREEMENT) {
                continue;
            }
            for (String n : refs.get(i).entity().names()) {
                String[] words = Names.fold(n).split(" ");
                if (words.length < 2) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (int k = 0; k < words.length; k++) {
                    boolean prefix = k == 0 && words.length > 2 && words[0].equals("us");
                    // a legal form closes the name ("Vellmora Aerospace and Defence NV": VAD)
                    boolean form = k == words.length - 1 && k >= 2 && LEGAL_FORMS.contains(words[k]);
                    if (!prefix && !form && !ACRONYM_SKIPS.contains(words[k])) {
                        initials.append(words[k].charAt(0));
                    }
                }
                if (initials.length() >= 2) {
                    byAcronym.computeIfAbsent(initials.toString(), x -> new HashMap<>())
                            .computeIfAbsent(refs.get(i).doc(), x -> new LinkedHashSet<>()).add(i);
                }
                if (words.length > 2 && words[0].equals("us")) {
                    // "USOMS" keeps the country's letters that "OMS" drops: both stand for the full name
                    byAcronym.computeIfAbsent("us" + initials, x -> new HashMap<>())
                            .computeIfAbsent(refs.get(i).doc(), x -> new LinkedHashSet<>()).add(i);
                }
                if (types.get(refs.get(i)) == EntityType.ORGANIZATION) {
                    byFirstWord.computeIfAbsent(words[0], x -> new HashMap<>())
                            .computeIfAbsent(refs.get(i).doc(), x -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        RootSets acronyms = new RootSets(uf);    // an acronym's full names across the corpus, asked by each of its mentions
        for (int i = 0; i < refs.size(); i++) {
            Ref r = refs.get(i);
            if (types.get(r) != EntityType.ORGANIZATION || r.entity().key() != null
                    || r.entity().names().stream().anyMatch(n -> n.contains(" "))) {
                continue;
            }
            String name = r.entity().name().replace(".", "");
            String f = Names.fold(name);
            if (name.matches("[A-Z]{2,6}")) {
                Map<Integer, Set<Integer>> full = byAcronym.getOrDefault(f, Map.of());
                Set<Integer> roots = rootsOf(full.get(r.doc()), uf);
                if (roots.isEmpty()) {
                    roots = acronyms.of(f, () -> {
                        Set<Integer> all = new LinkedHashSet<>();
                        full.values().forEach(all::addAll);
                        return all;
                    });
                }
                if (roots.size() == 1) {
                    int root = roots.iterator().next();
                    if (types.get(refs.get(root)) == EntityType.AGREEMENT) {
                        types.put(r, EntityType.AGREEMENT);    // "VFC" is the convention NER took for a body
                    }
                    uf.union(root, i);
                }
            } else {
                Set<Integer> roots = rootsOf(byFirstWord.getOrDefault(f, Map.of()).get(r.doc()), uf);
                if (roots.size() == 1) {
                    uf.union(roots.iterator().next(), i);
                }
            }
        }
    }

    /**
     * The same agreement told by several articles: two agreements with two or more signatories or
     * parties in common are one, and so are two whose descriptive labels ("fisheries agreement") are
     * the same.
     */
    private static void linkAgreements(List<DocumentFacts> docs, List<Ref> refs, UnionFind uf) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            index.put(refs.get(i).doc() + "/" + refs.get(i).entity().id(), i);
        }
        Map<Integer, Set<Integer>> participants = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (Assertion a : docs.get(d).assertions()) {
                if (a.relation() == org.newskg.model.Relation.SIGNED || a.relation() == org.newskg.model.Relation.PARTY_TO) {
                    int agreement = index.get(d + "/" + a.object());
                    participants.computeIfAbsent(agreement, k -> new java.util.TreeSet<>()).add(uf.find(index.get(d + "/" + a.subject())));
                }
            }
        }
        List<Integer> agreements = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).entity().type() == EntityType.AGREEMENT) {
                agreements.add(i);
            }
        }
        Map<String, Integer> byLabel = new HashMap<>();
        // Candidates share a participant (an index by participant), rather than every pair of agreements.
        Map<Integer, List<Integer>> byParticipant = new HashMap<>();
        for (int i : agreements) {
            Map<Integer, Integer> common = new TreeMap<>();
            for (int p : participants.getOrDefault(i, Set.of())) {
                for (int j : byParticipant.getOrDefault(p, List.of())) {
                    common.merge(j, 1, Integer::sum);
                }
                byParticipant.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            }
            common.forEach((j, n) -> {
                if (n >= 2) {
                    uf.union(i, j);
                }
            });
            for (String n : refs.get(i).entity().names()) {
                if (n.contains(" ")) {
                    union(byLabel, Names.fold(n), i, uf);
                }
            }
        }
    }

    /** Long names one edit apart ("Vellmorra Castle", "Vellmora Castle") of the same type are one thing. */
    private static void fuzzyLink(List<Ref> refs, Map<Ref, EntityType> types, UnionFind uf) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).entity().key() != null) {
                continue;
            }
            for (String n : refs.get(i).entity().names()) {
                seen.putIfAbsent(types.get(refs.get(i)) + ":" + Names.fold(n), i);
            }
        }
        List<Integer> owners = new ArrayList<>(seen.values());
        for (int[] p : fuzzyPairs(new ArrayList<>(seen.keySet()))) {
            uf.union(owners.get(p[0]), owners.get(p[1]));
        }
    }

    /**
     * The pairs (a, b), a &lt; b, of "TYPE:name" keys that {@link #fuzzyPair} links: those of every pair
     * that is, found through blocking keys ({@link NearNames}) instead of by comparing every pair.
     */
    static List<int[]> fuzzyPairs(List<String> keys) {
        // Only names of 9 letters or more can be either side of a link (the earlier one needs 10, the
        // other is within one letter of it).
        List<String> names = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.length() - k.indexOf(':') - 1 >= FUZZY_MIN_LENGTH - 1) {
                names.add(k);
                at.add(i);
            }
        }
        return NearNames.pairs(names, 0, Resolver::fuzzyPair).stream().map(p -> new int[] {at.get(p[0]), at.get(p[1])}).toList();
    }

    /**
     * Whether two "TYPE:name" keys, one edit apart, name one thing: the same type, and the earlier
     * name long enough that one letter is noise rather than another name.
     */
    static boolean fuzzyPair(String x, String y) {
        return x.length() - x.indexOf(':') - 1 >= FUZZY_MIN_LENGTH && Math.abs(x.length() - y.length()) <= 1
                && x.substring(0, x.indexOf(':')).equals(y.substring(0, y.indexOf(':')))
                && EditDistance.atMostOne(x, y);
    }

    private static Set<Integer> rootsOf(Set<Integer> members, UnionFind uf) {
        Set<Integer> roots = new LinkedHashSet<>();
        if (members != null) {
            members.forEach(m -> roots.add(uf.find(m)));
        }
        return roots;
    }

    private static void union(Map<String, Integer> index, String key, int i, UnionFind uf) {
        Integer first = index.putIfAbsent(key, i);
        if (first != null) {
            uf.union(first, i);
        }
    }

    /**
     * The label to show: for a gazetteer entry its canonical name, else the name used most often among
     * the longest ones ("Ana Example" over "Example"), ties broken alphabetically.
     */
    private static String prefLabel(List<Integer> cluster, List<Ref> refs) {
        if (refs.get(cluster.get(0)).entity().type() == EntityType.AGREEMENT) {
            return agreementLabel(cluster, refs);
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int i : cluster) {
            LocalEntity e = refs.get(i).entity();
            if (e.key() != null && e.key().canonical()) {
                return e.name();
            }
            for (Mention m : e.mentions()) {
                if (e.names().contains(m.text())) {
                    counts.merge(m.text(), 1, Integer::sum);
                }
            }
            counts.putIfAbsent(e.name(), 1);
        }
        int maxWords = counts.keySet().stream().mapToInt(s -> s.split("\\s+").length).max().orElse(1);
        return counts.entrySet().stream()
                .filter(e -> e.getKey().split("\\s+").length == maxWords || maxWords > 3)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /**
     * An agreement's label: its name if it has one, else the description most articles use, longer
     * descriptions first ("fisheries framework agreement" over "agreement").
     */
    private static String agreementLabel(List<Integer> cluster, List<Ref> refs) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i : cluster) {
            LocalEntity e = refs.get(i).entity();
            if (e.key() == null) {
                return e.name();    // a named agreement: only the article's unnamed one has a key
            }
            e.names().forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> Math.min(x.getKey().split(" ").length, 3))
                        .thenComparing(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static List<Fact> facts(List<DocumentFacts> docs, Map<Ref, String> slugOf) {
        Map<String, Fact> byKey = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            DocumentFacts df = docs.get(d);
            for (Assertion a : df.assertions()) {
                String s = slugOf.get(new Ref(d, df.entities().get(a.subject())));
                String o = a.relation().literal() ? null : slugOf.get(new Ref(d, df.entities().get(a.object())));
                if (o != null && o.equals(s)) {
                    continue;    // "X met X": two mentions that turned out to be one entity
                }
                if (a.relation().symmetric() && o.compareTo(s) < 0) {
                    String t = s;
                    s = o;
                    o = t;
                }
                String key = s + " " + a.relation().localName() + " " + (o != null ? o : "\"" + a.literal());
                String subject = s;
                String object = o;
                byKey.merge(key, new Fact(subject, a.relation(), object, a.literal(), List.of(withSourceSlug(a.evidence(), df, d, slugOf))),
                        (x, y) -> new Fact(x.subject(), x.relation(), x.object(), x.literal(), concat(x.evidence(), y.evidence())));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The evidence with its source ("X said") pointing at the merged entity, when the source is one of the article's. */
    private static Evidence withSourceSlug(Evidence ev, DocumentFacts df, int d, Map<Ref, String> slugOf) {
        Factuality.Attribution src = ev.factuality().source();
        if (src == null || src.entity() < 0 || src.entity() >= df.entities().size()) {
            return ev;
        }
        return ev.withFactuality(ev.factuality().withSource(src.withSlug(slugOf.get(new Ref(d, df.entities().get(src.entity()))))));
    }

    private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
        List<Evidence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
