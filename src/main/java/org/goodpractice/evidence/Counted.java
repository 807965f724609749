package org.goodpractice.evidence;

/**
 * What an indicator counts or measures, as a concept of the indicator scheme in
 * {@code ontology/indicators.ttl}: {@code {base}id/concept/indicator/{slug}}.
 */
public enum Counted {
    COMPANIES("companies"),
    START_UPS("start-ups"),
    JOBS("jobs"),
    PEOPLE("people"),
    HOUSEHOLDS("households"),
    BUILDINGS("buildings"),
    PROJECTS("projects"),
    PRODUCTS("products"),
    CO2_TONNES("co2-tonnes"),
    TONNES("tonnes"),
    PERCENT("percent"),
    MONEY("money"),
    HECTARES("hectares"),
    KILOMETRES("kilometres");

    private final String slug;

    Counted(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String iri(String base) {
        return base + "id/concept/indicator/" + slug;
    }
}
