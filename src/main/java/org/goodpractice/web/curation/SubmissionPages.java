package org.goodpractice.web.curation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.goodpractice.curation.Account;
import org.goodpractice.curation.CurationException;
import org.goodpractice.curation.PlatformText;
import org.goodpractice.curation.Role;
import org.goodpractice.curation.State;
import org.goodpractice.curation.State.Step;
import org.goodpractice.curation.Submission;
import org.goodpractice.curation.Workflow;
import org.goodpractice.web.Pages;
import org.goodpractice.web.Paths;

/**
 * {@link Paths#DASHBOARD} (one's own submissions), {@link Paths#REVIEW} (what waits for a reviewer),
 * {@code /submission/{id}} (a submission with the steps its visitor may take) and its
 * {@code /step} form. A contributor sees only their own submissions: any other is 404, as if it did
 * not exist. A step the submission's state does not allow is 409.
 *
 * <pre>
 * new SubmissionPages(workflow, pages).register(config);
 * </pre>
 */
final class SubmissionPages {
    /** One action button: the step's form value and its label, and whether it needs a comment. */
    record Action(String step, String label, boolean comment) {
    }

    private final Workflow workflow;
    private final Pages pages;

    SubmissionPages(Workflow workflow, Pages pages) {
        this.workflow = requireNonNull(workflow, "workflow");
        this.pages = requireNonNull(pages, "pages");
    }

    void register(JavalinConfig config) {
        config.routes.get(Paths.DASHBOARD, ctx -> {
            Account who = Visitor.requireRole(ctx, Role.CONTRIBUTOR);
            list(ctx, "Your submissions", workflow.byAuthor(who.name()), "You have submitted nothing yet.");
        });
        config.routes.get(Paths.REVIEW, ctx -> {
            Visitor.requireRole(ctx, Role.REVIEWER);
            list(ctx, "Waiting for review", workflow.awaitingReview(), "Nothing waits for a review.");
        });
        config.routes.get(Paths.SUBMISSION, ctx -> show(ctx, visible(ctx, workflow), null));
        config.routes.post(Paths.SUBMISSION + "/step", this::step);
    }

    /** The submission the path names, when the signed-in visitor may see it; 404 otherwise, for a wrong id as for another's. */
    static Submission visible(Context ctx, Workflow workflow) {
        Account who = Visitor.requireRole(ctx, Role.CONTRIBUTOR);
        String id = ctx.pathParam("id");
        Optional<Submission> s = Submission.isId(id) ? workflow.find(id) : Optional.empty();
        if (s.isEmpty() || !(s.get().writtenBy(who.name()) || who.role().atLeast(Role.REVIEWER))) {
            throw new NotFoundResponse();
        }
        return s.get();
    }

    static String label(State state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private void step(Context ctx) {
        Submission s = visible(ctx, workflow);
        Account who = Visitor.of(ctx).account();
        Step step = parse(ctx.formParam("step"));
        if (step != Step.SUBMIT) {
            Visitor.requireRole(ctx, Role.REVIEWER);
        } else if (!s.writtenBy(who.name())) {
            throw new AccessRefused(403, "Only the author of a submission submits it.");
        }
        String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
        if ((step == Step.REQUEST_CHANGES || step == Step.DECLINE) && comment.isEmpty()) {
            ctx.status(400);
            show(ctx, s, "Say what should change, or why the practice is declined, in the comment.");
            return;
        }
        if (comment.length() > SubmitForm.MAX_FIELD) {
            ctx.status(413);
            show(ctx, s, String.format("The comment has %,d characters; it may have at most %,d.", comment.length(), SubmitForm.MAX_FIELD));
            return;
        }
        try {
            workflow.step(s, step, who, comment);
        } catch (CurationException e) {
            throw new AccessRefused(409, "Not done: " + e.getMessage() + ".");
        }
        ctx.redirect(Paths.submission(s.id()), HttpStatus.SEE_OTHER);
    }

    private static Step parse(String step) {
        for (Step s : Step.values()) {
            if (s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(step)) {
                return s;
            }
        }
        throw new AccessRefused(400, "Unknown step; use submit, request-changes, approve or decline.");
    }

    private void list(Context ctx, String heading, List<Submission> submissions, String none) {
        List<Map<String, String>> rows = submissions.stream().map(s -> Map.of("id", s.id(), "title", s.field("title"),
                "author", s.author(), "state", label(s.state()), "updated", s.updated().toString().substring(0, 16).replace('T', ' '))).toList();
        ctx.html(pages.render("submissions", Map.of("title", heading, "heading", heading, "rows", rows, "none", none)));
    }

    private void show(Context ctx, Submission s, String error) {
        Account who = Visitor.of(ctx).account();
        List<Map<String, String>> fields = new ArrayList<>();
        for (PlatformText.Field f : PlatformText.fields()) {
            if (!s.field(f.name()).isEmpty()) {
                fields.add(Map.of("label", f.label(), "value", s.field(f.name())));
            }
        }
        List<Action> actions = new ArrayList<>();
        if (s.writtenBy(who.name()) && (s.state() == State.DRAFT || s.state() == State.CHANGES_REQUESTED)) {
            actions.add(new Action("submit", s.state() == State.DRAFT ? "Submit for review" : "Resubmit", false));
        }
        if (who.role().atLeast(Role.REVIEWER) && s.state().awaitsReview()) {
            actions.add(new Action("request-changes", "Request changes", true));
            actions.add(new Action("approve", "Approve and publish", false));
            actions.add(new Action("decline", "Decline", true));
        }
        boolean editable = SubmitForm.mayEdit(s, who);
        List<Map<String, String>> steps = s.comments().stream().map(c -> Map.of("step", c.step(), "by", c.by(),
                "text", c.text(), "at", c.at().toString().substring(0, 16).replace('T', ' '))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("title", s.field("title").isEmpty() ? "Submission" : s.field("title"));
        model.put("id", s.id());
        model.put("author", s.author());
        model.put("state", label(s.state()));
        model.put("fields", fields);
        model.put("steps", steps);
        model.put("actions", actions);
        model.put("editable", editable);
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("practice", s.practice() == null ? null : Paths.practice(s.practice()));
        model.put("error", error);
        ctx.html(pages.render("submission", model));
    }
}
