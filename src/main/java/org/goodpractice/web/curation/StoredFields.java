package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.goodpractice.catalog.Link;
import org.goodpractice.catalog.PracticeView;

/**
 * A stored practice as the edit form's fields ({@link org.goodpractice.curation.PlatformText}'s names),
 * whichever format it was imported from: an annex's contact organisation becomes the owner, its
 * location the country, region and city it was split into. What the template has no field for
 * (an annex's IVC priority and sub-theme) is named by {@link #notKept}.
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
        return f;
    }

    /** What the stored practice says that its edit, written in the Interreg Europe template, will not keep. */
    static List<String> notKept(PracticeView p) {
        return Stream.of(p.priority() == null ? null : "priority " + p.priority().label(),
                p.subTheme() == null ? null : "sub-theme " + p.subTheme().label(),
                p.annexCompleted() == null ? null : "annex completed " + p.annexCompleted())
                .filter(Objects::nonNull).toList();
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
