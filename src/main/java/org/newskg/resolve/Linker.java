package org.newskg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.Derived;
import org.newskg.model.Document;
import org.newskg.model.Entity;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Fact;
import org.newskg.model.Identity;
import org.newskg.model.Relation;

/**
 * Links merged entities to the knowledge base, and adds what it knows about them. Better unlinked than
 * wrong: an entity is linked only when its kind of evidence leaves one candidate.
 * <ul>
 * <li>a country by its gazetteer code;</li>
 * <li>an organization when all its names that the KB knows point to one item;</li>
 * <li>a person by full name when one office holder of that name fits: the articles make the person
 *     lead or serve the holder's country, or an article that names the person is dated within the
 *     holder's term (two holders of one name in different years stay two); a person named only by
 *     title and surname ("President Example") by the holder {@link SurnameHolders} finds;</li>
 * <li>a city when exactly one KB city of its name lies in the countries its articles put it in or
 *     mention, and has a QID; and when exactly one country that the articles mentioning it also
 *     mention has a city of that name, the city lies in it: a fact derived from the KB, never given
 *     an article's evidence.</li>
 * </ul>
 */
final class Linker {
    /** The knowledge base's result for a corpus: identities by slug, and facts of its own. */
    record Links(Map<String, Identity> identities, List<Derived> derived) {}

    private Linker() {}

    /**
     * @param keys        each entity's gazetteer keys (by slug)
     * @param dates       the publication dates of the articles (by document id)
     * @param holders     the office holder an entity's surname mentions stand for ({@link SurnameHolders}), by slug
     */
    static Links link(List<Entity> entities, Map<String, Set<EntityKey>> keys, List<Fact> facts, Map<String, LocalDate> dates,
                      Map<String, KnowledgeBase.Holding> holders, KnowledgeBase kb) {
        Map<String, Identity> ids = new TreeMap<>();
        Map<String, String> iso2OfCountry = new HashMap<>();    // slug -> code
        for (Entity e : entities) {
            if (e.type() == EntityType.COUNTRY) {
                keys.getOrDefault(e.slug(), Set.of()).stream().filter(k -> k.kind() == EntityKey.Kind.COUNTRY).findFirst()
                        .ifPresent(k -> {
                            iso2OfCountry.put(e.slug(), k.value());
                            kb.country(k.value()).filter(c -> !c.qid().isEmpty())
                                    .ifPresent(c -> ids.put(e.slug(), new Identity(c.qid(), c.wikipedia())));
                        });
            }
        }
        Map<String, Set<String>> affiliation = new HashMap<>();    // person -> codes of countries led or served
        for (Fact f : facts) {
            if ((f.relation() == Relation.LEADER_OF || f.relation() == Relation.MEMBER_OF) && f.asserted()
                    && iso2OfCountry.containsKey(f.object())) {
                affiliation.computeIfAbsent(f.subject(), k -> new LinkedHashSet<>()).add(iso2OfCountry.get(f.object()));
            }
        }
        List<Derived> derived = new ArrayList<>();
        Places places = new Places(entities, iso2OfCountry, facts);
        for (Entity e : entities) {
            switch (e.type()) {
                case ORGANIZATION -> organization(e, kb).ifPresent(i -> ids.put(e.slug(), i));
                case PERSON -> {
                    person(e, affiliation.getOrDefault(e.slug(), Set.of()), dates, kb)
                            .or(() -> Optional.ofNullable(holders.get(e.slug())).map(h -> new Identity(h.qid(), h.wikipedia())))
                            .ifPresent(i -> ids.put(e.slug(), i));
                    if (!affiliation.containsKey(e.slug())) {
                        official(e, places, dates, kb).ifPresent(derived::add);
                    }
                }
                case CITY -> {
                    city(e, places, kb).ifPresent(derived::add);
                    cityIdentity(e, places, kb).ifPresent(i -> ids.put(e.slug(), i));
                }
                case PLACE -> region(e, places, kb).ifPresent(r -> {
                    derived.add(r.derived());
                    r.identity().ifPresent(i -> ids.put(e.slug(), i));
                });
                default -> { }
            }
        }
        return new Links(ids, derived);
    }

    private static Set<String> names(Entity e) {
        Set<String> all = new LinkedHashSet<>();
        all.add(e.prefLabel());
        all.addAll(e.altLabels());
        return all;
    }

