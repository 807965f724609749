package org.goodpractice.web;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker ({@code nu.validator:validator}) run in-process on a page's HTML. It gets a
 * class loader of its own: its language detector needs Jetty 9's static JSON parser, which the
 * server's Jetty 12 no longer has, so the test class path minus Jetty is joined with the two Jetty 9
 * jars the build copies to {@code target/nu-validator-jetty}.
 *
 * <pre>
 * List&lt;String&gt; errors = new HtmlChecker().errors(html);
 * </pre>
 */
public final class HtmlChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final Path OWN_JETTY = Path.of("target", "nu-validator-jetty");

    private final ClassLoader loader;

    public HtmlChecker() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(File.separator + "org" + File.separator + "eclipse" + File.separator + "jetty")) {
                urls.add(url(Path.of(entry)));
            }
        }
        try (Stream<Path> jars = Files.list(OWN_JETTY)) {
            jars.forEach(jar -> urls.add(url(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException("Run the Maven build: it copies the checker's Jetty 9 jars to " + OWN_JETTY, e);
        }
        loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        silenceLog4j();
    }

    /** The checker's errors on {@code html}, one line each; warnings are left out. */
    public List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            // No log4j set-up (the test's logging stays as it is); language detection off: it only warns.
            Object validator = type.getConstructor(boolean.class, boolean.class, boolean.class)
                    .newInstance(false, false, false);
            type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(validator, SCHEMA, collect);
            type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
                    .invoke(validator, collect, false, false);
            type.getMethod("checkHtmlInputSource", InputSource.class)
                    .invoke(validator, new InputSource(new StringReader(html)));
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof SAXParseException)) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return errors;
    }

    /** The checker logs through log4j 1, which would otherwise complain on every run that it has no appender. */
    private void silenceLog4j() {
        try {
            Class<?> logger = loader.loadClass("org.apache.log4j.Logger");
            Object appender = loader.loadClass("org.apache.log4j.varia.NullAppender").getConstructor().newInstance();
            logger.getMethod("addAppender", loader.loadClass("org.apache.log4j.Appender"))
                    .invoke(logger.getMethod("getRootLogger").invoke(null), appender);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("log4j 1, which the checker needs, is not on the class path", e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }
}
