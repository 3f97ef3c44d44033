package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gender given names usually have, from the list CoreNLP's coreference ships in its models jar
 * ({@value #RESOURCE}: 14,607 English given names, each MALE or FEMALE). Read once, on first use.
 */
final class NameGenders {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private NameGenders() {
    }

    private static final class Holder {
        static final Map<String, String> GENDERS = load();
    }

    /** "male" or "female" for a given name the list has ("Ivo": male), else empty. */
    static Optional<String> of(String givenName) {
        return Optional.ofNullable(Holder.GENDERS.get(givenName.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> load() {
        InputStream in = NameGenders.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path: the CoreNLP models jar is missing");
        }
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t");
                if (c.length == 2 && c[1].matches("MALE|FEMALE")) {
                    out.put(c[0].strip().toLowerCase(Locale.ROOT), c[1].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }
}
