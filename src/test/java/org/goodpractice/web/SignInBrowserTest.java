package org.goodpractice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goodpractice.TestServer;
import org.goodpractice.curation.Accounts;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.TdbAccountStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Signing in and out in Chromium, as a partner would, with axe-core checking each page met. */
class SignInBrowserTest {
    private static final String PASSWORD = "browser-password-long";

    private static TdbAccountStore accounts;
    private static TestServer site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.startOrSkip();
        accounts = TdbAccountStore.inMemory();
        new Accounts(accounts).add("maria", Role.ADMIN, PASSWORD, false);
        site = TestServer.start(builder -> builder.accounts(accounts).preparePages(false));
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, site, accounts);
    }

    @Test
    void signInSeeTheAccountsAndSignOut() {
        browser.open(site.url("users"));
        browser.waitFor(By.id("login-name"));
        assertNoSeriousViolations("login form");
        Cookie cookie = browser.driver().manage().getCookieNamed("gp_session");
        assertTrue(cookie.isHttpOnly() && "Lax".equals(cookie.getSameSite()), cookie.toString());

        browser.driver().findElement(By.id("login-name")).sendKeys("maria");
        browser.driver().findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.cssSelector("form.account-form button[type=submit]")).click();

        browser.waitForText(By.tagName("h1"), "Accounts");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/users"), "back to the page that asked");
        assertEquals("Signed in as maria (admin)", browser.driver().findElement(By.cssSelector("header .account span")).getText());
        assertTrue(!cookie.getValue().equals(browser.driver().manage().getCookieNamed("gp_session").getValue()));
        assertNoSeriousViolations("accounts page, signed in");

        browser.driver().findElement(By.cssSelector("header .account button")).click();
        browser.waitFor(By.cssSelector("header .account a[href='/login']"));
        browser.open(site.url("users"));
        browser.waitFor(By.id("login-name"));
    }

    private static void assertNoSeriousViolations(String page) {
        List<String> violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), () -> page + ":\n" + String.join("\n", violations));
    }
}
