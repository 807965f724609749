package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.goodpractice.Lazy;
import org.goodpractice.curation.Account;
import org.goodpractice.curation.FormCheck;
import org.goodpractice.curation.PlatformText;
import org.goodpractice.curation.PlatformText.Kind;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.State;
import org.goodpractice.curation.Submission;
import org.goodpractice.curation.Workflow;
import org.goodpractice.place.Countries;
import org.goodpractice.place.Gazetteer;
import org.goodpractice.web.Pages;
import org.goodpractice.web.Paths;

/**
 * {@link Paths#SUBMIT} and {@code /submission/{id}/edit}: the Interreg Europe template's fields as a
 * form. A save is checked as an import is ({@link Workflow#save}); a refusal is shown beside its
 * field with everything typed kept, and nothing is stored.
 *
 * <pre>
 * new SubmitForm(workflow, pages).register(config);
 * </pre>
 */
final class SubmitForm {
    /** Most characters a field may hold; a record's line (a paragraph) is at most 10,000 anyway. */
    static final int MAX_FIELD = 20_000;
    private static final Set<State> AUTHOR_EDITS = Set.of(State.DRAFT, State.CHANGES_REQUESTED);
    private static final Map<String, String> HINTS = Map.of(
            "start", "A month (2021-03) or a day (2021-03-15).",
            "end", "A month or a day, or \"ongoing\".",
            "description", "Paragraphs separated by empty lines.",
            "ownerCountry", "A European country's name or code, e.g. Slovenia or SI.",
            "country", "A European country's name or code.",
            "expert", "Filled in by reviewers only.",
            "priority", "From the Interreg IVC annex the practice was imported from.",
            "annexCompleted", "A day, e.g. 2011-08-09.");

    /** The gazetteer's countries, suggested as a country is typed; any name or code it knows is accepted. */
    private static final Lazy<List<String>> COUNTRIES = Lazy.of(() -> Gazetteer.bundled().countries().all().stream()
            .map(Countries.Country::name).sorted().toList());

    private final Workflow workflow;
    private final Pages pages;
    private final Preview preview;

    /** @param preview how the form's Preview button shows the page, or null for a form without one */
    SubmitForm(Workflow workflow, Pages pages, Preview preview) {
        this.workflow = requireNonNull(workflow, "workflow");
        this.pages = requireNonNull(pages, "pages");
        this.preview = preview;
    }

    void register(JavalinConfig config) {
        config.routes.get(Paths.SUBMIT, ctx -> {
            Visitor.requireRole(ctx, Role.CONTRIBUTOR);
            show(ctx, null, Map.of(), null, null);
        });
        config.routes.post(Paths.SUBMIT, ctx -> save(ctx, null));
        config.routes.get(Paths.SUBMISSION + "/edit", ctx -> {
            Submission s = editable(ctx);
            show(ctx, s, s.fields(), null, null);
        });
        config.routes.post(Paths.SUBMISSION + "/edit", ctx -> save(ctx, editable(ctx)));
    }

    /** The submission of the path when this visitor may change it now: 404 when they may not see it, 409 when not in this state. */
    private Submission editable(Context ctx) {
        Submission s = SubmissionPages.visible(ctx, workflow);
        Account who = Visitor.of(ctx).account();
        if (!mayEdit(s, who)) {
            throw new AccessRefused(409, "This submission is " + SubmissionPages.label(s.state())
                    + " and cannot be edited now" + (s.writtenBy(who.name()) ? "; it can be edited again if a reviewer requests changes." : "."));
        }
        return s;
    }

    /** Authors edit their drafts and what a reviewer sent back; reviewers edit anything not yet decided. */
    static boolean mayEdit(Submission s, Account who) {
        return s.writtenBy(who.name()) && AUTHOR_EDITS.contains(s.state())
                || who.role().atLeast(Role.REVIEWER) && s.state() != State.PUBLISHED && s.state() != State.DECLINED;
    }

