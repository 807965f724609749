package org.goodpractice.web;

import java.util.List;

/** One URL of each page type the site serves (over the sample data and the hostile test record), for whole-site checks. */
final class SitePages {
    static final String NOT_FOUND = "no/such/page";
    static final List<String> ALL = List.of(
            "",
            "practice/0557C2",
            "practice/XSS2",
            "search",
            "search?q=leaks",
            "search?q=nothing-matches-this",
            "concept/sub-theme/water-management",
            "concept/priority/1",
            "country/ITA",
            "region/ITC4C",
            "query",
            "query?example=one-practice-as-rdf",
            "article/smart-specialisation-and-building-links-with-smes",
            "page/concept/interreg-ivc/sub-theme/water-management",
            "page/organisation/birmingham-science-park-aston-bspa",
            "page/practice/XSS2/location",
            "ontology",
            "dataset",
            "api",
            NOT_FOUND);

    private SitePages() {
    }

    static int status(String path) {
        return path.equals(NOT_FOUND) ? 404 : 200;
    }
}
