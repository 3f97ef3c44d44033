package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.NewsKgException;
import org.newskg.io.ResourceTable;
import org.newskg.model.Names;
import org.newskg.model.OfficeTime;

/**
 * General world knowledge the extractors look names up in: countries with their aliases, adjectives
 * and capitals; intergovernmental organizations; office titles; words that mark a place or an honorific.
 * Each list is a resource file under {@code gazetteer/} that says where its content comes from; none
 * is made for a particular story.
 */
public final class Gazetteer {
    /** A country or territory from {@code gazetteer/countries.tsv}. */
    public record Country(String code, String name, List<String> aliases, List<String> adjectives, List<String> capitals) {}

    /** An intergovernmental organization from {@code gazetteer/organizations.tsv}. */
    public record Organization(String name, List<String> aliases, String seat) {}

    /** An office title; {@code leader} when it heads what it belongs to. */
    public record Title(String text, boolean leader, String scope) {}

    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByExactName = new HashMap<>();
    private final Map<String, Country> countryByAdjective = new HashMap<>();
    private final Map<String, Country> countryByCapital = new HashMap<>();
    private final Map<String, Organization> orgByName = new HashMap<>();
    private final Map<String, String> exactOrgAcronyms = new HashMap<>();    // "G7" -> folded canonical name
    private final Map<String, Title> titles = new HashMap<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Set<String> institutionHeads = new HashSet<>();
    private final Set<String> featureHeads = new HashSet<>();
    private final Set<String> companySuffixes = new HashSet<>();
    private final Set<String> legalForms = new HashSet<>();
    private final Set<String> compassWords = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Map<String, String> honorificGenders = new HashMap<>();
    private final Set<String> regions = new HashSet<>();
    private final Map<String, Boolean> agreementHeads = new HashMap<>();    // head -> may be unnamed
    private final Set<String> evaluative = new HashSet<>();
    private final Set<String> nameSuffixes = new HashSet<>();
    private final Map<String, OfficeTime> officeTimeWords = new HashMap<>();
    private final Set<String> leaderWords = new HashSet<>();
    private final Set<String> bodyNouns = new HashSet<>();
    private final Set<String> countryNouns = new HashSet<>();
    private final Set<String> representativeNouns = new HashSet<>();
    private final Set<String> bodyOfficeTitles = new HashSet<>();
    private final Set<String> officeVerbs = new HashSet<>();
    private final Map<String, Boolean> governmentNouns = new HashMap<>();    // noun -> names a body itself
    private final Set<String> sportsVerbs = new HashSet<>();
    private final Set<String> sportsCues = new HashSet<>();
    private final Set<String> divisionWords = new HashSet<>();
    private final Set<String> seatWords = new HashSet<>();
    private final int longestTitleWords;

