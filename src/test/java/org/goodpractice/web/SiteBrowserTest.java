package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Browsing the site in headless Chromium: from the list to a practice, hostile records, keyboard use; screenshots. */
class SiteBrowserTest {
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
    void aPracticeOpensFromTheHomePageWithItsFields() {
        browser.open(site.url(""));
        browser.screenshot("home");
        browser.waitFor(By.linkText("Acoustic leak detection and district metering in the Milan water network")).click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/practice/0913R2"));
        assertEquals("Acoustic leak detection and district metering in the Milan water network",
                browser.waitFor(By.tagName("h1")).getText());
        String page = browser.waitFor(By.tagName("main")).getText();
        for (String field : List.of("Water management", "ITALY", "2006-04-01", "leak detection",
                "1,850 hidden leaks", "Marco Bellandi")) {
            assertTrue(page.contains(field), "practice page lacks " + field);
        }
        browser.screenshot("practice");
    }

    @Test
    void hostileRecordTextIsShownAsTextAndRunsNothing() {
        browser.open(site.url("practice/XSS2"));
        assertEquals("Hostile <script>window.__pwned = 'title script'</script> and "
                + "<img src=x onerror=\"window.__pwned = 'title img'\"> record", browser.waitFor(By.tagName("h1")).getText());
        String page = browser.waitFor(By.tagName("main")).getText();
        for (String payload : List.of("<script>window.__pwned = 'topic'</script>",
                "<img src=x onerror=\"window.__pwned = 'description img'\">",
                "<svg onload=\"window.__pwned = 'evidence'\"></svg>",
                "<b onmouseover=\"window.__pwned = 'person'\">Eve</b> Hacker")) {
            assertTrue(page.contains(payload), "page does not show " + payload + " as text");
        }
        new Actions(browser.driver())
                .moveToElement(browser.waitFor(By.cssSelector(".person"))).perform();
        assertEquals(0L, browser.script("return document.querySelectorAll('main script, main img, main svg, main b, main iframe').length"));
        assertNull(browser.script("return window.__pwned"), "record text ran as script");
        browser.screenshot("practice-hostile");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesToTheContent() {
        browser.open(site.url("practice/0557C2"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.isDisplayed(), "the focused skip link must be visible");
        skip.sendKeys(Keys.ENTER);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#main"));
    }

    @Test
    void anUnknownPageSaysSoAndLeadsBack() {
        browser.open(site.url("practice/NOPE99"));
        assertEquals("Not found", browser.waitFor(By.tagName("h1")).getText());
        browser.screenshot("not-found");
        browser.waitFor(By.linkText("See all practices")).click();
        assertTrue(browser.waitFor(By.tagName("main")).getText().contains("Birmingham Science Park Aston"));
    }
}
