package org.goodpractice;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need an outside tool (chromedriver, rapper, node with jsonld.js) skip without it,
 * unless the system property {@code requireTools} is set ({@code mvn -B verify -DrequireTools},
 * and always in CI: the {@code ci} profile sets it when env CI=true): then a missing tool fails
 * the test, so a green build cannot hide checks that never ran.
 *
 * <pre>
 * TestTools.require(onPath("rapper"), "rapper is not on PATH: install raptor2-utils");
 * </pre>
 */
public final class TestTools {
    private TestTools() {
    }

    public static boolean required() {
        String value = System.getProperty("requireTools");
        return value != null && !value.equalsIgnoreCase("false");
    }

    /** Goes on when the tool is {@code available}; otherwise skips, or fails under requireTools. */
    public static void require(boolean available, String why) {
        if (available) {
            return;
        }
        if (required()) {
            fail(why + " (required: -DrequireTools or env CI=true)");
        }
        // Surefire does not print why a whole class was skipped, so say it here.
        System.err.println("WARNING: " + why);
        assumeTrue(false, why);
    }
}
