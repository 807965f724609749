package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
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
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PracticeCatalog catalog;
    private final LinkedDataRoutes linkedData;
    private final CaseStudyRoutes caseStudies;
    private final BrowseRoutes browse;
    private final VersionedCache<String, Map<String, Object>> models;
    private volatile boolean historyLinks;

    /** A page whose cache of models holds at most about {@code cacheBytes} of heap. */
    public PracticePage(PracticeCatalog catalog, LinkedDataRoutes linkedData, CaseStudyRoutes caseStudies, BrowseRoutes browse,
                        long cacheBytes) {
        this.catalog = requireNonNull(catalog, "catalog");
        this.linkedData = requireNonNull(linkedData, "linkedData");
        this.caseStudies = requireNonNull(caseStudies, "caseStudies");
        this.browse = requireNonNull(browse, "browse");
        this.models = new VersionedCache<>(browse::contentVersion, cacheBytes, ModelWeight::of);
    }

    /** Makes every page link to its practice's history (there is one to show). */
    PracticePage linkHistory() {
        historyLinks = true;
        return this;
    }

    /** The page model of practice {@code id}, if the store has it. */
    public Optional<Map<String, Object>> model(String id) {
        return Optional.ofNullable(models.get(id, key -> catalog.practice(key).map(this::model).orElse(null)));
    }

    /**
     * The page model of a past version of a practice: the record as it was, with the browse extras
     * of today, and the version's number and the history it belongs to for the page's notice.
     */
    Map<String, Object> pastVersion(PracticeView practice, int number) {
        return Map.of("title", practice.title() + " (version " + number + ")", "practice", practice,
                "metaDescription", summary(practice), "extras", browse.practiceExtras(practice),
                "pastVersion", Map.of("number", number, "history", Paths.history(urlId(practice))));
    }

    /**
     * The page model practice {@code id} would have if {@code record} (a checked, unsaved record graph)
     * were stored, marked with {@code notice} for the page's preview banner; empty when it holds no practice.
     */
    public Optional<Map<String, Object>> preview(String id, Model record, Map<String, Object> notice) {
        requireNonNull(notice, "notice");
        return catalog.practice(id, record).map(p -> Map.of("title", "Preview: " + p.title(), "practice", p,
                "metaDescription", summary(p), "extras", browse.practiceExtras(p), "preview", notice));
    }

    /** The identifier in the practice's IRI and URL, which may differ from its index (dcterms:identifier). */
    private static String urlId(PracticeView practice) {
        return practice.iri().substring(practice.iri().lastIndexOf('/') + 1);
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
        String text = SPACES.matcher(String.join(" ", practice.description()).strip()).replaceAll(" ");
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
        Map<String, Object> model = new HashMap<>(Map.of("title", practice.title(), "practice", practice,
                "metaDescription", summary(practice), "linkedData", linkedData.practiceHead(practice),
                "caseStudies", caseStudies.relatedTo(practice.iri()), "extras", browse.practiceExtras(practice)));
        if (historyLinks) {
            model.put("historyHref", Paths.history(urlId(practice)));
        }
        // Shown to reviewers and admins only: the page template decides by its visitor.
        model.put("editHref", Paths.edit(urlId(practice)));
        return Map.copyOf(model);
    }
}
