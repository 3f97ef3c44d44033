package org.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;
import org.newskg.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's fine-grained NER rules with only the cities NewsKG's knowledge base knows. The caseless
 * rules are 581,864 lines, 533,182 of them cities of the world, and building their matcher is most of
 * NER's model loading; with the knowledge base's cities (GeoNames' over 15,000 people, and capitals)
 * 69,393 lines are left. On all 14 evaluation sets every fact and relation stayed the same, and the
 * models were ready in 12.7 s instead of 24.9 s (docs/PERFORMANCE.md). A town the knowledge base does
 * not know is then tagged LOCATION rather than CITY, so the choice is part of the configuration
 * ({@value #SETTING} in {@link NlpConfig#defaults()}, hence its fingerprint). The file is derived
 * from CoreNLP's own on first use, kept in the user's cache folder and never part of the project.
 */
public final class FineGrainedCities {
    private static final Logger LOG = LoggerFactory.getLogger(FineGrainedCities.class);
    /** NewsKG's setting: the knowledge base's version, or absent for CoreNLP's whole list. */
    static final String SETTING = "newskg.ner.fine.cities";
    private static final String GAZETTEERS = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    /** CoreNLP's default for the fine-grained rules (NERCombinerAnnotator), with the caseless file replaced. */
    private static final String MAPPING = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,%s;" + GAZETTEERS + "regexner_cased.tab";

    private FineGrainedCities() {}

    /**
     * The pipeline's properties with the fine-grained rules cut to the cities {@code known} accepts,
     * when {@value #SETTING} asks for it; else the properties as they are.
     */
    static Properties withKnownCities(Properties p, Path cacheFolder, Predicate<String> known) {
        String version = p.getProperty(SETTING);
        if (version == null || p.getProperty("ner.fine.regexner.mapping") != null) {
            return p;
        }
        Properties q = new Properties();
        q.putAll(p);
        q.remove(SETTING);
        q.setProperty("ner.fine.regexner.mapping", String.format(MAPPING, rules(cacheFolder, version, known)));
        return q;
    }

    /** The cut rules for this knowledge base version, made now if they are not there yet. */
    static Path rules(Path folder, String version, Predicate<String> known) {
        Path file = folder.resolve("regexner_caseless-cities-" + version + ".tab");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try (InputStream in = FineGrainedCities.class.getClassLoader().getResourceAsStream(GAZETTEERS + "regexner_caseless.tab")) {
            StringBuilder kept = new StringBuilder(8 << 20);
            int all = 0;
            int cities = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "CoreNLP's models jar"),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    all++;
                    String[] f = line.split("\t", 3);
                    boolean city = f.length > 1 && f[1].equals("CITY");
                    if (!city || known.test(f[0])) {
                        kept.append(line).append('\n');
                        cities += city ? 1 : 0;
                    }
                }
            }
            Path target = file;
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                // Not writable: a file of its own in the temporary folder gives the same rules.
                target = Files.createTempFile("newskg-regexner-cities-", ".tab");
                target.toFile().deleteOnExit();
                LOG.warn("cannot write {} ({}); the fine-grained rules go to {}", folder, e, target);
            }
            AtomicFiles.writeAtomically(target, kept.toString().getBytes(StandardCharsets.UTF_8));
            LOG.info("fine-grained NER rules: {} lines of {} kept ({} cities) in {}", kept.chars().filter(c -> c == '\n').count(), all,
                    cities, target);
            return target;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot derive the fine-grained NER rules into " + file + ": " + e.getMessage(), e);
        }
    }
}
