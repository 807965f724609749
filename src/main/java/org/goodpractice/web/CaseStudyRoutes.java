package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.goodpractice.catalog.CaseStudyCatalog;
import org.goodpractice.catalog.CaseStudyView.Related;

/**
 * The pages of case studies ({@link Paths#ARTICLE}), and the list of case studies related to a
 * practice that its page shows.
 *
 * <pre>
 * CaseStudyRoutes caseStudies = new CaseStudyRoutes(new CaseStudyCatalog(store, base), pages, linkedDataRoutes);
 * caseStudies.register(config);
 * </pre>
 */
public final class CaseStudyRoutes {
    private final CaseStudyCatalog catalog;
    private final Pages pages;
    private final LinkedDataRoutes linkedData;

    public CaseStudyRoutes(CaseStudyCatalog catalog, Pages pages, LinkedDataRoutes linkedData) {
        this.catalog = requireNonNull(catalog, "catalog");
        this.pages = requireNonNull(pages, "pages");
        this.linkedData = requireNonNull(linkedData, "linkedData");
    }

    public void register(JavalinConfig config) {
        Negotiation.getAndHead(config, Paths.ARTICLE, this::article);
    }

    /** The case studies related to the practice {@code practiceIri}, for its page. */
    public List<Related> relatedTo(String practiceIri) {
        return catalog.relatedTo(practiceIri);
    }

    private void article(Context ctx) {
        catalog.caseStudy(ctx.pathParam("id")).ifPresentOrElse(
                article -> {
                    LinkedDataRoutes.Head head = linkedData.head(article.iri());
                    LinkedDataRoutes.link(ctx, head);
                    ctx.html(pages.render("article", Map.of("title", article.title(), "article", article,
                            "metaDescription", "A case study in the good-practice repository: " + article.title() + ".",
                            "linkedData", head)));
                },
                () -> ctx.status(HttpStatus.NOT_FOUND));
    }
}
