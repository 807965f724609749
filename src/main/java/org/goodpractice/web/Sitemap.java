package org.goodpractice.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sitemaps.org XML listing every page: home, dataset, ontology and the page of each minted
 * resource that renders (a practice or case study only when its record gives it a type and title).
 */
final class Sitemap {
    private Sitemap() {
    }

    static String xml(ResourcePaths paths, List<String> mintedIris, Set<String> titledRecords) {
        Set<String> urls = new LinkedHashSet<>(List.of(paths.absolute(Paths.HOME), paths.absolute(Paths.DATASET),
                paths.absolute(Paths.ONTOLOGY)));
        mintedIris.forEach(iri -> paths.path(iri)
                .filter(path -> ResourcePaths.wellFormed(path) && (!paths.ownPage(path) || titledRecords.contains(iri)))
                .ifPresent(path -> urls.add(paths.pageUrl(path))));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.forEach(url -> xml.append("  <url><loc>").append(escape(url)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
