package org.newskg.kb;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.io.ResourceTable;
import org.newskg.model.Names;

/**
 * The offline knowledge base: countries, cities, organizations and office holders with their
 * Wikidata identities, read from {@code kb/*.tsv} (made by {@code kb/build_kb.py} from open data;
 * sources, dates and licences in {@code kb/SOURCES.md}). Read-only; loaded once, on first use, so a
 * command that links nothing never pays for it.
 *
 * <pre>
 * KnowledgeBase kb = KnowledgeBase.get();
 * kb.country("FR").map(KnowledgeBase.Country::qid);          // Optional[Q142]
 * kb.cities("Lyon");                                         // every city of that name, largest first
 * </pre>
 */
public final class KnowledgeBase {
    /** What the KB is, for prov:wasDerivedFrom: the resource folder and its generator. */
    public static final String SOURCE = "kb/";

    public record Country(String qid, String wikipedia, String name, List<String> aliases, List<String> demonyms,
                          List<String> capitals, String iso2) {}

    /** A city; {@code qid} and {@code wikipedia} are empty where the sources give none (see SOURCES.md). */
    public record City(String qid, String wikipedia, String name, List<String> aliases, String iso2, long population,
                       boolean capital) {}

    /** A country's first-level division (a state, province, region); no Wikipedia titles (see SOURCES.md). */
    public record Region(String qid, String wikipedia, String name, List<String> aliases, String iso2, String kind) {}

    public record Organization(String qid, String wikipedia, String name, List<String> aliases, String kind, String iso2) {}

    /**
     * A holding's office kind for any position that is not a head of state or government or a
     * foreign minister: a minister, a junior minister, an ambassador, a judge. Its holder is one of
     * the country's officials.
     */
    public static final String OFFICIAL = "official";

    /** An organization's kind for a government's department, agency or public body ("Rural Payments Agency"). */
    public static final String GOVERNMENT_BODY = "government-body";

