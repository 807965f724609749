package org.goodpractice.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.TestData;
import org.goodpractice.ingest.MappedRecord.Address;
import org.goodpractice.ingest.MappedRecord.Evidence;
import org.goodpractice.ontology.Ontology;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.vocab.GP;
import org.junit.jupiter.api.Test;

/**
 * A new format gets places and indicators without doing anything for them: {@link Note} maps only
 * the text its source says (a title, an address line, an evidence line), and {@link RecordChecker}
 * enriches it as it does every format's records.
 */
class EnrichmentTest {
    private static final String BASE = TestData.BASE;
    private static final Model ONTOLOGY = Ontology.load(BASE);

    /** Line 1 the title, line 2 the address as written, line 3 the evidence. */
    private static final class Note implements RecordFormat {
        @Override
        public String name() {
            return "note";
        }

        @Override
        public String shape() {
            return "a note has three lines";
        }

        @Override
        public boolean looksLike(SourceText source) {
            return source.lines().size() == 3;
        }

        @Override
        public MappedRecord map(SourceText source, Predicate<String> graphTaken) {
            String title = source.lines().get(0);
            Model m = ModelFactory.createDefaultModel();
            m.createResource(Iris.practice(BASE, "note"), GP.GoodPractice)
                    .addProperty(DCTerms.identifier, "note")
                    .addProperty(DCTerms.title, title, "en")
                    .addProperty(GP.programme, m.createResource(BASE + AnnexMapper.PROGRAMME))
                    .addProperty(GP.priority, m.createResource(ProgrammeSchemes.from(ONTOLOGY, BASE)
                            .priorityByNumber("1").orElseThrow().iri()));
            return MappedRecord.of("note", title, Iris.practice(BASE, "note"), Iris.practiceGraph(BASE, "note"), m,
                    Address.of(source.lines().get(1)), new Evidence(List.of(source.lines().get(2)), List.of(), 3, "Evidence"),
                    title);
        }
    }

    private static RecordChecker.Checked check(String... lines) {
        RecordChecker checker = new RecordChecker(BASE, ONTOLOGY, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                new RecordFormats(List.of(new Note())));
        return checker.check(new SourceText(Path.of("note.txt"), List.of(lines), "0".repeat(64)));
    }

    @Test
    void aFormatMappingOnlyTextGetsGazetteerLinksAndIndicators() {
        RecordChecker.Checked checked = check("Lyon start-ups", "FRANCE RHÔNE-ALPES Lyon",
                "The scheme helped to create 120 new companies in two years.");
        Model m = checked.model();
        Resource practice = m.getResource(Iris.practice(BASE, "note"));
        Gazetteer gazetteer = Gazetteer.bundled();
        String france = gazetteer.countries().byName("France").orElseThrow().iri();
        String lyon = gazetteer.nuts3(gazetteer.cities().byName("FR", "Lyon").orElseThrow()).orElseThrow().iri();
        assertTrue(practice.hasProperty(GP.country, m.getResource(france)), "the address text's country is linked");
        assertTrue(practice.hasProperty(GP.region, m.getResource(lyon)), "the city's NUTS-3 region is linked");
        assertTrue(practice.hasProperty(GP.nutsVersion), "the region says its NUTS version");
        assertTrue(practice.hasProperty(GP.locality), "the address text's city is linked");
        Resource indicator = practice.getPropertyResourceValue(GP.indicator);
        assertEquals(120, indicator.getProperty(SchemaDO.value).getInt(), "the evidence's figure is an indicator");
        assertTrue(checked.warnings().isEmpty(), () -> "a known place needs no warning: " + checked.warnings());
    }

    @Test
    void aPlaceTheGazetteerDoesNotKnowIsWarnedAboutAsForEveryFormat() {
        RecordChecker.Checked checked = check("Somewhere", "ATLANTIS Poseidonia", "No figures here.");
        assertEquals(List.of("Location: no known country at the start of \"ATLANTIS Poseidonia\"; kept as text only"),
                checked.warnings());
        assertTrue(checked.model().getResource(Iris.practice(BASE, "note")).hasProperty(DCTerms.spatial),
                "the address stays as text");
    }
}