    private static Optional<Identity> organization(Entity e, KnowledgeBase kb) {
        Set<KnowledgeBase.Organization> found = new LinkedHashSet<>();
        boolean hasFullName = names(e).stream().anyMatch(n -> n.contains(" "));
        for (String n : names(e)) {
            List<KnowledgeBase.Organization> m = kb.organizations(n);
            if (isAcronym(n)) {
                // Acronyms are many bodies' ("GE": a company, a party): one names a KB entry only
                // beside a full name, or for an intergovernmental body, whose acronyms are its names.
                if (hasFullName) {
                    continue;
                }
                m = m.stream().filter(o -> o.kind().equals("intergovernmental")).toList();
            }
            if (m.stream().map(KnowledgeBase.Organization::qid).distinct().count() > 1) {
                return Optional.empty();    // a name several organizations bear ("Labour Party")
            }
            found.addAll(m);
        }
        Set<String> qids = found.stream().map(KnowledgeBase.Organization::qid).collect(Collectors.toSet());
        if (qids.size() != 1 || qids.contains("")) {
            return Optional.empty();
        }
        KnowledgeBase.Organization o = found.iterator().next();
        return Optional.of(new Identity(o.qid(), o.wikipedia()));
    }

    private static boolean isAcronym(String name) {
        return name.replace(".", "").matches("[A-Z][A-Z0-9&]{1,6}");
    }

    private static Optional<Identity> person(Entity e, Set<String> countries, Map<String, LocalDate> dates, KnowledgeBase kb) {
        Set<String> fits = new LinkedHashSet<>();
        KnowledgeBase.Holding any = null;
        for (String n : names(e)) {
            if (!n.contains(" ")) {
                continue;    // a surname alone names too many people
            }
            for (KnowledgeBase.Holding h : kb.holdings(n)) {
                boolean country = countries.contains(h.iso2());
                boolean inTerm = e.mentions().keySet().stream().map(dates::get).anyMatch(d -> d != null && h.covers(d));
                if ((country || inTerm) && !h.qid().isEmpty()) {
                    fits.add(h.qid());
                    any = h;
                }
            }
        }
        return fits.size() == 1 ? Optional.of(new Identity(any.qid(), any.wikipedia())) : Optional.empty();
    }

    /**
     * A city's Wikidata item: the one KB city of its name in the countries its articles put it in
     * or mention beside it, when that city has a QID. Two cities of one name there (or none with a
     * QID) leave it unlinked. The KB's cities have no Wikipedia titles (SOURCES.md), so neither
     * has the link.
     */
    private static Optional<Identity> cityIdentity(Entity e, Places places, KnowledgeBase kb) {
        Set<String> countries = new LinkedHashSet<>(places.locatedIn(e.slug()));
        if (countries.isEmpty()) {
            countries.addAll(places.countriesBeside(e).keySet());
        }
        Set<KnowledgeBase.City> found = new LinkedHashSet<>();
        for (String n : names(e)) {
            kb.cities(n).stream().filter(c -> countries.contains(c.iso2())).forEach(found::add);
        }
        if (found.size() != 1 || found.iterator().next().qid().isEmpty()) {
            return Optional.empty();
        }
        KnowledgeBase.City c = found.iterator().next();
        return Optional.of(new Identity(c.qid(), c.wikipedia()));
    }

    /**
     * A person the articles give no country, whom the knowledge base knows by full name as an
     * official (a minister, an ambassador, a judge, a leader) of one country, in office on the date
     * of an article that names them, that country being beside them in those articles: a member of
     * it (a head of state or government: its leader), from the KB. A namesake of an official rarely
     * stands beside the official's country in an article of the official's term.
     */
    private static Optional<Derived> official(Entity e, Places places, Map<String, LocalDate> dates, KnowledgeBase kb) {
        List<KnowledgeBase.Holding> found = new ArrayList<>();
        for (String n : names(e)) {
            if (!n.contains(" ")) {
                continue;    // a surname alone names too many people
            }
            for (KnowledgeBase.Holding h : kb.holdings(n)) {
                boolean inTerm = e.mentions().keySet().stream().map(dates::get).anyMatch(d -> d != null && h.covers(d));
                if (inTerm && !h.iso2().isEmpty()) {
                    found.add(h);
                }
            }
        }
        Set<String> codes = found.stream().map(KnowledgeBase.Holding::iso2).collect(Collectors.toSet());
        Map<String, String> countryHere = places.countriesBeside(e);
        if (codes.size() != 1 || !countryHere.containsKey(codes.iterator().next())) {
            return Optional.empty();
        }
        String code = codes.iterator().next();
        KnowledgeBase.Holding h = found.stream().filter(x -> x.office().startsWith("head of")).findFirst().orElse(found.get(0));
        Relation r = h.office().startsWith("head of") ? Relation.LEADER_OF : Relation.MEMBER_OF;
        return Optional.of(new Derived(e.slug(), r, countryHere.get(code), KnowledgeBase.SOURCE + "office-holders.tsv: "
                + h.name() + ", " + h.officeLabel() + " (" + code + "), " + (h.end() == null ? "from " + h.start() : h.start() + " to " + h.end())));
    }

