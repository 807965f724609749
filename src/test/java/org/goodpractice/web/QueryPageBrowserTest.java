package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The SPARQL page in headless Chromium: YASGUI's editor runs queries on the endpoint and tabulates the answers. */
class QueryPageBrowserTest {
    private static final By EDITOR = By.cssSelector(".editor .CodeMirror");
    private static final By RESULTS = By.id("results");
    private static final By STATUS = By.id("query-status");
    private static final By ROWS = By.cssSelector("#results table tbody tr");

    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();

    @Test
    void runningTheFirstExampleShowsItsAnswerInATable() {
        SITE.open("query");
        assertTrue(SITE.browser().waitFor(EDITOR).getText().contains("Practices per programme priority"));
        SITE.browser().driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        SITE.browser().waitForText(RESULTS, "Innovation and the knowledge economy");
        // Six practices of the sample data each, and the browser site's hostile record under priority 1.
        assertEquals(List.of("Innovation and the knowledge economy 7", "Environment and risk prevention 6"),
                rows().stream().map(r -> r.replaceAll("\\s+", " ")).toList());
        assertEquals("2 results.", SITE.browser().driver().findElement(STATUS).getDomProperty("textContent"));
        SITE.browser().screenshot("query");
    }

    @Test
    void anExampleChosenFromTheListOpensInTheEditorAndRunsFromTheKeyboard() {
        SITE.open("query");
        SITE.browser().waitFor(By.linkText("Practices whose description mentions water")).click();
        assertTrue(SITE.browser().driver().getCurrentUrl().endsWith("example=description-mentions-water"));
        WebElement editor = SITE.browser().waitFor(EDITOR);
        assertTrue(editor.getText().contains("CONTAINS(LCASE(STR(?description)), \"water\")"), editor.getText());
        editor.click();
        SITE.browser().driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        SITE.browser().waitForText(RESULTS, "Acoustic leak detection and district metering in the Milan water network");
        List<String> rows = rows();
        assertEquals(3, rows.size(), rows.toString());
        // The practices of the sample data whose description says "water", in the query's order.
        List<String> ids = List.of("0805C2", "0913R2", "1108R2");
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(rows.get(i).contains(ids.get(i)), "row " + (i + 1) + " should be " + ids.get(i) + ": " + rows);
        }
    }

    @Test
    void tabLeavesTheEditorForTheRunButton() {
        SITE.open("query");
        SITE.browser().waitFor(EDITOR).click();
        SITE.browser().driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Run query", SITE.browser().driver().switchTo().activeElement().getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageAndItsQueriesLoadNothingFromAnotherOrigin() {
        SITE.open("query");
        SITE.browser().waitFor(EDITOR);
        SITE.browser().driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        SITE.browser().waitForText(RESULTS, "Innovation and the knowledge economy");
        List<String> loaded = (List<String>) SITE.browser().script(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(loaded.stream().anyMatch(url -> url.endsWith("/static/vendor/yasgui/yasgui.min.js")), loaded.toString());
        assertTrue(loaded.stream().anyMatch(url -> url.startsWith(SITE.url("sparql"))), loaded.toString());
        assertEquals(List.of(), loaded.stream().filter(url -> !url.startsWith(SITE.base())).toList());
    }

    @Test
    void aConstructQueryShowsTheGraphItReturns() {
        SITE.open("query?example=one-practice-as-rdf");
        SITE.browser().waitFor(EDITOR);
        SITE.browser().driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        SITE.browser().waitForText(RESULTS, "Acoustic leak detection and district metering in the Milan water network");
        assertTrue(SITE.browser().waitFor(RESULTS).getText().contains("GoodPractice"));
    }

    @Test
    void aBrokenQueryGetsTheEndpointsErrorMessage() {
        SITE.open("query?query=" + URLEncoder.encode("SELECT ?x WHERE { ?x ?y }", StandardCharsets.UTF_8));
        SITE.browser().waitFor(EDITOR);
        SITE.browser().driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        SITE.browser().waitForText(STATUS, "The query failed");
        SITE.browser().waitForText(RESULTS, "Encountered");
        SITE.browser().screenshot("query-error");
    }

    @Test
    void hostileRecordTextInTheResultsTableIsShownAsTextAndRunsNothing() {
        String query = "SELECT ?title ?topic WHERE { ?p <http://purl.org/dc/terms/identifier> \"XSS2\" ;"
                + " <http://purl.org/dc/terms/title> ?title ; <https://schema.org/keywords> ?topic }";
        SITE.open("query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        SITE.browser().waitFor(EDITOR);
        SITE.browser().driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        SITE.browser().waitForText(RESULTS, "<script>window.__pwned = 'title script'</script>");
        String shown = SITE.browser().waitFor(RESULTS).getText();
        assertTrue(shown.contains("<img src=x onerror=\"window.__pwned = 'topic img'\">"), shown);
        assertNull(SITE.browser().script("return window.__pwned"), "record text ran as script");
    }

    private static List<String> rows() {
        return SITE.browser().driver().findElements(ROWS).stream().map(WebElement::getText).toList();
    }
}
