package org.newskg.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.newskg.NewsKgException;
import org.newskg.model.EntityType;
import org.newskg.model.Names;
import org.newskg.model.Relation;

/**
 * A gold file: the entities and facts a correct graph built from some articles holds, written by a
 * person who read them. The format is {@code docs/GOLD-FORMAT.md}.
 *
 * <pre>
 * GoldFile gold = GoldFile.read(Path.of("gold.json"));   // NewsKgException naming the file and the problem
 * gold.entities().size();
 * </pre>
 *
 * Reading checks what would otherwise score silently wrong: unknown keys (a misspelt
 * {@code "requried"} would make an entry required), a type or relation that is not a core one, a
 * fact naming an entity the file does not list, a pattern that does not compile.
 *
 * @param source   where the gold came from, for messages
 * @param entities in file order
 * @param facts    in file order
 */
public record GoldFile(String source, List<Entity> entities, List<Fact> facts) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> TOP_KEYS = Set.of("about", "note", "comment", "entities", "facts");
    private static final Set<String> ENTITY_KEYS = Set.of("id", "type", "names", "pattern", "required", "note", "comment");
    private static final Set<String> FACT_KEYS =
            Set.of("s", "p", "o", "alternatives", "literal", "symmetric", "required", "status", "note", "comment");
    /** What a gold fact's article does with it; only "asserted" (the default) is a fact the graph must hold. */
    public static final List<String> STATUSES = List.of("asserted", "negated", "planned", "hypothetical", "alleged");

    public GoldFile {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /**
     * A gold entity.
     *
     * @param names   the names it goes by, as written (folded when compared)
     * @param pattern a regular expression searched for in folded labels ({@code find}, not a whole
     *                match: anchor it with {@code ^...$} to match whole labels)
     * @param required whether the graph must hold it (default true)
     */
    public record Entity(String id, EntityType type, List<String> names, Optional<Pattern> pattern, boolean required) {
        public Entity {
            names = List.copyOf(names);
        }

        /** E.g. {@code ada-varro (Person: Ada Varro, Varro)}. */
        public String describe() {
            List<String> shown = new ArrayList<>(names);
            pattern.ifPresent(p -> shown.add("/" + p.pattern() + "/"));
            return id + " (" + type.localName() + ": " + String.join(", ", shown) + ")";
        }
    }

    /**
     * A gold fact: {@code s} linked by one of the relations {@code p} to {@code o} (or one of the
     * {@code alternatives}), or to a literal that contains {@code literal}. Exactly one of {@code o}
     * and {@code literal} is present.
     *
     * @param p            relation local names, e.g. {@code [leaderOf]}
     * @param alternatives entity ids that are as good as {@code o}; empty for literal facts
     * @param symmetric    whether it also holds from {@code o} to {@code s}
     * @param required     whether the graph must hold it (default true)
     * @param status       what the articles do with it: "asserted" (the default), or "negated",
     *                     "planned", "hypothetical", "alleged": then it must not be a plain triple, and
     *                     the graph should keep it as a statement of that status
     */
    public record Fact(String s, List<String> p, Optional<String> o, List<String> alternatives, Optional<String> literal,
            boolean symmetric, boolean required, String status) {
        public Fact {
            p = List.copyOf(p);
            alternatives = List.copyOf(alternatives);
        }

        public Fact(String s, List<String> p, Optional<String> o, List<String> alternatives, Optional<String> literal,
                    boolean symmetric, boolean required) {
            this(s, p, o, alternatives, literal, symmetric, required, "asserted");
        }

        /** Whether the articles state it as true (a fact), not deny, plan, suppose or allege it. */
        public boolean asserted() {
            return status.equals("asserted");
        }

        public boolean isLiteral() {
            return literal.isPresent();
        }

        /** {@code o} and the alternatives; empty for a literal fact. */
        public List<String> objects() {
            List<String> all = new ArrayList<>();
            o.ifPresent(all::add);
            all.addAll(alternatives);
            return all;
        }

        /** E.g. {@code ada-varro metWith bo-lind (either way)}, {@code pact date "2031-02-03"}. */
        public String describe() {
            String object = literal.map(l -> "\"" + l + "\"").orElseGet(() -> String.join(" or ", objects()));
            return s + " " + String.join("|", p) + " " + object + (symmetric ? " (either way)" : "") + (asserted() ? "" : " [" + status + "]");
        }
    }

    /** Reads and checks a gold file. */
    public static GoldFile read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new NewsKgException("gold file " + file + " not found; give --gold the path of a gold JSON file");
        } catch (IOException e) {
            throw new NewsKgException("cannot read gold file " + file + ": " + e.getMessage()
                    + (e instanceof java.nio.charset.CharacterCodingException ? " (not UTF-8 text?)" : ""), e);
        }
        return parse(text, file.toString());
    }

    /** Parses and checks gold JSON; {@code source} names it in messages. */
    public static GoldFile parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new NewsKgException("gold file " + source + " is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        return new Reader(source).file(root);
    }

    /** Turns the JSON tree into records, failing on the first problem with its place in the file. */
    private record Reader(String source) {
        GoldFile file(JsonNode root) {
            if (root == null || root.isMissingNode() || !root.isObject()) {
                throw problem("the file", "must be a JSON object with \"entities\" and \"facts\"");
            }
            checkKeys(root, TOP_KEYS, "the file");
            JsonNode es = root.get("entities");
            if (es == null || !es.isArray() || es.isEmpty()) {
                throw problem("the file", "needs a non-empty \"entities\" array");
            }
            List<Entity> entities = new ArrayList<>();
            Map<String, Entity> byId = new HashMap<>();
            for (int i = 0; i < es.size(); i++) {
                Entity e = entity(es.get(i), "entities[" + i + "]");
                if (byId.putIfAbsent(e.id(), e) != null) {
                    throw problem("entities[" + i + "]", "id '" + e.id() + "' is used twice");
                }
                entities.add(e);
            }
            List<Fact> facts = new ArrayList<>();
            JsonNode fs = root.get("facts");
            if (fs != null && !fs.isNull()) {
                if (!fs.isArray()) {
                    throw problem("the file", "\"facts\" must be an array");
                }
                for (int i = 0; i < fs.size(); i++) {
                    facts.add(fact(fs.get(i), "facts[" + i + "]", byId));
                }
            }
            return new GoldFile(source, entities, facts);
        }

        private Entity entity(JsonNode n, String at) {
            if (!n.isObject()) {
                throw problem(at, "must be an object");
            }
            String id = text(n, "id", at, true);
            String where = at + " ('" + id + "')";
            checkKeys(n, ENTITY_KEYS, where);
            String typeName = text(n, "type", where, true);
            EntityType type = Arrays.stream(EntityType.values()).filter(t -> t.localName().equals(typeName)).findFirst()
                    .orElseThrow(() -> problem(where, "type '" + typeName + "' is not one of " + Arrays.stream(EntityType.values())
                            .map(EntityType::localName).collect(Collectors.joining(", "))));
            List<String> names = strings(n, "names", where);
            for (String name : names) {
                if (Names.fold(name).isEmpty()) {
                    throw problem(where, "name \"" + name + "\" has no letters or digits");
                }
            }
            Optional<Pattern> pattern = Optional.ofNullable(text(n, "pattern", where, false)).map(p -> {
                try {
                    // Folded labels are lower case already; case-insensitive so "US-Japan" in a pattern still works.
                    return Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                } catch (PatternSyntaxException e) {
                    throw problem(where, "pattern does not compile: " + e.getDescription() + " near index " + e.getIndex());
                }
            });
            if (names.isEmpty() && pattern.isEmpty()) {
                throw problem(where, "needs \"names\" (or a \"pattern\")");
            }
            return new Entity(id, type, names, pattern, bool(n, "required", where, true));
        }

        private Fact fact(JsonNode n, String at, Map<String, Entity> byId) {
            if (!n.isObject()) {
                throw problem(at, "must be an object");
            }
            checkKeys(n, FACT_KEYS, at);
            String s = entityRef(text(n, "s", at, true), at, "s", byId);
            List<String> p = n.has("p") && n.get("p").isTextual() ? List.of(n.get("p").asText()) : strings(n, "p", at);
            if (p.isEmpty()) {
                throw problem(at, "needs \"p\", a list of relation names");
            }
            for (String r : p) {
                try {
                    Relation.byLocalName(r);
                } catch (IllegalArgumentException e) {
                    throw problem(at, "relation '" + r + "' is not a core relation (" + Arrays.stream(Relation.values())
                            .map(Relation::localName).collect(Collectors.joining(", ")) + ")");
                }
            }
            String o = text(n, "o", at, false);
            String literal = text(n, "literal", at, false);
            if ((o == null) == (literal == null)) {
                throw problem(at, "needs exactly one of \"o\" (an entity id) and \"literal\"");
            }
            if (literal != null && literal.isBlank()) {
                throw problem(at, "\"literal\" is empty");
            }
            if (o != null) {
                entityRef(o, at, "o", byId);
            }
            List<String> alternatives = strings(n, "alternatives", at);
            if (literal != null && !alternatives.isEmpty()) {
                throw problem(at, "\"alternatives\" go with \"o\", not with \"literal\"");
            }
            alternatives.forEach(a -> entityRef(a, at, "alternatives", byId));
            String status = text(n, "status", at, false);
            if (status != null && !STATUSES.contains(status)) {
                throw problem(at, "\"status\" is '" + status + "'; use one of " + String.join(", ", STATUSES));
            }
            return new Fact(s, p, Optional.ofNullable(o), alternatives, Optional.ofNullable(literal),
                    bool(n, "symmetric", at, false), bool(n, "required", at, true), status == null ? "asserted" : status);
        }

        private String entityRef(String id, String at, String key, Map<String, Entity> byId) {
            if (!byId.containsKey(id)) {
                throw problem(at, "\"" + key + "\": no entity with id '" + id + "' in \"entities\"");
            }
            return id;
        }

        private void checkKeys(JsonNode n, Set<String> known, String at) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!known.contains(k)) {
                    throw problem(at, "unknown key \"" + k + "\"; known keys: " + String.join(", ", new java.util.TreeSet<>(known)));
                }
            }
        }

        private String text(JsonNode n, String key, String at, boolean required) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    throw problem(at, "needs \"" + key + "\"");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw problem(at, "\"" + key + "\" must be a non-empty string");
            }
            return v.asText();
        }

        private List<String> strings(JsonNode n, String key, String at) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw problem(at, "\"" + key + "\" must be a list of strings");
            }
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode x : v) {
                if (!x.isTextual() || x.asText().isBlank()) {
                    throw problem(at, "\"" + key + "\" must hold only non-empty strings, not " + x);
                }
                out.add(x.asText());
            }
            return List.copyOf(out);
        }

        private boolean bool(JsonNode n, String key, String at, boolean dflt) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                return dflt;
            }
            if (!v.isBoolean()) {
                throw problem(at, "\"" + key + "\" must be true or false, not " + v);
            }
            return v.asBoolean();
        }

        private NewsKgException problem(String at, String what) {
            return new NewsKgException("gold file " + source + ": " + at + " " + what);
        }
    }
}
