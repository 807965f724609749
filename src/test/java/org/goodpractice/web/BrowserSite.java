package org.goodpractice.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    private final int extraPractices;
    private Path records;
    private Browser browser;
    private TestServer site;

    BrowserSite() {
        this(0);
    }

    private BrowserSite(int extraPractices) {
        this.extraPractices = extraPractices;
    }

    /** Also imports {@code count} small practices titled "Extra practice EXTnnn", so that lists span pages. */
    static BrowserSite withExtraPractices(int count) {
        return new BrowserSite(count);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        browser = Browser.startOrSkip();
        records = Files.createTempDirectory("browser-site-records");
        List<Path> files = new ArrayList<>(List.of(TestData.resource("web/hostile-annex.txt")));
        String valid = Files.readString(TestData.resource("ingest/bad/valid.txt"));
        for (int i = 1; i <= extraPractices; i++) {
            String index = String.format("EXT%03d", i);
            files.add(Files.writeString(records.resolve(index + ".txt"),
                    valid.replace("Valid title", "Extra practice " + index).replace("0001A1", index)));
        }
        site = TestServer.start(files.toArray(Path[]::new));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
        if (records != null) {
            Browser.deleteTree(records);
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
