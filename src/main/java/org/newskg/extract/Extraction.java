package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.model.Assertion;

/**
 * What the extractors have found in one article so far: its entity layer, its assertions, and the
 * article's own country once {@link TitleContext} has told it (the entity id of the country whose
 * government the article speaks for). Each {@link Extractor} takes one and gives a new one; none is
 * changed in place.
 */
public record Extraction(EntityLayer layer, List<Assertion> assertions, Optional<Integer> home) {
    public Extraction {
        assertions = List.copyOf(assertions);
    }

    /** Before any extractor ran: no entities, no assertions. */
    public static Extraction empty() {
        return new Extraction(new EntityLayer(List.of(), java.util.Map.of()), List.of(), Optional.empty());
    }

    public Extraction withLayer(EntityLayer newLayer) {
        return new Extraction(newLayer, assertions, home);
    }

    public Extraction withHome(Optional<Integer> country) {
        return new Extraction(layer, assertions, country);
    }

    public Extraction plus(List<Assertion> more) {
        List<Assertion> all = new ArrayList<>(assertions);
        all.addAll(more);
        return new Extraction(layer, all, home);
    }
}
