package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.store.VersionedCache;
import org.goodpractice.web.Negotiation.Alternate;

/**
 * A practice page: its model (the record, its linked-data head with schema.org JSON-LD, related
 * case studies and the browse extras) and the page rendered from it. The page everyone not signed
 * in sees is kept, gzipped, until the store changes, because reading the model and rendering it
 * cost several times what sending a kept page does (see bench/README.md); {@link PagePreparer}
 * makes them ahead of the first visitor. One cache for the whole page, keyed on one version, so
 * that no part of a page can outlive the others. A signed-in visitor's page is made for them.
 *
 * <pre>
 * new PracticePage(catalog, linkedData, caseStudies, browse, pages, PracticePage.CACHE_BYTES).page("0557C2").ifPresent(p -&gt; p.send(ctx));
 * </pre>
 */
public final class PracticePage {
    /**
     * The heap the kept pages may take by default, gzipped; {@link PagePreparer} stops preparing
     * when it is full, and pages beyond it are made on demand.
     */
    public static final long CACHE_BYTES = 96L << 20;
    private static final int SUMMARY = 155;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PracticeCatalog catalog;
    private final LinkedDataRoutes linkedData;
    private final CaseStudyRoutes caseStudies;
    private final BrowseRoutes browse;
    private final Pages pages;
    private final VersionedCache<String, SentPage> kept;
    private volatile boolean historyLinks;

    /** A page whose cache holds at most about {@code cacheBytes} of heap. */
    public PracticePage(PracticeCatalog catalog, LinkedDataRoutes linkedData, CaseStudyRoutes caseStudies, BrowseRoutes browse,
                        Pages pages, long cacheBytes) {
        this.catalog = requireNonNull(catalog, "catalog");
        this.linkedData = requireNonNull(linkedData, "linkedData");
        this.caseStudies = requireNonNull(caseStudies, "caseStudies");
        this.browse = requireNonNull(browse, "browse");
        this.pages = requireNonNull(pages, "pages");
        this.kept = new VersionedCache<>(browse::contentVersion, cacheBytes, SentPage::weight);
    }

    /** Makes every page link to its practice's history (there is one to show). */
    PracticePage linkHistory() {
        historyLinks = true;
        return this;
    }

    /**
     * The page of practice {@code id} for the current visitor, if the store has it: kept when it is
     * the page everyone not signed in sees, and then, at its first view, sent as this request
     * rendered and gzipped it rather than read back from the cache (or gzipped again by the server).
     */
    Optional<SentPage> page(String id) {
        if (!pages.forEveryone()) {
            return model(id).map(m -> SentPage.rendered(alternates(m), pages.render("practice", m)));
        }
        SentPage[] fresh = new SentPage[1];
        SentPage page = kept.get(id, key -> model(key).map(m -> {
            fresh[0] = SentPage.compressed(alternates(m), pages.render("practice", m));
            return fresh[0].kept();
        }).orElse(null));
        return Optional.ofNullable(fresh[0] != null ? fresh[0] : page);
    }

    /** The page model of practice {@code id}, if the store has it, read now. */
    public Optional<Map<String, Object>> model(String id) {
        return catalog.practice(id).map(this::model);
    }

    private static List<Alternate> alternates(Map<String, Object> model) {
        return ((LinkedDataRoutes.Head) model.get("linkedData")).alternates();
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

    /** True when the cache has had to drop a page for want of room: preparing more would push out others. */
    boolean cacheFull() {
        return kept.full();
    }

    /** The estimated heap the kept pages take now. */
    long cacheWeight() {
        return kept.weight();
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
