package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The changes since a version, read from the lists of the versions after it or, for older versions, from every graph's version. */
class ChangeLogTest {
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    @Test
    void theChangesSinceAVersionAreTheGraphsOfTheVersionsAfterIt() {
        ChangeLog.record(dsg, graphs("a"));
        long one = ChangeLog.record(dsg, graphs("b"));
        ChangeLog.record(dsg, graphs("a"));
        long now = ChangeLog.record(dsg, graphs("c", "d"));

        assertEquals(Set.of("urn:g:a", "urn:g:c", "urn:g:d"), ChangeLog.changesSince(dsg, one).graphs());
        assertEquals(Set.of("urn:g:c", "urn:g:d"), ChangeLog.changesSince(dsg, now - 1).graphs());
        assertTrue(ChangeLog.changesSince(dsg, now).none());
        assertTrue(ChangeLog.changesSince(dsg, now + 1).everything(), "a version the store has not reached is not one of its own");
    }

    @Test
    void aStoreFromBeforeTheListsStillAnswersForItsOlderVersionsAndListsItsNewOnes() {
        long old = ChangeLog.record(dsg, graphs("a"));
        ChangeLog.record(dsg, graphs("b"));
        // What a store written before the lists holds: every graph's last version, no list, no mark of where lists start.
        dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, NodeFactory.createURI("urn:x-goodpractice:store#changed"), Node.ANY);
        dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, NodeFactory.createURI("urn:x-goodpractice:store#changesListedFrom"), Node.ANY);
        long before = ChangeLog.version(dsg);

        long now = ChangeLog.record(dsg, graphs("c"));

        assertEquals(Set.of("urn:g:b", "urn:g:c"), ChangeLog.changesSince(dsg, old).graphs(), "read from every graph's version");
        assertEquals(Set.of("urn:g:c"), ChangeLog.changesSince(dsg, before).graphs(), "read from the list of the new version");
        assertEquals(now, ChangeLog.version(dsg));
    }

    private static Set<Node> graphs(String... names) {
        return java.util.Arrays.stream(names).map(n -> NodeFactory.createURI("urn:g:" + n)).collect(java.util.stream.Collectors.toSet());
    }
}
