package org.newskg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityKeyTest {
    @Test
    void theStoredFormReadsBackAsTheSameKey() {
        for (EntityKey k : new EntityKey[] {EntityKey.country("FD"), EntityKey.organization("Lumen Council"),
                EntityKey.city("Port Adel, Freedonia"), EntityKey.articleAgreement("3f9a")}) {
            assertEquals(k, EntityKey.parse(k.toString()), k.toString());
        }
        assertEquals("country:FD", EntityKey.country("FD").toString());
    }

    @Test
    void aCityIsOneKeyWithOrWithoutWhatFollowsTheComma() {
        assertEquals(EntityKey.city("Port Adel"), EntityKey.city("Port Adel, Freedonia"));
    }

    @Test
    void noKeyIsNullAndAnUnknownPrefixIsAnError() {
        assertNull(EntityKey.parse(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntityKey.parse("person:ana"));
        assertTrue(e.getMessage().contains("person:ana"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EntityKey.country(""));
    }

    @Test
    void onlyGazetteerIdentitiesAreCanonical() {
        assertTrue(EntityKey.country("FD").canonical());
        assertTrue(EntityKey.organization("Lumen Council").canonical());
        assertFalse(EntityKey.city("Port Adel").canonical());
        assertFalse(EntityKey.articleAgreement("3f9a").canonical());
    }
}
