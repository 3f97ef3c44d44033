package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.nlp.ParsedText;

/** Bare titles ("the Prime Minister") as mentions of the one person the article gives the title to. */
class TitleReferencesIT {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static EntityLayer layer(String text) {
        return new TitleReferences(GAZETTEER).apply(Parsed.text(text), titled(text)).layer();
    }

    /** The extraction before title references: entities (with CoreNLP's coreference) and titles. */
    private static Extraction titled(String text) {
        ParsedText t = Parsed.text(text);
        return new TitleExtractor(GAZETTEER).apply(t, new EntityExtractor(GAZETTEER).apply(t, Extraction.empty()));
    }

    /** Whether title references left the text's entity layer as coreference made it. */
    private static void assertUnchanged(String text) {
        assertEquals(titled(text).layer(), layer(text), text);
    }

    private static LocalEntity named(EntityLayer l, String name) {
        return l.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTitleAloneIsItsOneHolder() {
        String text = "Prime Minister Ana Example and Ivo Sample signed the accord in Oslo. Lena Probe, who chairs the council, "
                + "praised it. The Prime Minister said it would last.";
        assertEquals(Optional.empty(), titled(text).layer().at(2, 3), "coreference alone leaves the title no one's");
        EntityLayer l = layer(text);
        LocalEntity ana = named(l, "Ana Example");
        assertEquals(Optional.of(ana), l.at(2, 3), "'Minister' in 'The Prime Minister said'");
        assertTrue(ana.mentions().stream().map(Mention::text).toList().contains("The Prime Minister"), ana.mentions().toString());
    }

    @Test
    void aTitleTwoPeopleHoldOrOnceHeldIsNoOnes() {
        // Near misses: two presidents; a former president and no current one; a title with its own
        // scope, another office. (CoreNLP's coreference may still link a title; this extractor adds nothing.)
        assertUnchanged("President Ana Example welcomed President Ivo Sample. The President thanked him.");
        assertUnchanged("Former President Ana Example endorsed Ivo Sample. The President did not attend.");
        assertUnchanged("President Ana Example spoke. The President of the Senate, Ivo Sample, replied.");
    }
}
