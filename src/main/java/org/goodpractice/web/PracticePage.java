package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.store.VersionedCache;

/**
 * The model of a practice page: the record, its linked-data head (schema.org JSON-LD), related
 * case studies and the browse extras. A page's model is computed once and kept until the store
 * changes, because reading it costs several times what rendering the page does (see
 * bench/README.md); {@link PagePreparer} computes them ahead of the first visitor. One cache for
 * the whole model, keyed on one version, so that no part of a page can outlive the others.
 *
 * <pre>
 * new PracticePage(catalog, linkedData, caseStudies, browse, PracticePage.CACHE_BYTES).model("0557C2").map(m -&gt; pages.render("practice", m));
 * </pre>
 */
public final class PracticePage {
    /**
     * The heap the page models may take by default, estimated by {@link ModelWeight}; {@link PagePreparer}
     * stops preparing when it is full, and pages beyond it are made on demand.
     */
    public static final long CACHE_BYTES = 96L << 20;
    private static final int SUMMARY = 155;

    private final PracticeCatalog catalog;
    private final LinkedDataRoutes linkedData;
    private final CaseStudyRoutes caseStudies;
    private final BrowseRoutes browse;
    private final VersionedCache<String, Map<String, Object>> models;

    /** A page whose cache of models holds at most about {@code cacheBytes} of heap. */
    public PracticePage(PracticeCatalog catalog, LinkedDataRoutes linkedData, CaseStudyRoutes caseStudies, BrowseRoutes browse,
                        long cacheBytes) {
        this.catalog = requireNonNull(catalog, "catalog");
        this.linkedData = requireNonNull(linkedData, "linkedData");
        this.caseStudies = requireNonNull(caseStudies, "caseStudies");
        this.browse = requireNonNull(browse, "browse");
        this.models = new VersionedCache<>(browse::contentVersion, cacheBytes, ModelWeight::of);
    }

    /** The page model of practice {@code id}, if the store has it. */
    public Optional<Map<String, Object>> model(String id) {
        return Optional.ofNullable(models.get(id, key -> catalog.practice(key).map(this::model).orElse(null)));
    }

    /** True when the cache has had to drop a model for want of room: preparing more would push out others. */
    boolean cacheFull() {
        return models.full();
    }

    /** The estimated heap the cached models take now. */
    long cacheWeight() {
        return models.weight();
    }

    /** The start of the description, cut at a word, as search engines show about 160 characters. */
    static String summary(PracticeView practice) {
        String text = String.join(" ", practice.description()).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "Good practice " + practice.id() + " in regional policy: " + practice.title() + ".";
        }
        if (text.length() <= SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY);
        return text.substring(0, cut > 0 ? cut : SUMMARY) + "…";
    }

    private Map<String, Object> model(PracticeView practice) {
        return Map.of("title", practice.title(), "practice", practice, "metaDescription", summary(practice),
                "linkedData", linkedData.practiceHead(practice),
                "caseStudies", caseStudies.relatedTo(practice.iri()),
                "extras", browse.practiceExtras(practice));
    }
}
