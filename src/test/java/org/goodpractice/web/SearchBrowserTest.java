package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Searching in headless Chromium: words, a facet, pages of results, the back button, and on to a practice. */
class SearchBrowserTest {
    /** Enough extra practices ("Extra practice EXTnnn") for the results of "extra" to span two pages. */
    private static final int EXTRA = 25;
    private static final By RESULT_LINKS = By.cssSelector("ol.results-list li.result h3 a");
    private static final By COUNT = By.cssSelector(".result-count");

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.withExtraPractices(EXTRA);

    @Test
    void searchFromTheHomePageThenNarrowWithAFacetAndOpenThePractice() {
        SITE.open("");
        WebElement box = SITE.browser().waitFor(By.id("home-q"));
        box.sendKeys("leaks");
        box.submit();
        SITE.browser().waitFor(COUNT);
        assertTrue(SITE.browser().driver().getCurrentUrl().contains("/search?q=leaks"));
        assertEquals("Acoustic leak detection and district metering in the Milan water network",
                SITE.browser().driver().findElements(RESULT_LINKS).get(0).getText());
        SITE.browser().screenshot("search");

        SITE.open("search");
        String all = SITE.browser().waitFor(COUNT).getText();
        WebElement water = facet("Water management");
        String count = water.findElement(By.cssSelector(".count")).getText();
        water.click();
        SITE.browser().waitForText(COUNT, count + " result");
        assertTrue(!SITE.browser().waitFor(COUNT).getText().equals(all), "the facet did not narrow " + all);
        assertTrue(SITE.browser().driver().getCurrentUrl().contains("water-management"), SITE.browser().driver().getCurrentUrl());
        assertTrue(SITE.browser().driver().findElement(By.cssSelector(".facets a[aria-current]")).getText()
                .contains("Water management"));
        SITE.browser().screenshot("search-facet");
        SITE.browser().waitFor(By.linkText("Acoustic leak detection and district metering in the Milan water network")).click();
        assertEquals("Acoustic leak detection and district metering in the Milan water network",
                SITE.browser().waitFor(By.tagName("h1")).getText());
    }

    @Test
    void resultsSpanPagesAndTheBackButtonReturns() {
        SITE.open("search?q=extra&sort=title");
        SITE.browser().waitForText(COUNT, "1–20 of " + EXTRA + " results");
        List<String> first = titles();
        assertEquals("Extra practice EXT001", first.get(0));
        SITE.browser().driver().findElement(By.cssSelector("nav.pagination a[rel=next]")).click();
        SITE.browser().waitForText(COUNT, "21–" + EXTRA + " of " + EXTRA + " results");
        assertEquals("Extra practice EXT021", titles().get(0));
        assertTrue(SITE.browser().driver().getCurrentUrl().contains("page=2"));
        SITE.browser().driver().navigate().back();
        SITE.browser().waitForText(COUNT, "1–20 of " + EXTRA + " results");
        assertEquals(first, titles());
    }

    @Test
    void aHostileRecordInTheResultsIsShownAsTextAndRunsNothing() {
        SITE.open("search?q=hostile");
        String shown = SITE.browser().waitFor(By.cssSelector("ol.results-list")).getText();
        assertTrue(shown.contains("<script>window.__pwned = 'title script'</script>"), shown);
        assertNull(SITE.browser().script("return window.__pwned"), "record text ran as script");
    }

    private static WebElement facet(String label) {
        return SITE.browser().driver().findElements(By.cssSelector(".facets a.facet-value")).stream()
                .filter(a -> a.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no facet value " + label));
    }

    private static List<String> titles() {
        return SITE.browser().driver().findElements(RESULT_LINKS).stream().map(WebElement::getText).toList();
    }
}
