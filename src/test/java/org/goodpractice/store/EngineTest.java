package org.goodpractice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** What the engines change in the text sent and the terms stored; the engine tests check the effect on a real Virtuoso. */
class EngineTest {
    @Test
    void namesAreReadWithoutCaseAndAnUnknownOneSaysWhatToUse() {
        assertEquals(Engine.VIRTUOSO, Engine.parse("Virtuoso"));
        assertEquals(Engine.JENA, Engine.parse("fuseki"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engine.parse("blazegraph"));
        assertTrue(e.getMessage().contains("jena") && e.getMessage().contains("virtuoso"), e.getMessage());
    }

    @Test
    void jenaGetsTheQueryAsWritten() {
        String query = "SELECT * WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }";
        assertEquals(QueryFactory.create(query).serialize(), Engine.JENA.text(QueryFactory.create(query)));
    }

    @Test
    void virtuosoHidesItsGraphsAndTheLogAndNamesNoConstantGraph() {
        String text = Engine.VIRTUOSO.text(QueryFactory.create("SELECT * WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }"));
        assertTrue(text.contains("DEFINE input:default-graph-exclude <" + Engine.VIRTUOSO.logGraph() + ">"), text);
        assertTrue(text.contains("DEFINE input:named-graph-exclude <http://www.openlinksw.com/schemas/virtrdf#>"), text);
        assertFalse(text.contains("GRAPH <http://example.org/g>"), text);
        assertTrue(text.contains("<http://example.org/g>"), text);
        String select = text.substring(text.indexOf("SELECT"));
        assertEquals(1, QueryFactory.create(select).getProjectVars().stream().filter(v -> v.getVarName().equals("s")).count());
    }

    @Test
    void virtuosoStoresDurationsAndWktUnderStandInsAndReadsThemBack() {
        Node duration = NodeFactory.createLiteralDT("P11Y", XSDDatatype.XSDduration);
        Node wkt = NodeFactory.createLiteralDT("POINT(-2.36172 51.3751)",
                TypeMapper.getInstance().getSafeTypeByName("http://www.opengis.net/ont/geosparql#wktLiteral"));
        for (Node literal : new Node[] {duration, wkt}) {
            Node stored = Engine.VIRTUOSO.toStore(literal);
            assertTrue(stored.getLiteralDatatypeURI().startsWith("urn:x-goodpractice:stored#"), stored.toString());
            assertEquals(literal, Engine.VIRTUOSO.fromStore(stored));
            assertEquals(literal, Engine.JENA.toStore(literal));
        }
        Node plain = NodeFactory.createLiteralString("P11Y");
        assertEquals(plain, Engine.VIRTUOSO.toStore(plain));
    }
}
