package org.goodpractice.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.goodpractice.store.StoreException;
import org.goodpractice.store.StoreException.Kind;
import org.junit.jupiter.api.Test;

/** Each way a store may not make an admin write has its own status, and the message the store gave. */
class StoreRefusalsTest {
    private static ActionErrorException answer(Kind kind) {
        return StoreRefusals.refusal(new StoreException(kind, "what the store said", null), "write");
    }

    @Test
    void aConflictIs409AnUnreachableStore503AndARefusal400() {
        assertEquals(409, answer(Kind.CONFLICT).getRC());
        assertEquals(503, answer(Kind.UNREACHABLE).getRC());
        assertEquals(400, answer(Kind.REFUSED).getRC());
        assertEquals(400, answer(Kind.FAILED).getRC());
        assertTrue(answer(Kind.REFUSED).getMessage().contains("nothing was changed: what the store said"),
                answer(Kind.REFUSED).getMessage());
        assertEquals("what the store said", answer(Kind.CONFLICT).getMessage());
    }
}
