package org.newskg.nlp;

import edu.stanford.nlp.coref.hybrid.HybridCorefProperties;
import edu.stanford.nlp.io.IOUtils;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.newskg.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coreference's gender and number list (Bergsma and Lin 2006), cut to what CoreNLP keeps of it. CoreNLP
 * reads all 3.1 million lines, twice (its mention finder and its coreference system each load the
 * dictionaries), and keeps only the 706 thousand whose counts decide a gender: about 4 s of CPU a load.
 *
 * <ul>
 * <li>{@link #known}: the deciding lines alone, in the file's order, derived once into the user's cache
 *     folder (as {@link CorefWordCounts} does). CoreNLP builds the same map from them: an undecided line
 *     is skipped and never overrides an earlier one.</li>
 * <li>{@link #cut}: of those, the lines whose words can all be words of some texts' tokens (CoreNLP looks
 *     up a mention's words in lower case), for a pipeline that annotates only those texts.</li>
 * </ul>
 */
final class CorefGenderNumber {
    private static final Logger LOG = LoggerFactory.getLogger(CorefGenderNumber.class);
    static final String KEY = HybridCorefProperties.GENDER_NUMBER_PROP;

    private CorefGenderNumber() {}

    /** Whether a pipeline with {@code props} runs coreference with CoreNLP's own list. */
    static boolean applies(Properties props) {
        return ("," + props.getProperty("annotators", "").replace(" ", "") + ",").contains(",coref,") && props.getProperty(KEY) == null;
    }

    /** CoreNLP's list as a pipeline with {@code props} reads it. */
    static String source(Properties props) {
        return HybridCorefProperties.getGenderNumber(props);
    }

    /**
     * The deciding lines of {@code source} in {@code folder}, made now if they are not there yet; empty
     * (and said in the log) when they cannot be made: CoreNLP's own list then serves.
     */
    static Optional<Path> known(String source, Path folder) {
        Path file = folder.resolve(edu.stanford.nlp.util.StringUtils.getBaseName(source).replace(".gz", "") + "-decided.gz");
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        try (BufferedReader in = IOUtils.readerFromString(source)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int read = 0;
            int kept = 0;
            try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    read++;
                    if (decides(line)) {
                        out.write(line);
                        out.write('\n');
                        kept++;
                    }
                }
            }
            Files.createDirectories(folder);
            AtomicFiles.writeAtomically(file, bytes.toByteArray());
            LOG.info("coreference gender list cut from {} to {} lines in {}", read, kept, file);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not cut the coreference gender list into {} ({}); CoreNLP reads its own file", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes the lines of {@code known} whose words can all be words of {@code vocabulary}'s texts to a
     * new file in {@code folder} ({@link TokenVocabulary#mayHold}).
     */
    static Path cut(Path known, TokenVocabulary vocabulary, Path folder) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        try (BufferedReader in = IOUtils.readerFromString(known.toString())) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab < 0 || vocabulary.mayHold(line.substring(0, tab))) {
                    kept.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the coreference gender list " + known, e);
        }
        return CutFile.write(kept, folder, "gender-", ".txt", "coreference gender list");
    }

    /** CoreNLP's test (Dictionaries.loadGenderNumber): whether the line's counts decide a gender. */
    static boolean decides(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return true;    // CoreNLP would fail on it: keep it, so that it still does
        }
        String[] c = line.substring(tab + 1).split(" ");
        if (c.length < 3) {
            return true;
        }
        try {
            int male = Integer.parseInt(c[0]);
            int female = Integer.parseInt(c[1]);
            int neutral = Integer.parseInt(c[2]);
            return (male * 0.5 > female + neutral && male > 2)
                    || (female * 0.5 > male + neutral && female > 2)
                    || (neutral * 0.5 > male + female && neutral > 2);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
