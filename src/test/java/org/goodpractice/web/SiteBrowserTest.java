package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Browsing the site in headless Chromium: from the list to a practice, hostile records, keyboard use; screenshots. */
class SiteBrowserTest {
    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();

    @Test
    void theHomePageLeadsToSearchAndQuery() {
        SITE.open("");
        SITE.browser().screenshot("home");
        for (String link : List.of("Browse & search", "SPARQL query")) {
            assertTrue(SITE.browser().driver().findElements(By.linkText(link)).size() > 0, "home page lacks " + link);
        }
        SITE.browser().waitFor(By.linkText("SPARQL query")).click();
        assertTrue(SITE.browser().driver().getCurrentUrl().endsWith("/query"));
    }

    @Test
    void narrowerConceptBulletsStayClearOfTheItemBeforeThem() {
        SITE.open("concept/priority/1");
        SITE.browser().waitFor(By.cssSelector("ul.narrower li"));
        // An outside marker is drawn about 1.2em left of its item; inside, it is within the item's box.
        String overlaps = (String) SITE.browser().script("""
                const items = [...document.querySelectorAll('ul.narrower li')];
                const problems = [];
                for (let i = 1; i < items.length; i++) {
                  const prev = items[i - 1].getBoundingClientRect(), box = items[i].getBoundingClientRect();
                  if (Math.abs(prev.top - box.top) > 1) continue;
                  const style = getComputedStyle(items[i]);
                  const marker = style.listStylePosition === 'outside' && style.listStyleType !== 'none'
                      ? 1.5 * parseFloat(style.fontSize) : 0;
                  if (box.left - marker < prev.right) problems.push(items[i].textContent);
                }
                return problems.join('; ');""");
        assertEquals("", overlaps);
    }

    @Test
    void aPracticePageShowsItsFields() {
        SITE.open("practice/0913R2");
        assertEquals("Acoustic leak detection and district metering in the Milan water network",
                SITE.browser().waitFor(By.tagName("h1")).getText());
        String page = SITE.browser().waitFor(By.tagName("main")).getText();
        for (String field : List.of("Water management", "Italy", "2006-04-01", "leak detection",
                "1,850 hidden leaks", "Marco Bellandi")) {
            assertTrue(page.contains(field), "practice page lacks " + field);
        }
        SITE.browser().screenshot("practice");
    }

    @Test
    void hostileRecordTextIsShownAsTextAndRunsNothing() {
        SITE.open("practice/XSS2");
        assertEquals("Hostile <script>window.__pwned = 'title script'</script> and "
                + "<img src=x onerror=\"window.__pwned = 'title img'\"> record", SITE.browser().waitFor(By.tagName("h1")).getText());
        String page = SITE.browser().waitFor(By.tagName("main")).getText();
        for (String payload : List.of("<script>window.__pwned = 'topic'</script>",
                "<img src=x onerror=\"window.__pwned = 'description img'\">",
                "<svg onload=\"window.__pwned = 'evidence'\"></svg>",
                "<b onmouseover=\"window.__pwned = 'person'\">Eve</b> Hacker")) {
            assertTrue(page.contains(payload), "page does not show " + payload + " as text");
        }
        new Actions(SITE.browser().driver())
                .moveToElement(SITE.browser().waitFor(By.cssSelector(".person"))).perform();
        assertEquals(0L, SITE.browser().script("return document.querySelectorAll('[onerror], [onload], [onmouseover], iframe').length"));
        assertEquals(Boolean.FALSE, SITE.browser().script("return [...document.scripts]"
                + ".filter(s => !s.type || s.type.includes('javascript')).some(s => s.textContent.includes('__pwned'))"));
        assertEquals(Boolean.TRUE, SITE.browser().script("const ld = [...document.querySelectorAll('script[type=\"application/ld+json\"]')];"
                + " return ld.length > 0 && ld.every(s => JSON.stringify(JSON.parse(s.textContent)).includes(\"window.__pwned = 'title script'\"))"),
                "the schema.org data keeps the title as text, inside its own script element");
        assertNull(SITE.browser().script("return window.__pwned"), "record text ran as script");
        SITE.browser().screenshot("practice-hostile");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesToTheContent() {
        SITE.open("practice/0557C2");
        WebElement body = SITE.browser().driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = SITE.browser().driver().switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.isDisplayed(), "the focused skip link must be visible");
        skip.sendKeys(Keys.ENTER);
        assertTrue(SITE.browser().driver().getCurrentUrl().endsWith("#main"));
    }

    @Test
    void theStreetMapComesFromOpenStreetMapOnlyOnceTheVisitorAsks() {
        String tileRequests = "return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('tile.openstreetmap.org')).length";
        String tileImages = "return [...document.querySelectorAll('img.leaflet-tile')]"
                + ".filter(i => i.src.startsWith('https://tile.openstreetmap.org/')).length";
        SITE.open("practice/0913R2");
        SITE.browser().waitFor(By.cssSelector(".map path.leaflet-interactive"));
        WebElement toggle = SITE.browser().waitFor(By.cssSelector("button.map-tiles-toggle"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertEquals(0L, SITE.browser().script(tileImages), "tiles requested before the visitor asked");
        assertEquals(0L, SITE.browser().script(tileRequests));

        toggle.click();
        new WebDriverWait(SITE.browser().driver(), Duration.ofSeconds(15)).until(d -> (Long) SITE.browser().script(tileImages) > 0);
        assertEquals("true", toggle.getAttribute("aria-pressed"));

        SITE.open("practice/0913R2");
        SITE.browser().waitFor(By.cssSelector(".map path.leaflet-interactive"));
        assertTrue((Long) SITE.browser().script(tileImages) > 0, "the visitor's choice is remembered on the next page");
        WebElement hide = SITE.browser().waitFor(By.cssSelector("button.map-tiles-toggle"));
        hide.click();
        assertEquals(0L, SITE.browser().script(tileImages), "hiding the street map removes its tiles");
        SITE.open("practice/0913R2");
        SITE.browser().waitFor(By.cssSelector(".map path.leaflet-interactive"));
        assertEquals(0L, SITE.browser().script(tileRequests), "after hiding it, the next page asks OpenStreetMap for nothing");
    }

    @Test
    void anUnknownPageSaysSoAndLeadsBack() {
        SITE.open("practice/NOPE99");
        assertEquals("Not found", SITE.browser().waitFor(By.tagName("h1")).getText());
        SITE.browser().screenshot("not-found");
        SITE.browser().waitFor(By.linkText("Browse all practices")).click();
        assertTrue(SITE.browser().waitFor(By.tagName("main")).getText().contains("Birmingham Science Park Aston"));
    }
}