    /**
     * One person's holding of one office.
     *
     * @param start as the source gives it: a year (YYYY), a month (YYYY-MM) or a date (YYYY-MM-DD)
     * @param end   null while in office as of the source's date
     */
    public record Holding(String qid, String wikipedia, String name, String office, String officeLabel, String iso2,
                          String start, String end) {
        /** Whether the holding covers this day, at the precision the source gives (a year or month covers all its days). */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from(start, false)) && (end == null || !day.isAfter(from(end, true)));
        }

        /** Whether the holding had ended before this day (false while in office). */
        public boolean endsBefore(LocalDate day) {
            return end != null && from(end, true).isBefore(day);
        }

        /** Whether the office's label says the title: "Prime Minister" in "Prime Minister of Japan". */
        public boolean officeNamed(String title) {
            String t = Names.fold(title);
            return !t.isEmpty() && (" " + Names.fold(officeLabel) + " ").contains(" " + t + " ");
        }

        /** Whether the holder held it on that day as its tenure word says: in office, or for "former" ended before it. */
        public boolean heldAsOf(LocalDate day, org.newskg.model.OfficeTime tenure) {
            if (tenure == org.newskg.model.OfficeTime.FORMER) {
                return endsBefore(day);
            }
            return tenure != org.newskg.model.OfficeTime.FUTURE && covers(day);
        }

        private static LocalDate from(String d, boolean last) {
            if (d.length() == 4) {
                int y = Integer.parseInt(d);
                return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (d.length() == 7) {
                YearMonth m = YearMonth.parse(d);
                return last ? m.atEndOfMonth() : m.atDay(1);
            }
            return LocalDate.parse(d.substring(0, 10));
        }
    }

    private static volatile KnowledgeBase instance;

    private final Map<String, Country> countryByIso2 = new HashMap<>();
    /**
     * The aliases that can name a body: several words, or an acronym of two or more capitals. Party
     * Facts' short names also hold single ordinary words ("Lab", "Party", "English", a language's
     * adjective), which would name a party wherever the word stands alone.
     */
    static List<String> organizationAliases(List<String> aliases) {
        return aliases.stream().filter(a -> a.trim().contains(" ") || a.replace(".", "").matches("\\p{Lu}[\\p{Lu}\\d&-]+")).toList();
    }

    /** Countries' names and aliases, folded ({@link Names#fold}), to their ISO code. */
    private final Map<String, String> countryByFoldedName = new HashMap<>();
    private final Map<String, List<City>> citiesByName = new HashMap<>();
    private final Map<String, List<Region>> regionsByName = new HashMap<>();
    private final Set<String> regionKinds = new java.util.HashSet<>();
    private final Map<String, List<Organization>> orgsByName = new HashMap<>();
    private final Map<String, List<Holding>> holdingsByName = new HashMap<>();
    private final Map<String, List<Holding>> holdingsBySurname = new HashMap<>();
    /** Office titles without their country ("secretary of state") to the countries that have them. */
    private final Map<String, Set<String>> officeTitles;

    private KnowledgeBase() {
        for (String[] r : rows("countries.tsv", 8)) {
            Country c = new Country(r[0], r[1], r[2], split(r[3]), split(r[4]), split(r[6]), r[7]);
            countryByIso2.put(c.iso2(), c);
            countryByFoldedName.putIfAbsent(Names.fold(c.name()), c.iso2());
            c.aliases().forEach(a -> countryByFoldedName.putIfAbsent(Names.fold(a), c.iso2()));
        }
        for (String[] r : rows("cities.tsv", 8)) {
            City c = new City(r[0], r[1], r[2], split(r[3]), r[4], r[5].isEmpty() ? 0 : Long.parseLong(r[5]), r[6].equals("1"));
            add(citiesByName, c.name(), c);
            c.aliases().forEach(a -> add(citiesByName, a, c));
        }
        citiesByName.values().forEach(l -> l.sort((a, b) -> Long.compare(b.population(), a.population())));
        for (String[] r : rows("regions.tsv", 6)) {
            Region g = new Region(r[0], r[1], r[2], split(r[3]), r[4], r[5]);
            add(regionsByName, g.name(), g);
            if (!g.kind().isBlank()) {
                regionKinds.add(Names.fold(g.kind()));
            }
            g.aliases().forEach(a -> add(regionsByName, a, g));
        }
        for (String[] r : rows("organizations.tsv", 7)) {
            Organization o = new Organization(r[0], r[1], r[2], organizationAliases(split(r[3])), r[4], r[5]);
            add(orgsByName, o.name(), o);
            o.aliases().forEach(a -> add(orgsByName, a, o));
        }
        Map<String, String> shared = new HashMap<>();    // 40,000 holdings repeat few labels, codes and dates
        for (String[] r : rows("office-holders.tsv", 12)) {
            for (int i : new int[] {1, 2, 4, 5, 7, 9, 10}) {
                r[i] = shared.computeIfAbsent(r[i], s -> s);
            }
            Holding h = new Holding(r[0], r[1], r[2], r[4], r[5], r[7], r[9], r[10].isEmpty() ? null : r[10]);
            add(holdingsByName, h.name(), h);
            split(r[3]).forEach(a -> add(holdingsByName, a, h));
            add(holdingsBySurname, lastWord(h.name()), h);
        }
        officeTitles = officeTitleIndex();
    }

    /** The knowledge base from the class path, loaded on the first call. */
    public static KnowledgeBase get() {
        KnowledgeBase kb = instance;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (instance == null) {
                    instance = new KnowledgeBase();
                }
                kb = instance;
            }
        }
        return kb;
    }

    /** The ISO code of the country with this name or alias, folded by {@link Names#fold} ("united states", "us"). */
    public Optional<String> countryCodeOfFolded(String folded) {
        return Optional.ofNullable(countryByFoldedName.get(folded));
    }

    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(countryByIso2.get(iso2));
    }

    /** Cities with this name or alias, most populous first. */
    public List<City> cities(String name) {
        return citiesByName.getOrDefault(Names.fold(name), List.of());
    }

    /** The ISO codes of the countries that have a city with this name or alias ("Lyon": FR). */
    public Set<String> countriesOfCity(String name) {
        Set<String> codes = new TreeSet<>();
        cities(name).forEach(c -> codes.add(c.iso2()));
        return codes;
    }

    /** First-level divisions with this name or alias ("Victoria": Australia's state, Malta's council). */
    public List<Region> regions(String name) {
        return regionsByName.getOrDefault(Names.fold(name), List.of());
    }

    /** Whether a name is only the kind of a first-level division ("Autonomous Region", "Province"). */
    public boolean isRegionKind(String name) {
        return regionKinds.contains(Names.fold(name));
    }

    /** Organizations with this name or alias (several when a name is common, e.g. a party name). */
    public List<Organization> organizations(String name) {
        return orgsByName.getOrDefault(Names.fold(name), List.of());
    }

    /** The government body of exactly this name, as its government writes it ("Rural Payments Agency"). */
    public Optional<Organization> governmentBody(String name) {
        return organizations(name).stream().filter(o -> o.kind().equals(GOVERNMENT_BODY) && o.name().equals(name)).findFirst();
    }

    /**
     * The one government body whose abbreviation this is, written in capitals ("MCA"); none when
     * several bodies share it.
     */
    public Optional<Organization> governmentBodyByAbbreviation(String abbreviation) {
        List<Organization> found = organizations(abbreviation).stream()
                .filter(o -> o.kind().equals(GOVERNMENT_BODY) && o.aliases().contains(abbreviation)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Office holdings of people with this name. */
    public List<Holding> holdings(String name) {
        return holdingsByName.getOrDefault(Names.fold(name), List.of());
    }

    /**
     * The countries whose office of this title the knowledge base knows, the title being the office's
     * name without its country ("Secretary of State" for "United States Secretary of State" and for
     * "Secretary of State of Puerto Rico"): a title in an article names one of these countries' offices.
     */
    public Set<String> countriesOfOffice(String title) {
        return officeTitles.getOrDefault(Names.fold(title), Set.of());
    }

    private Map<String, Set<String>> officeTitleIndex() {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<Holding> hs : holdingsBySurname.values()) {
            for (Holding h : hs) {
                Country c = countryByIso2.get(h.iso2());
                if (c == null || h.officeLabel().isEmpty() || h.office().equals(OFFICIAL)) {
                    continue;    // officials' labels placed titles in the wrong government (tried: heldout fact recall 0.709 to 0.618)
                }
                String label = " " + Names.fold(h.officeLabel().replaceAll("\\(.*\\)", "")) + " ";
                List<String> names = new ArrayList<>(List.of(c.name()));
                names.addAll(c.aliases());
                names.addAll(c.demonyms());
                names.sort((a, b) -> Integer.compare(b.length(), a.length()));    // "United States" before "States"
                String core = label;
                for (String n : names) {
                    String f = Names.fold(n);
                    if (!f.isEmpty()) {
                        core = core.replace(" of the " + f + " ", " ").replace(" of " + f + " ", " ").replace(" " + f + " ", " ");
                    }
                }
                core = core.strip();
                if (!core.isEmpty() && !core.equals(label.strip())) {
                    out.computeIfAbsent(core, k -> new java.util.TreeSet<>()).add(h.iso2());
                }
            }
        }
        return out;
    }

    /**
     * Office holdings of people whose name ends with this word ("Bush"): many people share a
     * surname, so a caller narrows these down by office and date.
     */
    public List<Holding> holdingsBySurname(String surname) {
        return holdingsBySurname.getOrDefault(Names.fold(surname), List.of());
    }

    private static String lastWord(String name) {
        String[] words = Names.fold(name).split(" ");
        return words[words.length - 1];
    }

    private static <T> void add(Map<String, List<T>> index, String name, T value) {
        if (!name.isBlank()) {
            List<T> l = index.computeIfAbsent(Names.fold(name), k -> new ArrayList<>());
            if (!l.contains(value)) {
                l.add(value);
            }
        }
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The rows of a TSV file after its header, padded to its columns. */
    private static List<String[]> rows(String file, int columns) {
        return ResourceTable.read(SOURCE + file, columns, true).stream().map(ResourceTable.Row::cells).toList();
    }
}
