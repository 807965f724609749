package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.goodpractice.catalog.Link;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.place.Countries;
import org.goodpractice.place.Gazetteer;

/**
 * A stored practice as the edit form's fields ({@link org.goodpractice.curation.PlatformText}'s names),
 * whichever format it was imported from: an annex's contact organisation becomes the owner, its
 * location the country, region and city it was split into, its IVC priority, sub-theme and completion
 * date the fields {@link org.goodpractice.curation.PlatformText#ANNEX_FIELDS} that its edit form offers.
 */
final class StoredFields {
    private StoredFields() {
    }

    static Map<String, String> of(PracticeView p) {
        requireNonNull(p, "p");
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "title", p.title());
        put(f, "description", paragraphs(p.description()));
        put(f, "evidence", paragraphs(p.evidence()));
        PracticeView.PlatformTexts platform = p.platform();
        if (platform != null) {
            put(f, "resources", paragraphs(platform.resources()));
            put(f, "transfer", paragraphs(platform.transfer()));
            put(f, "further", paragraphs(platform.furtherInformation()));
            put(f, "expert", paragraphs(platform.expertOpinion()));
            put(f, "project", platform.project());
            put(f, "ownerOrganisation", label(platform.owner()));
            put(f, "ownerCountry", countryName(platform.ownerCountry()));
        }
        if (!f.containsKey("ownerOrganisation")) {
            put(f, "ownerOrganisation", label(p.contactOrganisation()));
        }
        put(f, "ownerContact", label(p.contactPerson()));
        if (p.location() != null) {
            put(f, "country", p.location().country());
            put(f, "region", p.location().regions().isEmpty() ? null : p.location().regions().get(0));
            put(f, "city", p.location().locality());
        }
        put(f, "start", p.start());
        put(f, "end", p.end());
        put(f, "topics", p.programmeTopics().stream().map(Link::label).collect(Collectors.joining("\n")));
        put(f, "priority", label(p.priority()));
        put(f, "subTheme", label(p.subTheme()));
        put(f, "annexCompleted", p.annexCompleted());
        return f;
    }

    /** The country's name as the gazetteer gives it (the form's suggestions), whether or not the store labels it. */
    private static String countryName(Link country) {
        if (country == null) {
            return null;
        }
        return Gazetteer.bundled().countries().all().stream().filter(c -> c.iri().equals(country.iri()))
                .map(Countries.Country::name).findFirst().orElse(country.label());
    }

    private static String paragraphs(List<String> paragraphs) {
        return paragraphs == null ? null : String.join("\n\n", paragraphs);
    }

    private static String label(Link link) {
        return link == null ? null : link.label();
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, value);
        }
    }
}
