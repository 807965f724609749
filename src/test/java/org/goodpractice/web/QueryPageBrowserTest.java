package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The SPARQL page in headless Chromium: YASGUI's editor runs queries on the endpoint and tabulates the answers. */
class QueryPageBrowserTest {
    private static final By EDITOR = By.cssSelector(".editor .CodeMirror");
    private static final By RESULTS = By.id("results");
    private static final By STATUS = By.id("query-status");

    private static Browser browser;
    private static TestServer site;

    @BeforeAll
    static void start() {
        browser = Browser.startOrSkip();
        site = TestServer.start(TestData.resource("web/hostile-annex.txt"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void runningTheFirstExampleShowsItsAnswerInATable() {
        browser.open(site.url("query"));
        assertTrue(browser.waitFor(EDITOR).getText().contains("Practices per programme priority"));
        browser.driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        browser.waitForText(RESULTS, "Innovation and the knowledge economy");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#results table tbody tr")).size());
        assertEquals("2 results.", browser.driver().findElement(STATUS).getDomProperty("textContent"));
        browser.screenshot("query");
    }

    @Test
    void anExampleChosenFromTheListOpensInTheEditorAndRunsFromTheKeyboard() {
        browser.open(site.url("query"));
        browser.waitFor(By.linkText("Practices whose description mentions water")).click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("example=description-mentions-water"));
        WebElement editor = browser.waitFor(EDITOR);
        assertTrue(editor.getText().contains("CONTAINS(LCASE(STR(?description)), \"water\")"), editor.getText());
        editor.click();
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitForText(RESULTS, "Acoustic leak detection and district metering in the Milan water network");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#results table tbody tr")).size());
    }

    @Test
    void tabLeavesTheEditorForTheRunButton() {
        browser.open(site.url("query"));
        browser.waitFor(EDITOR).click();
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Run query", browser.driver().switchTo().activeElement().getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageAndItsQueriesLoadNothingFromAnotherOrigin() {
        browser.open(site.url("query"));
        browser.waitFor(EDITOR);
        browser.driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        browser.waitForText(RESULTS, "Innovation and the knowledge economy");
        List<String> loaded = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(loaded.stream().anyMatch(url -> url.endsWith("/static/vendor/yasgui/yasgui.min.js")), loaded.toString());
        assertTrue(loaded.stream().anyMatch(url -> url.startsWith(site.url("sparql"))), loaded.toString());
        assertEquals(List.of(), loaded.stream().filter(url -> !url.startsWith(site.base())).toList());
    }

    @Test
    void aConstructQueryShowsTheGraphItReturns() {
        browser.open(site.url("query?example=one-practice-as-rdf"));
        browser.waitFor(EDITOR);
        browser.driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        browser.waitForText(RESULTS, "Acoustic leak detection and district metering in the Milan water network");
        assertTrue(browser.waitFor(RESULTS).getText().contains("GoodPractice"));
    }

    @Test
    void hostileRecordTextInTheResultsTableIsShownAsTextAndRunsNothing() {
        String query = "SELECT ?title ?topic WHERE { ?p <http://purl.org/dc/terms/identifier> \"XSS2\" ;"
                + " <http://purl.org/dc/terms/title> ?title ; <https://schema.org/keywords> ?topic }";
        browser.open(site.url("query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        browser.waitFor(EDITOR);
        browser.driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        browser.waitForText(RESULTS, "<script>window.__pwned = 'title script'</script>");
        String shown = browser.waitFor(RESULTS).getText();
        assertTrue(shown.contains("<img src=x onerror=\"window.__pwned = 'topic img'\">"), shown);
        assertNull(browser.script("return window.__pwned"), "record text ran as script");
    }
}