    private static Optional<Derived> city(Entity e, Places places, KnowledgeBase kb) {
        if (!places.locatedIn(e.slug()).isEmpty()) {
            return Optional.empty();    // the articles already say where it is
        }
        Map<String, String> countryHere = places.countriesBeside(e);
        Set<String> candidates = new LinkedHashSet<>();
        for (String n : names(e)) {
            kb.cities(n).stream().map(KnowledgeBase.City::iso2).filter(countryHere::containsKey).forEach(candidates::add);
        }
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        String code = candidates.iterator().next();
        return Optional.of(new Derived(e.slug(), Relation.LOCATED_IN, countryHere.get(code),
                KnowledgeBase.SOURCE + "cities.tsv: " + e.prefLabel() + " (" + code + ")"));
    }

    private record RegionLink(Derived derived, Optional<Identity> identity) {}

    /**
     * A place that is a first-level division of one country the articles mention beside it, and
     * of no other such country ("Oregon" beside the United States): in that country, from the KB.
     * It takes the division's Wikidata item unless a city of that country bears the name too
     * ("Paris" the city or the collectivity): the country holds either way, the item does not.
     */
    private static Optional<RegionLink> region(Entity e, Places places, KnowledgeBase kb) {
        if (!places.locatedIn(e.slug()).isEmpty()) {
            return Optional.empty();    // the articles already say where it is
        }
        Map<String, String> countryHere = places.countriesBeside(e);
        Set<KnowledgeBase.Region> found = new LinkedHashSet<>();
        for (String n : names(e)) {
            kb.regions(n).stream().filter(r -> countryHere.containsKey(r.iso2())).forEach(found::add);
        }
        Set<String> codes = found.stream().map(KnowledgeBase.Region::iso2).collect(Collectors.toSet());
        if (codes.size() != 1) {
            return Optional.empty();
        }
        String code = codes.iterator().next();
        KnowledgeBase.Region r = found.iterator().next();
        Derived d = new Derived(e.slug(), Relation.LOCATED_IN, countryHere.get(code),
                KnowledgeBase.SOURCE + "regions.tsv: " + e.prefLabel() + " (" + code + ")");
        boolean alsoCity = names(e).stream().anyMatch(n -> kb.countriesOfCity(n).contains(code));
        Optional<Identity> id = found.size() == 1 && !alsoCity ? Optional.of(new Identity(r.qid(), r.wikipedia())) : Optional.empty();
        return Optional.of(new RegionLink(d, id));
    }

    /**
     * Where the articles put places, indexed once per corpus: looking them up entity by entity in
     * every fact and every country's articles grew with the square of the corpus.
     */
    private static final class Places {
        private final List<Entity> entities;
        private final Map<String, String> iso2OfCountry;
        private final Map<String, Set<String>> locatedIn = new HashMap<>();    // slug -> codes, in the facts' order
        private final Map<String, List<Integer>> countriesIn = new HashMap<>();    // doc id -> countries (index in entities)

        Places(List<Entity> entities, Map<String, String> iso2OfCountry, List<Fact> facts) {
            this.entities = entities;
            this.iso2OfCountry = iso2OfCountry;
            for (Fact f : facts) {
                if (f.relation() == Relation.LOCATED_IN && f.asserted() && iso2OfCountry.containsKey(f.object())) {
                    locatedIn.computeIfAbsent(f.subject(), k -> new LinkedHashSet<>()).add(iso2OfCountry.get(f.object()));
                }
            }
            for (int i = 0; i < entities.size(); i++) {
                if (iso2OfCountry.containsKey(entities.get(i).slug())) {
                    for (String doc : entities.get(i).mentions().keySet()) {
                        countriesIn.computeIfAbsent(doc, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }

        /** The countries the articles' own facts put {@code slug} in (asserted {@code locatedIn}), by code. */
        Set<String> locatedIn(String slug) {
            return locatedIn.getOrDefault(slug, Set.of());
        }

        /** The countries mentioned in an article that mentions {@code e}: code -> the country's slug (the last in entity order). */
        Map<String, String> countriesBeside(Entity e) {
            java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
            for (String doc : e.mentions().keySet()) {
                found.addAll(countriesIn.getOrDefault(doc, List.of()));
            }
            Map<String, String> out = new HashMap<>();
            for (int i : found) {
                out.put(iso2OfCountry.get(entities.get(i).slug()), entities.get(i).slug());
            }
            return out;
        }
    }
}
