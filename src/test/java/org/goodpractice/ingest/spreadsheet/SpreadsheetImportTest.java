package org.goodpractice.ingest.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.ImportOutcome.Failed;
import org.goodpractice.ingest.ImportOutcome.Imported;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identifiers of spreadsheet rows, and the row problems a partner is told how to fix. */
class SpreadsheetImportTest {
    private static final String HEADER = "index,title,programme,theme,country,region,city,start_date,topics,website\n";

    @TempDir
    Path dir;

    private Path csv(String name, String rows) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + rows);
    }

    private static List<ImportOutcome> importAll(TdbStore store, Path... files) {
        return new Importer(store, TestData.BASE).importFiles(List.of(files), o -> { });
    }

    @Test
    void mintedIdsAreUniqueInTheFileAndAcrossFilesAndStayTheSameWhenTheFileChanges() throws IOException {
        String rows = ",Bike lanes,,,Italy,,,2019,Greener Europe,\n,Bike lanes,,,Spain,,,2019,Greener Europe,\n";
        Path first = csv("first.csv", rows);
        Path other = csv("other.csv", ",Bike lanes,,,France,,,2019,Greener Europe,\n");
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> before = importAll(store, first, other);
            Files.writeString(first, HEADER + rows.replace("2019", "2020"));
            List<ImportOutcome> after = importAll(store, first);

            List<String> ids = before.stream().map(o -> assertInstanceOf(Imported.class, o).id()).toList();
            assertEquals(List.of("bike-lanes", "bike-lanes-2", "bike-lanes-3"), ids);
            assertEquals(ids.subList(0, 2), after.stream().map(o -> assertInstanceOf(Imported.class, o).id()).toList(),
                    "re-importing the changed file keeps its rows' identifiers");
        }
    }

    @Test
    void anIndexTwiceInAFileOrHeldByAnotherFileIsRefusedByLine() throws IOException {
        Path first = csv("first.csv", "7,Bike lanes,,,Italy,,,2019,Greener Europe,\n");
        Path second = csv("second.csv", "8,Tram lines,,,Italy,,,2019,Greener Europe,\n8,Bus lanes,,,Italy,,,2019,Greener Europe,\n"
                + "7,Car sharing,,,Italy,,,2019,Greener Europe,\n");
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> outcomes = importAll(store, first, second);

            assertEquals("8", assertInstanceOf(Imported.class, outcomes.get(1)).id());
            RecordException twice = assertInstanceOf(Failed.class, outcomes.get(2)).error();
            assertTrue(twice.getMessage().startsWith(second + ":3: index: \"8\" is also the identifier of the practice on line 2"),
                    twice.getMessage());
            RecordException held = assertInstanceOf(Failed.class, outcomes.get(3)).error();
            assertTrue(held.getMessage().startsWith(second + ":4: index: gives the identifier \"7\", which the record from "
                    + "\"first.csv\" already has"), held.getMessage());
        }
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1,Bike lanes,Horizon 2020,,Italy,,,2019,Greener Europe,             | programme | unknown programme "Horizon 2020"
            1,Bike lanes,Interreg IVC,,Italy,,,2019,Water management,           | theme     | missing: an Interreg IVC practice names its priority
            1,Bike lanes,Interreg IVC,3,Italy,,,2019,Water management,          | theme     | unknown Interreg IVC priority "3"
            1,Bike lanes,Interreg IVC,2,Italy,,,2019,Water management;Waste management, | topics | names 2 sub-themes
            1,Bike lanes,Interreg IVC,2,Italy,,,2019,Bicycles,                  | topics    | unknown Interreg IVC sub-theme "Bicycles"
            1,Bike lanes,,,Italy,,,2019,,                                       | topics    | missing: an Interreg Europe practice names at least one
            1,Bike lanes,,,,Lombardia,,2019,Greener Europe,                     | country   | missing: a row with a region or city names its country
            1,Bike lanes,,,Italy,,,2019,Greener Europe,www.example.org          | website   | "www.example.org" is not a web address
            1 2,Bike lanes,,,Italy,,,2019,Greener Europe,                       | index     | "1 2" is not an index
            1,,,,Italy,,,2019,Greener Europe,                                   | title     | missing: every row needs the practice's title
            """)
    void aRowProblemNamesLineAndColumn(String row, String column, String problem) throws IOException {
        Path file = csv("partners.csv", ",Good row,,,Italy,,,2019,Greener Europe,\n" + row.strip() + "\n");
        try (TdbStore store = TdbStore.inMemory()) {
            List<ImportOutcome> outcomes = importAll(store, file);

            assertInstanceOf(Imported.class, outcomes.get(0));
            RecordException error = assertInstanceOf(Failed.class, outcomes.get(1)).error();
            assertTrue(error.getMessage().startsWith(file + ":3: " + column + ": " + problem), error.getMessage());
        }
    }
}
