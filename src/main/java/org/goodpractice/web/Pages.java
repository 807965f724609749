package org.goodpractice.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;

/**
 * Renders the Handlebars templates under {@code templates/}. Every page fills the one layout;
 * {@code {{value}}} escapes HTML, so record text can never inject markup.
 *
 * <pre>
 * String html = new Pages().render("practice", Map.of("practice", view));
 * </pre>
 */
public final class Pages {
    private final Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"))
            .with(new ConcurrentMapTemplateCache());

    /** Renders template {@code name} with {@code model}; records resolve through their accessor methods. */
    public String render(String name, Map<String, ?> model) {
        try {
            Template template = handlebars.compile(name);
            Context context = Context.newBuilder(model)
                    .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                            MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                    .build();
            try {
                return template.apply(context);
            } finally {
                context.destroy();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render template " + name, e);
        }
    }
}
