package org.goodpractice.web;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For one test class: the whole server over the sample data plus a hostile record (index XSS2,
 * whose text is full of script payloads), and one headless Chromium. The class is skipped when
 * chromedriver is absent.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserSite SITE = new BrowserSite();
 * ...
 * SITE.open("query").waitFor(By.id("results"));
 * </pre>
 */
final class BrowserSite implements BeforeAllCallback, AfterAllCallback {
    private Browser browser;
    private TestServer site;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.startOrSkip();
        site = TestServer.start(TestData.resource("web/hostile-annex.txt"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    Browser browser() {
        return browser;
    }

    /** Opens {@code path} (without its leading slash) in the browser. */
    Browser open(String path) {
        browser.open(site.url(path));
        return browser;
    }

    /** Where the server listens, which is also the base URI of its records. */
    String base() {
        return site.base();
    }

    /** The absolute URL of {@code path}, given without its leading slash. */
    String url(String path) {
        return site.url(path);
    }
}
