package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.goodpractice.web.curation.CurationSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two reviewers in two Chromium browsers open the edit form of one practice; the first saves, the
 * second then meets the conflict page with their own title still in the form, and saves over deliberately.
 */
class EditConflictBrowserTest {
    @TempDir
    static Path dir;
    private static CurationSite curation;
    private static Browser first;
    private static Browser second;

    @BeforeAll
    static void start() throws Exception {
        first = Browser.startOrSkip();
        second = Browser.startOrSkip();
        curation = CurationSite.start(dir, "9904B", "Orvanton harbour vouchers", 1);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable open : new AutoCloseable[] {first, second, curation}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void signIn(Browser browser, String name) {
        browser.open(curation.site().url("login?next=/practice/9904B1"));
        browser.waitFor(By.id("login-name")).sendKeys(name);
        browser.driver().findElement(By.id("login-password")).sendKeys(CurationSite.PASSWORD);
        browser.driver().findElement(By.cssSelector("form.account-form button[type=submit]")).click();
        browser.waitForText(By.tagName("h1"), "Orvanton harbour vouchers 1");
    }

    /** Opens the edit form from the practice page's Edit link and fills in the title, the topic and the reason. */
    private static void openAndType(Browser browser, String title, String why) {
        browser.driver().findElement(By.cssSelector(".kicker a[href$='/edit']")).click();
        WebElement field = browser.waitFor(By.id("f-title"));
        field.clear();
        field.sendKeys(title);
        WebElement topic = browser.driver().findElement(By.cssSelector("input[name=topics][value='SME competitiveness']"));
        if (!topic.isSelected()) {
            topic.click();
        }
        browser.driver().findElement(By.id("f-why")).sendKeys(why);
    }

    private static void save(Browser browser) {
        browser.driver().findElement(By.cssSelector("form.submission-form button[type=submit]:not([name])")).click();
    }

    @Test
    void theSecondSaveMeetsTheConflictPageAndLosesNothing() {
        signIn(first, "rita");
        signIn(second, "remi");
        openAndType(first, "Orvanton vouchers as Rita wrote them", "Rita's wording");
        openAndType(second, "Orvanton vouchers as Remi wrote them", "Remi's wording");

        save(first);
        first.waitForText(By.tagName("h1"), "Orvanton vouchers as Rita wrote them");

        save(second);
        second.waitForText(By.id("conflict-heading"), "someone changed this practice");
        assertEquals("Orvanton vouchers as Remi wrote them", second.driver().findElement(By.id("f-title")).getAttribute("value"),
                "the second editor's typing is kept");
        String table = second.driver().findElement(By.cssSelector("table.conflict-fields")).getText();
        assertTrue(table.contains("Orvanton vouchers as Remi wrote them") && table.contains("Orvanton vouchers as Rita wrote them"), table);
        List<String> violations = second.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), () -> "conflict page:\n" + String.join("\n", violations));
        second.screenshot("edit-conflict");

        save(second);
        second.waitForText(By.tagName("h1"), "Orvanton vouchers as Remi wrote them");
        assertEquals(List.of("remi", "rita"), curation.history().versions(curation.record("9904B1")).stream()
                .map(v -> v.change().who()).toList());
    }
}
