package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.goodpractice.catalog.CaseStudyView;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.store.VersionedCache;

/**
 * The model of a practice page: the record, its linked-data head (schema.org JSON-LD), related
 * case studies and the browse extras. Each part is computed once per practice and kept until the
 * store changes, because the JSON-LD framing and the case-study query cost several times what
 * rendering the page does (see bench/README.md).
 *
 * <pre>
 * new PracticePage(catalog, linkedData, caseStudies, browse).model("0557C2").map(m -&gt; pages.render("practice", m));
 * </pre>
 */
final class PracticePage {
    /** Enough to keep the parts of every page of a 10k-record store. */
    private static final int CACHED = 10_000;

    private final PracticeCatalog catalog;
    private final LinkedDataRoutes linkedData;
    private final CaseStudyRoutes caseStudies;
    private final BrowseRoutes browse;
    private final VersionedCache<String, LinkedDataRoutes.Head> heads;
    private final VersionedCache<String, List<CaseStudyView.Related>> related;

    PracticePage(PracticeCatalog catalog, LinkedDataRoutes linkedData, CaseStudyRoutes caseStudies, BrowseRoutes browse) {
        this.catalog = requireNonNull(catalog, "catalog");
        this.linkedData = requireNonNull(linkedData, "linkedData");
        this.caseStudies = requireNonNull(caseStudies, "caseStudies");
        this.browse = requireNonNull(browse, "browse");
        this.heads = new VersionedCache<>(browse::contentVersion, CACHED);
        this.related = new VersionedCache<>(browse::contentVersion, CACHED);
    }

    /** The page model of practice {@code id}, if the store has it. */
    Optional<Map<String, Object>> model(String id) {
        return catalog.practice(id).map(this::model);
    }

    private Map<String, Object> model(PracticeView practice) {
        return Map.of("title", practice.title(), "practice", practice,
                "linkedData", heads.get(practice.iri(), linkedData::practiceHead),
                "caseStudies", related.get(practice.iri(), caseStudies::relatedTo),
                "extras", browse.practiceExtras(practice));
    }
}
