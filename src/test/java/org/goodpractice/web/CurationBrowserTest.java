package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.goodpractice.TestServer;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.goodpractice.history.TdbHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The curation workflow end to end in Chromium, as partners use it: a contributor submits a practice
 * (the region picked from the gazetteer's suggestions), a reviewer requests a change with a comment,
 * the contributor edits and resubmits, the reviewer approves; the practice is then found in search,
 * and once the reviewer changed a field on its edit page, its history shows both versions
 * and a diff naming the changed field.
 */
class CurationBrowserTest {
    private static final String PASSWORD = "browser-password-long";
    private static final String TITLE = "Vintry rainwater tanks for schools";
    private static final String RESUBMITTED = "Twelve schools saved 4,000 cubic metres of water in 2023, a fifth of what they used.";
    private static final String CHANGED = "Fifteen schools saved 5,000 cubic metres of water in 2024.";

    private static TdbAccountStore accounts;
    private static TdbHistory history;
    private static TestServer site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.startOrSkip();
        accounts = TdbAccountStore.inMemory();
        new Accounts(accounts).add("jan", Role.CONTRIBUTOR, PASSWORD, false);
        new Accounts(accounts).add("rita", Role.REVIEWER, PASSWORD, false);
        history = TdbHistory.inMemory();
        site = TestServer.start(builder -> builder.accounts(accounts).history(history).preparePages(false));
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, site, history, accounts);
    }

    @Test
    void submitReviewResubmitApproveSearchAndHistory() throws Exception {
        signIn("jan");
        browser.open(site.url("submit"));
        type("f-title", TITLE);
        type("f-description", "Schools collect rainwater for their toilets.");
        type("f-evidence", "Twelve schools saved water in 2023.");
        type("f-ownerOrganisation", "City of Ljubljana");
        type("f-ownerCountry", "Slovenia");
        type("f-country", "Slovenia");
        type("f-city", "Ljubljana");
        type("f-start", "2021-03");
        type("f-end", "2024-06");
        type("f-region", "osred");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#f-region-suggestions option[value='Osrednjeslovenska']")));
        type("f-region", "Osrednjeslovenska");
        browser.driver().findElement(By.cssSelector("input[name=topics][value='Greener Europe']")).click();
        browser.driver().findElement(By.cssSelector("form.submission-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("p.status"), "Saved.");
        String submission = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
        step("submit");
        browser.waitForText(By.cssSelector(".state"), "submitted");

        signIn("rita");
        browser.open(site.url("review"));
        browser.driver().findElement(By.linkText(TITLE)).click();
        browser.waitFor(By.id("c-request-changes")).sendKeys("Please say how much water the schools saved.");
        step("request-changes");
        browser.waitForText(By.cssSelector(".state"), "changes requested");

        signIn("jan");
        browser.open(submission);
        browser.waitForText(By.cssSelector("ol.steps"), "Please say how much water the schools saved.");
        browser.driver().findElement(By.linkText("Edit")).click();
        type("f-evidence", RESUBMITTED);
        browser.driver().findElement(By.cssSelector("form.submission-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("p.status"), "Saved.");
        step("submit");
        browser.waitForText(By.cssSelector(".state"), "resubmitted");

        signIn("rita");
        browser.open(submission);
        step("approve");
        browser.waitForText(By.cssSelector(".state"), "published");
        String practice = browser.driver().findElement(By.cssSelector("p.lead a")).getDomAttribute("href");
        assertTrue(practice.matches("/practice/[A-Za-z0-9_-]+"), practice);

        browser.open(site.url("search?q=Vintry"));
        browser.waitFor(By.cssSelector("a[href='" + practice + "']"));

        // A change after publication, as a reviewer makes it on the practice's edit page: the second version.
        browser.open(site.url(practice.substring(1) + "/edit"));
        type("f-evidence", CHANGED);
        type("f-why", "figures of 2024");
        browser.driver().findElement(By.cssSelector("form.submission-form button[type=submit]:not([name])")).click();
        browser.waitForText(By.tagName("main"), CHANGED);

        browser.open(site.url(practice.substring(1) + "/history"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.history tbody tr"));
        assertEquals(2, rows.size(), "the approval and the change");
        assertTrue(rows.get(0).getText().contains("figures of 2024") && rows.get(1).getText().contains("rita"), rows.get(0).getText());
        rows.get(0).findElement(By.linkText("what changed")).click();
        browser.waitFor(By.cssSelector("th[scope=row]"));
        List<String> changed = browser.driver().findElements(By.cssSelector("th[scope=row]")).stream().map(WebElement::getText).toList();
        assertTrue(changed.contains("evidence of success") && !changed.contains("title"), changed.toString());
        String diff = browser.driver().findElement(By.tagName("table")).getText();
        assertTrue(diff.contains(RESUBMITTED) && diff.contains(CHANGED), diff);
    }

    /** Signs in as {@code name} in a fresh session. */
    private static void signIn(String name) {
        browser.driver().manage().deleteAllCookies();
        browser.open(site.url("login"));
        browser.waitFor(By.id("login-name")).sendKeys(name);
        browser.driver().findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.cssSelector("form.account-form button[type=submit]")).click();
        browser.waitFor(By.cssSelector("header .account button"));
    }

    private static void type(String id, String value) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Takes the workflow step {@code step} with the button of its form. */
    private static void step(String step) {
        browser.driver().findElement(By.xpath("//form[input[@name='step' and @value='" + step + "']]//button")).click();
    }
}
