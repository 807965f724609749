package org.goodpractice.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.goodpractice.curation.State.Step;
import org.junit.jupiter.api.Test;

class StateTest {
    @Test
    void fullReviewCycleEndsPublished() {
        State s = State.DRAFT.next(Step.SUBMIT, Role.CONTRIBUTOR, true);
        assertEquals(State.SUBMITTED, s);
        s = s.next(Step.REQUEST_CHANGES, Role.REVIEWER, false);
        assertEquals(State.CHANGES_REQUESTED, s);
        s = s.next(Step.SUBMIT, Role.CONTRIBUTOR, true);
        assertEquals(State.RESUBMITTED, s);
        assertTrue(s.awaitsReview());
        assertEquals(State.PUBLISHED, s.next(Step.APPROVE, Role.REVIEWER, false));
        assertEquals(State.DECLINED, s.next(Step.DECLINE, Role.ADMIN, false));
    }

    @Test
    void contributorCannotApprove() {
        CurationException e = assertThrows(CurationException.class,
                () -> State.SUBMITTED.next(Step.APPROVE, Role.CONTRIBUTOR, true));
        assertTrue(e.getMessage().contains("only a reviewer"), e.getMessage());
    }

    @Test
    void onlyAuthorSubmits() {
        assertThrows(CurationException.class, () -> State.DRAFT.next(Step.SUBMIT, Role.ADMIN, false));
    }

    @Test
    void publishedAndDeclinedAreFinal() {
        for (State end : new State[] {State.PUBLISHED, State.DECLINED}) {
            for (Step step : Step.values()) {
                assertThrows(CurationException.class, () -> end.next(step, Role.ADMIN, true));
            }
        }
    }

    @Test
    void parsesRolesAndRefusesUnknown() {
        assertEquals(Role.REVIEWER, Role.parse("reviewer"));
        assertTrue(Role.ADMIN.atLeast(Role.REVIEWER));
        CurationException e = assertThrows(CurationException.class, () -> Role.parse("root"));
        assertTrue(e.getMessage().contains("contributor, reviewer or admin"), e.getMessage());
    }
}
