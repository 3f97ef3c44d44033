package org.newskg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LocalEntity}'s names come out in one order however they went in, so its records are the same each run. */
class LocalEntityTest {
    private static final List<Mention> MENTIONS = List.of(new Mention(0, 0, 10, "Lena Marsh"));

    @Test
    void theNamesAreInAlphabeticalOrderWhateverTheOrderGiven() throws Exception {
        LocalEntity a = entity("Lena Marsh", "Marsh", "L. Marsh");
        LocalEntity b = entity("Marsh", "L. Marsh", "Lena Marsh");
        assertEquals(List.of("L. Marsh", "Lena Marsh", "Marsh"), List.copyOf(a.names()));
        assertEquals(List.copyOf(a.names()), List.copyOf(b.names()));
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.writeValueAsString(a), json.writeValueAsString(b));
        assertEquals(a, json.readValue(json.writeValueAsString(b), LocalEntity.class));
    }

    @Test
    void theNamesCannotBeChanged() {
        LocalEntity a = entity("Lena Marsh");
        assertThrows(UnsupportedOperationException.class, () -> a.names().add("Marsh"));
    }

    private static LocalEntity entity(String... names) {
        return new LocalEntity(0, EntityType.PERSON, "Lena Marsh", new LinkedHashSet<>(List.of(names)), null, MENTIONS);
    }
}
