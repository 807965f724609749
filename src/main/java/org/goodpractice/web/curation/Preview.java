package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import org.goodpractice.curation.FormCheck;
import org.goodpractice.web.Pages;
import org.goodpractice.web.PracticePage;

/**
 * The Preview button of the submit and edit forms: the practice page a checked form would make, in
 * the page's own template, marked as a preview and with nothing written. The page carries what was
 * typed in hidden fields, so that "Continue editing" brings the form back as it was and "Save" saves it.
 */
final class Preview {
    /** The form button asking for a preview, and the preview's button going back to the form. */
    static final String BUTTON = "preview";
    static final String BACK = "back";

    private final PracticePage page;
    private final Pages pages;

    Preview(PracticePage page, Pages pages) {
        this.page = requireNonNull(page, "page");
        this.pages = requireNonNull(pages, "pages");
    }

    /** True when the form was sent by its Preview button or by the preview's "Continue editing". */
    boolean wanted(Context ctx) {
        return ctx.formParam(BUTTON) != null || back(ctx);
    }

    boolean back(Context ctx) {
        return ctx.formParam(BACK) != null;
    }

    /** Renders the page of {@code check}'s record; {@code extra} are more hidden fields (the edit's base version and reason). */
    void show(Context ctx, FormCheck check, String action, Map<String, String> typed, Map<String, String> extra) {
        List<Map<String, String>> hidden = new ArrayList<>();
        typed.forEach((name, value) -> {
            for (String v : name.equals("topics") ? value.split("\n") : new String[] {value}) {
                hidden.add(Map.of("name", name, "value", v));
            }
        });
        extra.forEach((name, value) -> hidden.add(Map.of("name", name, "value", value)));
        Map<String, Object> notice = Map.of("action", action, "hidden", hidden, "csrf", Visitor.of(ctx).csrf());
        Map<String, Object> model = page.preview(check.record().id(), check.record().model(), notice)
                .orElseThrow(() -> new AccessRefused(400, "The form makes no practice to preview."));
        ctx.html(pages.render("practice", model));
    }
}