    private Gazetteer() {
        for (String[] row : rows("countries.tsv", 5)) {
            Country c = new Country(row[0], row[1], split(row[2]), split(row[3]), split(row[4]));
            countryByName.put(Names.fold(c.name()), c);
            c.aliases().forEach(a -> countryByName.put(Names.fold(a), c));
            countryByExactName.put(c.name(), c);
            c.aliases().forEach(a -> countryByExactName.putIfAbsent(a, c));
            c.adjectives().forEach(a -> countryByAdjective.put(Names.fold(a), c));
            c.capitals().forEach(a -> countryByCapital.putIfAbsent(Names.fold(a), c));
        }
        for (String[] row : rows("organizations.tsv", 3)) {
            Organization o = new Organization(row[0], split(row[1]), row[2]);
            orgByName.put(Names.fold(o.name()), o);
            o.aliases().forEach(a -> orgByName.putIfAbsent(Names.fold(a), o));
            // Acronyms written in capitals are unambiguous enough to take even where NER saw nothing.
            java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()), o.aliases().stream())
                    .filter(a -> a.matches("[A-Z][A-Z0-9+-]{1,7}"))
                    .forEach(a -> exactOrgAcronyms.putIfAbsent(a, Names.fold(o.name())));
        }
        for (String[] row : rows("government-seats.tsv", 3)) {
            Organization o = new Organization(row[0], split(row[1]), "");
            orgByName.putIfAbsent(Names.fold(o.name()), o);
            o.aliases().forEach(a -> orgByName.putIfAbsent(Names.fold(a), o));
        }
        int longest = 1;
        for (String[] row : rows("titles.tsv", 3)) {
            String t = row[0].toLowerCase(Locale.ROOT);
            // A title listed twice ("governor") keeps its first, most common reading.
            titles.putIfAbsent(t, new Title(t, row[1].equals("leader"), row[2]));
            longest = Math.max(longest, t.split(" ").length);
        }
        longestTitleWords = longest;
        rows("place-heads.txt", 1).forEach(r -> placeHeads.add(r[0].toLowerCase(Locale.ROOT)));
        rows("institution-heads.txt", 1).forEach(r -> institutionHeads.add(r[0].toLowerCase(Locale.ROOT)));
        rows("company-suffixes.txt", 2).forEach(r -> {
            companySuffixes.add(r[0].toLowerCase(Locale.ROOT));
            if (r[1].equals("legal")) {
                legalForms.add(r[0].toLowerCase(Locale.ROOT));
            }
        });
        rows("feature-heads.txt", 1).forEach(r -> featureHeads.add(r[0].toLowerCase(Locale.ROOT)));
        rows("compass-words.txt", 1).forEach(r -> compassWords.add(r[0].toLowerCase(Locale.ROOT)));
        rows("honorifics.txt", 2).forEach(r -> {
            honorifics.add(Names.fold(r[0]));
            if (!r[1].isEmpty()) {
                honorificGenders.put(Names.fold(r[0]), r[1]);
            }
        });
        rows("regions.txt", 1).forEach(r -> regions.add(Names.fold(r[0])));
        rows("agreement-heads.txt", 2).forEach(r -> agreementHeads.put(r[0].toLowerCase(Locale.ROOT), !r[1].equals("named")));
        rows("evaluative-words.txt", 1).forEach(r -> evaluative.add(r[0].toLowerCase(Locale.ROOT)));
        rows("name-suffixes.txt", 1).forEach(r -> nameSuffixes.add(Names.fold(r[0])));
        for (String[] r : rows("office-time-words.txt", 2)) {
            try {
                officeTimeWords.put(r[0].toLowerCase(Locale.ROOT), OfficeTime.valueOf(r[1].toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new NewsKgException("gazetteer/office-time-words.txt: '" + r[0] + "' has '" + r[1]
                        + "' as its time; use former, current or future");
            }
        }
        rows("leader-words.txt", 1).forEach(r -> leaderWords.add(r[0].toLowerCase(Locale.ROOT)));
        rows("body-nouns.txt", 1).forEach(r -> bodyNouns.add(r[0].toLowerCase(Locale.ROOT)));
        rows("country-nouns.txt", 1).forEach(r -> countryNouns.add(r[0].toLowerCase(Locale.ROOT)));
        for (String[] r : rows("government-nouns.txt", 2)) {
            governmentNouns.put(r[0].toLowerCase(Locale.ROOT), r[1].equals("body"));
        }
        rows("office-verbs.txt", 1).forEach(r -> officeVerbs.add(r[0].toLowerCase(Locale.ROOT)));
        rows("body-office-titles.txt", 1).forEach(r -> bodyOfficeTitles.add(r[0].toLowerCase(Locale.ROOT)));
        rows("representative-nouns.txt", 1).forEach(r -> representativeNouns.add(r[0].toLowerCase(Locale.ROOT)));
        byKind("sports-words.txt", Map.of("verb", sportsVerbs, "cue", sportsCues));
        byKind("origin-words.txt", Map.of("division", divisionWords, "seat", seatWords));
    }

    /** A list of words, each of one kind (its second column), into the set of that kind. */
    private void byKind(String file, Map<String, Set<String>> kinds) {
        for (String[] r : rows(file, 2)) {
            Set<String> into = kinds.get(r[1]);
            if (into == null) {
                throw new NewsKgException("gazetteer/" + file + ": '" + r[0] + "' has '" + r[1] + "' as its kind; use "
                        + String.join(" or ", new java.util.TreeSet<>(kinds.keySet())));
            }
            into.add(r[0].toLowerCase(Locale.ROOT));
        }
    }

    /** Loads the gazetteer from the classpath; a missing or malformed file names itself and its line. */
    public static Gazetteer load() {
        return new Gazetteer();
    }

    public Optional<Country> country(String name) {
        return Optional.ofNullable(countryByName.get(Names.fold(name)));
    }

    /** An organization's capitalized acronym written exactly ("G7", "NATO"), for tokens NER left out. */
    public Optional<Organization> organizationAcronym(String token) {
        String folded = exactOrgAcronyms.get(token);
        return folded == null ? Optional.empty() : Optional.ofNullable(orgByName.get(folded));
    }

    /** A country written exactly as the list has it, case and dots included ("U.S.", not "us"). */
    public Optional<Country> countryExact(String name) {
        return Optional.ofNullable(countryByExactName.get(name));
    }

    public Optional<Country> countryByAdjective(String adjective) {
        return Optional.ofNullable(countryByAdjective.get(Names.fold(adjective)));
    }

    /** The country whose capital (seat of government) has this name. */
    public Optional<Country> countryOfCapital(String city) {
        return Optional.ofNullable(countryByCapital.get(Names.fold(city)));
    }

    public Optional<Organization> organization(String name) {
        return Optional.ofNullable(orgByName.get(Names.fold(name)));
    }

    public Optional<Title> title(String text) {
        // a typographic apostrophe is the list's plain one: "Chargé d’Affaires"
        return Optional.ofNullable(titles.get(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip()));
    }

    public int longestTitleWords() {
        return longestTitleWords;
    }

    /** Whether a name ending in this word, or made of it and "of ...", names a body ("... Council", "Ministry of ..."). */
    public boolean isInstitutionHead(String word) {
        return institutionHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name ending in this word names a place ("... Palace", "... Airport"). */
    public boolean isPlaceHead(String word) {
        return placeHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether this word names a division of a country ("the Freedonian city of ..."). */
    public boolean isDivisionWord(String word) {
        return divisionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether this word says where a body sits ("Velmora-based", "headquartered in"). */
    public boolean isSeatWord(String word) {
        return seatWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether this is a generational suffix ("Jr.") rather than a name. */
    public boolean isNameSuffix(String word) {
        return nameSuffixes.contains(Names.fold(word));
    }

    /** Whether a noun heads an agreement's name ("deal", "treaty", "Accords"). */
    public boolean isAgreementHead(String word) {
        return agreementHeads.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether an unnamed mention with this head ("the deal") stands for the article's agreement. */
    public boolean isGenericAgreementHead(String word) {
        return agreementHeads.getOrDefault(word.toLowerCase(Locale.ROOT), false);
    }

    /** Whether a modifier praises or ranks rather than describes ("landmark", "historic"). */
    public boolean isEvaluative(String word) {
        return evaluative.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether this names a continent or world region ("Asia", "Middle East"). */
    /** "Velcor" for "Velcor Group SpA": a company's name without the legal form and "Group" that end it. */
    public String withoutCompanySuffixes(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(name.trim().split("\\s+")));
        while (w.size() > 1 && companySuffixes.contains(w.get(w.size() - 1).replace(",", "").toLowerCase(Locale.ROOT))) {
            w.remove(w.size() - 1);
        }
        String core = String.join(" ", w);
        core = core.endsWith(",") ? core.substring(0, core.length() - 1) : core;
        // "Velcor Harbour (NZ)": the national company of a group goes by the group's name
        return core.replaceFirst("\\s+\\((\\p{Lu}{2,3}|\\p{Lu}\\.\\p{Lu}\\.)\\)$", "");
    }

    /** Whether a word is a company's legal form ("Limited", "plc", "GmbH"), which only ends a company's name. */
    public boolean isLegalForm(String word) {
        return legalForms.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word heads the name of a sea, strait or such feature ("Sea" in "the Chinese Sea"). */
    public boolean isFeatureHead(String word) {
        return featureHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word names part of a continent before its name ("Central" in "Central Asia"). */
    public boolean isCompassWord(String word) {
        return compassWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isRegion(String name) {
        return regions.contains(Names.fold(name));
    }

    /** When a word before a title places its holding ("former" -> FORMER, "acting" -> CURRENT). */
    public Optional<OfficeTime> officeTime(String word) {
        return Optional.ofNullable(officeTimeWords.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether a noun describes the head of something without being a title ("leader", "chief"). */
    public boolean isLeaderWord(String word) {
        return leaderWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a common noun says what kind of body the name after it is ("carmaker", "union"). */
    public boolean isBodyNoun(String word) {
        return bodyNouns.contains(word);
    }

    /** Whether a lower-case word is part of the name of a country's government or one of its bodies ("foreign", "ministry"). */
    public boolean isGovernmentNoun(String word) {
        return governmentNouns.containsKey(word);
    }

    /** Whether a lower-case noun names a country's government or one of its bodies by itself ("ministry", "embassy"). */
    public boolean isGovernmentBody(String word) {
        return governmentNouns.getOrDefault(word.toLowerCase(Locale.ROOT), false);
    }

    /** Whether a verb's lemma gives its subject the office its complement names ("appoint", "become", "serve"). */
    public boolean isOfficeVerb(String lemma) {
        return officeVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a title is an office held in a body rather than in a place or under a person ("vice president"). */
    public boolean isBodyOffice(String title) {
        return bodyOfficeTitles.contains(title.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun's lemma names people who act for what follows their "from" ("officials from Freedonia"). */
    public boolean isRepresentativeNoun(String lemma) {
        return representativeNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a common noun can refer back to a country ("the country", "the nation"). */
    public boolean isCountryNoun(String word) {
        return countryNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a verb's lemma is what teams do to each other ("beat", "draw", "face"). */
    public boolean isSportsVerb(String lemma) {
        return sportsVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a word speaks of sport ("final", "goal", "tournament"). */
    public boolean isSportsCue(String word) {
        return sportsCues.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(Names.fold(word));
    }

    /** "male" for "Mr", "female" for "Mrs": the gender an honorific says its bearer has, if any. */
    public Optional<String> honorificGender(String word) {
        return Optional.ofNullable(honorificGenders.get(Names.fold(word)));
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.read("gazetteer/" + file, columns, false)) {
            if (row.cells()[0].isEmpty()) {
                throw new NewsKgException(row.where() + ": empty first column");
            }
            out.add(row.cells());
        }
        return out;
    }

    /** Titles sorted longest first, for greedy matching. */
    List<String> titlesLongestFirst() {
        List<String> all = new ArrayList<>(titles.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        return all;
    }
}
