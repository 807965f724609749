package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.goodpractice.catalog.PracticeCatalog;
import org.goodpractice.catalog.PracticeView;
import org.goodpractice.curation.Account;
import org.goodpractice.curation.FormCheck;
import org.goodpractice.curation.PlatformText;
import org.goodpractice.curation.PracticeEditor;
import org.goodpractice.curation.Role;
import org.goodpractice.history.History;
import org.goodpractice.ingest.Iris;
import org.goodpractice.web.Pages;
import org.goodpractice.web.Paths;

/**
 * {@link Paths#EDIT}: a reviewer's or admin's edit of a published practice, imported or submitted,
 * in the submit form's fields, pre-filled from the stored record. The form carries the store version
 * it was opened at ({@code base}) and a short reason ({@code why}) for the history. A save over a
 * practice changed since is answered 409 with both versions side by side and the typed values kept in
 * the form, whose new {@code base} lets the editor save over the current version deliberately.
 *
 * <pre>
 * new EditForm(editor, catalog, preview, pages, Clock.systemUTC()).register(config);
 * </pre>
 */
final class EditForm {
    static final String BASE = "base";
    static final String WHY = "why";
    /** Most characters of the reason, a line of the history. */
    static final int MAX_WHY = 300;
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

    private final PracticeEditor editor;
    private final PracticeCatalog catalog;
    private final Preview preview;
    private final Pages pages;
    private final Clock clock;

    EditForm(PracticeEditor editor, PracticeCatalog catalog, Preview preview, Pages pages, Clock clock) {
        this.editor = requireNonNull(editor, "editor");
        this.catalog = requireNonNull(catalog, "catalog");
        this.preview = requireNonNull(preview, "preview");
        this.pages = requireNonNull(pages, "pages");
        this.clock = requireNonNull(clock, "clock");
    }

    void register(JavalinConfig config) {
        config.routes.get(Paths.EDIT, ctx -> {
            Visitor.requireRole(ctx, Role.REVIEWER);
            String id = id(ctx);
            // The version is read before the record, so that a change in between is a conflict at save, never lost.
            long base = editor.version();
            PracticeView stored = stored(id);
            show(ctx, id, stored, StoredFields.of(stored), base, "", null, null, null);
        });
        config.routes.post(Paths.EDIT, this::save);
    }

    private void save(Context ctx) {
        Account who = Visitor.requireRole(ctx, Role.REVIEWER);
        String id = id(ctx);
        PracticeView stored = stored(id);
        Map<String, String> typed = SubmitForm.typed(ctx);
        String why = Optional.ofNullable(ctx.formParam(WHY)).orElse("").strip();
        String baseText = Optional.ofNullable(ctx.formParam(BASE)).orElse("");
        if (!VERSION.matcher(baseText).matches()) {
            throw new AccessRefused(400, "The form does not say which version of the practice it started from; open the edit form again.");
        }
        long base = Long.parseLong(baseText);
        Optional<String> tooLong = typed.entrySet().stream().filter(e -> e.getValue().length() > SubmitForm.MAX_FIELD)
                .map(Map.Entry::getKey).findFirst();
        if (tooLong.isPresent() || why.length() > MAX_WHY) {
            String field = tooLong.orElse(WHY);
            int max = tooLong.isPresent() ? SubmitForm.MAX_FIELD : MAX_WHY;
            ctx.status(413);
            show(ctx, id, stored, typed, base, why, field, String.format("%,d characters; this field is at most %,d",
                    (tooLong.isPresent() ? typed.get(field) : why).length(), max), null);
            return;
        }
        if (preview.wanted(ctx)) {
            FormCheck check = editor.check(id, typed);
            if (check.passed() && !preview.back(ctx)) {
                preview.show(ctx, check, Paths.edit(id), typed, Map.of(BASE, baseText, WHY, why));
                return;
            }
            ctx.status(check.passed() ? 200 : 400);
            show(ctx, id, stored, typed, base, why, check.field(), check.problem(), null);
            return;
        }
        PracticeEditor.Result result = editor.save(id, base, typed, new History.Change(who.name(),
                why.isEmpty() ? "edited on the web" : why, clock.instant()));
        switch (result.kind()) {
            case CONFLICT -> conflict(ctx, id, typed, why);
            case REFUSED -> {
                ctx.status(400);
                show(ctx, id, stored, typed, base, why, result.field(), result.problem(), null);
            }
            default -> ctx.redirect(Paths.practice(id) + (result.kind() == PracticeEditor.Result.Kind.SAVED ? "?edited" : ""),
                    HttpStatus.SEE_OTHER);
        }
    }

    /** 409: the current version beside what was typed, field by field, and the form again with the current version as its base. */
    private void conflict(Context ctx, String id, Map<String, String> typed, String why) {
        long base = editor.version();
        PracticeView current = stored(id);
        Map<String, String> now = StoredFields.of(current);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlatformText.Field f : PlatformText.fields()) {
            String theirs = typed.getOrDefault(f.name(), "");
            String currentValue = now.getOrDefault(f.name(), "");
            if (!theirs.isEmpty() || !currentValue.isEmpty()) {
                rows.add(Map.of("label", f.label(), "theirs", theirs, "current", currentValue,
                        "differs", !theirs.strip().equals(currentValue.strip())));
            }
        }
        ctx.status(409);
        show(ctx, id, current, typed, base, why, null, null, rows);
    }

    private void show(Context ctx, String id, PracticeView stored, Map<String, String> values, long base, String why,
                      String errorField, String problem, List<Map<String, Object>> conflict) {
        boolean whyError = WHY.equals(errorField);
        Map<String, Object> model = SubmitForm.model(ctx, editor.topics(), values, whyError ? null : errorField,
                whyError ? null : problem);
        model.put("title", "Edit " + stored.title());
        model.put("action", Paths.edit(id));
        model.put("preview", true);
        model.put("edit", Map.of("base", Long.toString(base), "why", why, "practiceHref", Paths.practice(id),
                "whyError", whyError ? problem : ""));
        if (whyError) {
            model.put("problem", problem);
        }
        if (conflict != null) {
            model.put("conflict", Map.of("rows", conflict));
            model.put("saveLabel", "Save my version over the current one");
        } else {
            model.put("saveLabel", "Save the practice");
        }
        ctx.html(pages.render("submit", model));
    }

    /** The practice's identifier from the path, checked before it becomes an IRI; 404 for one that cannot be. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Iris.PRACTICE_ID.matcher(id).matches()) {
            throw new NotFoundResponse();
        }
        return id;
    }

    private PracticeView stored(String id) {
        return catalog.practice(id).orElseThrow(NotFoundResponse::new);
    }
}