    private void save(Context ctx, Submission existing) {
        Account who = Visitor.requireRole(ctx, Role.CONTRIBUTOR);
        Map<String, String> typed = typed(ctx);
        // A submission is a new Interreg Europe practice: the annex's fields are offered only when editing one imported from an annex.
        PlatformText.ANNEX_FIELDS.forEach(typed::remove);
        if (!who.role().atLeast(Role.REVIEWER)) {
            // Only reviewers write the expert opinion: a contributor's form keeps the one there is.
            typed.remove("expert");
            if (existing != null && !existing.field("expert").isEmpty()) {
                typed.put("expert", existing.field("expert"));
            }
        }
        Optional<String> tooLong = typed.entrySet().stream().filter(e -> e.getValue().length() > MAX_FIELD)
                .map(Map.Entry::getKey).findFirst();
        if (tooLong.isPresent()) {
            ctx.status(413);
            show(ctx, existing, typed, tooLong.get(), String.format("%,d characters; a field is at most %,d",
                    typed.get(tooLong.get()).length(), MAX_FIELD));
            return;
        }
        if (preview != null && preview.wanted(ctx)) {
            String action = existing == null ? Paths.SUBMIT : Paths.submission(existing.id()) + "/edit";
            FormCheck check = workflow.check(typed);
            if (check.passed() && !preview.back(ctx)) {
                preview.show(ctx, check, action, typed, Map.of());
                return;
            }
            ctx.status(check.passed() ? 200 : 400);
            show(ctx, existing, typed, check.field(), check.problem());
            return;
        }
        Workflow.Saved saved = workflow.save(existing, who.name(), typed);
        if (saved.submission().isEmpty()) {
            ctx.status(400);
            show(ctx, existing, typed, saved.field().orElse(null), saved.problem());
            return;
        }
        ctx.redirect(Paths.submission(saved.submission().get().id()) + "?saved", HttpStatus.SEE_OTHER);
    }

    static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (PlatformText.Field f : PlatformText.fields()) {
            String value = f.kind() == Kind.TOPICS ? String.join("\n", ctx.formParams(f.name()))
                    : Optional.ofNullable(ctx.formParam(f.name())).orElse("");
            if (!value.isBlank()) {
                typed.put(f.name(), value.replace("\r\n", "\n"));
            }
        }
        return typed;
    }

    private void show(Context ctx, Submission existing, Map<String, String> values, String errorField, String problem) {
        Map<String, Object> model = model(ctx, workflow.topics(), values, errorField, problem);
        model.put("title", existing == null ? "Submit a good practice" : "Edit submission");
        model.put("action", existing == null ? Paths.SUBMIT : Paths.submission(existing.id()) + "/edit");
        model.put("preview", preview != null);
        ctx.html(pages.render("submit", model));
    }

    /** The form's fields with {@code values}, and the problem beside {@code errorField} (the whole form when null). */
    static Map<String, Object> model(Context ctx, List<String> topics, Map<String, String> values, String errorField, String problem) {
        boolean reviewer = Visitor.of(ctx).account().role().atLeast(Role.REVIEWER);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (PlatformText.Field f : PlatformText.fields()) {
            if (PlatformText.ANNEX_FIELDS.contains(f.name()) && !values.containsKey(f.name()) && !f.name().equals(errorField)) {
                continue;
            }
            boolean readOnly = f.name().equals("expert") && !reviewer;
            Map<String, Object> field = new HashMap<>();
            field.put("name", f.name());
            field.put("label", f.label());
            field.put("value", values.getOrDefault(f.name(), ""));
            field.put(f.kind() == Kind.TEXT ? "text" : f.kind() == Kind.TOPICS ? "topics" : "line", true);
            field.put("hint", HINTS.get(f.name()));
            field.put("readOnly", readOnly);
            field.put("countries", f.name().equals("country") || f.name().equals("ownerCountry"));
            field.put("required", f.name().equals("title") || f.name().equals("topics"));
            if (f.name().equals(errorField)) {
                field.put("error", problem);
            }
            if (f.kind() == Kind.TOPICS) {
                List<String> chosen = List.of(values.getOrDefault(f.name(), "").split("\n"));
                List<Map<String, Object>> choices = new ArrayList<>();
                for (int i = 0; i < topics.size(); i++) {
                    choices.add(Map.of("id", "f-topics-" + i, "value", topics.get(i), "checked", chosen.contains(topics.get(i))));
                }
                field.put("choices", choices);
            }
            fields.add(field);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        model.put("countries", COUNTRIES.get());
        model.put("problem", problem);
        model.put("general", problem != null && errorField == null);
        return model;
    }
}
