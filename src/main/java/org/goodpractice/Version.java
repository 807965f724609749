package org.goodpractice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, from {@code goodpractice.properties} (filled in by Maven). */
public final class Version {
    private static final String VERSION = read();

    private Version() {
    }

    /** E.g. "0.1.0". */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/goodpractice.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("goodpractice.properties is missing from the class path", e);
        }
    }
}
