package org.goodpractice.sparql;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

import org.goodpractice.TestData;

/**
 * What each example query must answer on the sample annexes and articles imported under
 * {@link TestData#BASE}: checked on the embedded store (ExampleQueriesTest) and on every remote
 * engine (org.goodpractice.engines).
 */
public final class ExampleAnswers {
    /** Per example, result rows (CSV without quotes) or N-Triples lines that must be among its answers. */
    public static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            entry("practices-per-priority", List.of(
                    "Innovation and the knowledge economy,6", "Environment and risk prevention,6")),
            entry("practices-per-sub-theme", List.of(
                    "Innovation and the knowledge economy,Innovation, research and technology development,3",
                    "Environment and risk prevention,Water management,1")),
            entry("practices-per-country", List.of(
                    "http://publications.europa.eu/resource/authority/country/GBR,United Kingdom,1",
                    "http://publications.europa.eu/resource/authority/country/NOR,Norway,1")),
            entry("practice-places", List.of(
                    "0913R2,Milan,45.46427,9.18951,ITC4C,Milano,Italy",
                    "0557C2,Birmingham,52.48142,-1.89983,UKG31,Birmingham,United Kingdom")),
            entry("evidence-numbers", List.of("0913R2,1850,hidden leaks,Over five years 1,850 hidden leaks were found and repaired, "
                    + "and non-revenue water fell from 24 per cent to 15 per cent of the volume supplied.")),
            entry("running-in-2012", List.of(
                    "0977R2,Separate collection and composting of bio-waste in Brno housing estates,2009-04-01,2012-03-31",
                    "1003R4,Mobility points linking public transport, car-sharing and bicycles in Munich,2009-06-01,")),
            entry("completed-practices-duration", List.of(
                    "0412C1,Tremplin Innovation Lyon: public business incubator for research-based start-ups,"
                            + "2001-03-15,2012-12-31,11")),
            entry("description-mentions-water", List.of(
                    "0913R2,Acoustic leak detection and district metering in the Milan water network")),
            entry("topics", List.of("leak detection,0913R2", "local economic development,0557C2")),
            entry("contacts", List.of("0557C2,Birmingham Science Park Aston,Hugo Russell,Birmingham Science Park Aston (BSPA)")),
            entry("record-graphs", List.of(TestData.BASE + "graph/practice/0557C2,0557C2,Birmingham Science Park Aston")),
            entry("one-practice-as-rdf", List.of("<" + TestData.BASE + "id/practice/0913R2> <http://purl.org/dc/terms/title> "
                    + "\"Acoustic leak detection and district metering in the Milan water network\"@en .")));
    /** Answers that would mean a filter in the query is not doing its job. */
    public static final Map<String, List<String>> UNEXPECTED = Map.of(
            "running-in-2012", List.of("0805C2", "0851R1", "0913R2"),
            "description-mentions-water", List.of("0557C2"));

    private ExampleAnswers() {
    }
}
