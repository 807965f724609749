package org.goodpractice.sparql;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library of example queries offered on the query page: {@code examples/NAME.rq} files on the
 * class path, in the order of {@code examples/index.txt}. Each file opens with comment lines, the
 * first its title and the rest its description; the whole file, comments included, is the query.
 *
 * <pre>
 * ExampleQueries examples = ExampleQueries.load();
 * examples.find("practices-per-priority").map(Example::text);
 * </pre>
 */
public final class ExampleQueries {
    private static final String DIRECTORY = "/examples/";

    /** One example: {@code name} is its file name without {@code .rq}. */
    public record Example(String name, String title, String description, String text) {
    }

    private final List<Example> all;

    private ExampleQueries(List<Example> all) {
        this.all = List.copyOf(all);
    }

    /** Reads every example listed in {@code examples/index.txt}. */
    public static ExampleQueries load() {
        List<Example> examples = new ArrayList<>();
        for (String name : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            examples.add(parse(name, read(name + ".rq")));
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException("examples/index.txt lists no example query");
        }
        return new ExampleQueries(examples);
    }

    /** All examples in index order; the first is the one the query page opens with. */
    public List<Example> all() {
        return all;
    }

    public Optional<Example> find(String name) {
        requireNonNull(name, "name");
        return all.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Example parse(String name, String text) {
        List<String> header = text.lines().takeWhile(l -> l.startsWith("#"))
                .map(l -> l.substring(1).strip()).toList();
        if (header.isEmpty() || header.get(0).isEmpty()) {
            throw new IllegalStateException("examples/" + name + ".rq must start with a '# Title' comment line");
        }
        return new Example(name, header.get(0), String.join(" ", header.subList(1, header.size())), text.stripTrailing());
    }

    private static String read(String file) {
        try (InputStream in = ExampleQueries.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("examples/" + file + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read examples/" + file, e);
        }
    }
}
