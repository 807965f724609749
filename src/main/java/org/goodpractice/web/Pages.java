package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;

/**
 * Renders the Handlebars templates under {@code templates/}. Every page fills the one layout;
 * {@code {{value}}} escapes HTML, so record text can never inject markup. {@code {{web iri}}} is the
 * URL that dereferences an IRI on this node (see {@link ResourcePaths#webUrl}), escaped as well.
 *
 * <pre>
 * String html = new Pages().render("practice", Map.of("practice", view));
 * </pre>
 */
public final class Pages {
    private static final String BLOCK_BUFFER = "hbs.buffer";
    /** About what a practice page takes, so that the page's own buffer seldom grows. */
    private static final int PAGE_BUFFER = 16 * 1024;

    static {
        // Handlebars renders every block ({{#if}}, {{#each}}, {{#with}}) into a buffer of its own,
        // by default of 1,600 characters, read once when it is first used: most blocks hold a few
        // dozen, and those buffers were a fifth of what rendering a practice page allocated. A
        // block that needs more grows its buffer. A value given on the command line is kept.
        if (System.getProperty(BLOCK_BUFFER) == null) {
            System.setProperty(BLOCK_BUFFER, "128");
        }
    }

    private final Handlebars handlebars = new Handlebars(new TemplateSources())
            .with(new ConcurrentMapTemplateCache()).with(new HtmlEscape());

    /** Pages of a node served at its dataset base. */
    public Pages() {
        this(UnaryOperator.identity());
    }

    /** Pages whose {@code {{web iri}}} links go through {@code webUrl}. */
    public Pages(UnaryOperator<String> webUrl) {
        requireNonNull(webUrl, "webUrl");
        handlebars.registerHelper("web", (Helper<Object>) (iri, options) -> iri == null ? "" : webUrl.apply(iri.toString()));
    }
    /** Compiled once: asking Handlebars again looks the template up on the class path, under the jar's lock. */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private volatile Supplier<?> visitor = () -> null;
    private volatile BooleanSupplier signedIn = () -> false;

    /**
     * What every page shows as {@code visitor} beside its own model (who is signed in, for the
     * header), asked for at each render, and whether that visitor is {@code signedIn} (and so
     * sees pages of their own); without it pages show no account at all.
     */
    public void visitor(Supplier<?> visitor, BooleanSupplier signedIn) {
        this.visitor = requireNonNull(visitor, "visitor");
        this.signedIn = requireNonNull(signedIn, "signedIn");
    }

    /** True when the current visitor sees a page as everyone not signed in does, so that it may be shared. */
    public boolean forEveryone() {
        return !signedIn.getAsBoolean();
    }

    /** Compiles template {@code name} (and the partials it includes) now, so that its first render need not. */
    public void prepare(String name) {
        templates.computeIfAbsent(requireNonNull(name, "name"), this::compile);
    }

    /** Renders template {@code name} with {@code model}; records resolve through their accessor methods. */
    public String render(String name, Map<String, ?> model) {
        try {
            Template template = templates.computeIfAbsent(name, this::compile);
            Context.Builder builder = Context.newBuilder(model);
            Object current = visitor.get();
            if (current != null) {
                builder.combine("visitor", current);
            }
            Context context = builder
                    .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                            MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                    .build();
            try {
                StringWriter page = new StringWriter(PAGE_BUFFER);
                template.apply(context, page);
                return page.toString();
            } finally {
                context.destroy();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render template " + name, e);
        }
    }

    /**
     * The templates in the jar, each looked up once: Handlebars asks its loader for a partial's
     * source at every use of the partial, which searched the class path a dozen times a page.
     */
    private static final class TemplateSources extends ClassPathTemplateLoader {
        private final Map<String, TemplateSource> sources = new ConcurrentHashMap<>();

        TemplateSources() {
            super("/templates", ".hbs");
        }

        @Override
        public TemplateSource sourceAt(String location) throws IOException {
            TemplateSource source = sources.get(location);
            if (source == null) {
                source = super.sourceAt(location);
                sources.put(location, source);
            }
            return source;
        }
    }

    private Template compile(String name) {
        try {
            return handlebars.compile(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compile template " + name, e);
        }
    }
}
