package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/** axe-core finds no serious or critical accessibility violation on any page type, as Chromium renders it. */
class AccessibilityTest {
    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();

    static List<String> pages() {
        return SitePages.ALL;
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pages")
    void pageHasNoSeriousAccessibilityViolation(String path) {
        SITE.open(path);
        assertNoSeriousViolations(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "practices-per-priority, Innovation and the knowledge economy",
            "one-practice-as-rdf, GoodPractice"})
    void queryPageShowingResultsHasNoSeriousAccessibilityViolation(String example, String answer) {
        SITE.open("query?example=" + example);
        SITE.browser().waitFor(By.cssSelector(".editor .CodeMirror"));
        SITE.browser().driver().findElement(By.cssSelector("#query-form button[type=submit]")).click();
        SITE.browser().waitForText(By.id("results"), answer);
        assertNoSeriousViolations("query page showing the results of " + example);
    }

    @Test
    void axeReportsAViolationItIsShown() {
        SITE.open("");
        SITE.browser().script("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/none.png\">')");
        List<String> violations = SITE.browser().seriousAccessibilityViolations();
        assertEquals(1, violations.size(), String.join("\n", violations));
        assertTrue(violations.get(0).startsWith("critical image-alt"), violations.get(0));
    }

    private static void assertNoSeriousViolations(String page) {
        List<String> violations = SITE.browser().seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), () -> page + ":\n" + String.join("\n", violations));
    }
}
