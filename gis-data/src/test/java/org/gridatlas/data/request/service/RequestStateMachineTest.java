package org.gridatlas.data.request.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.domain.RequestStepKind;
import org.junit.jupiter.api.Test;

class RequestStateMachineTest {

    /** The legal transitions, written out once more by hand so that a change to the table must change this too. */
    private static final Set<String> LEGAL = Set.of(
            "SUBMITTED-ACCEPT", "SUBMITTED-RETURN",
            "ACCEPTED-VERIFY", "ACCEPTED-INFORM", "ACCEPTED-ESCALATE", "ACCEPTED-HANDLE", "ACCEPTED-RETURN",
            "VERIFIED-INFORM", "VERIFIED-ESCALATE", "VERIFIED-HANDLE", "VERIFIED-RETURN",
            "INFORMED-VERIFY", "INFORMED-ESCALATE", "INFORMED-HANDLE", "INFORMED-RETURN",
            "ESCALATED-HANDLE", "ESCALATED-REPLY",
            "HANDLING-REPLY", "REPLIED-RATE", "RATED-ARCHIVE");

    @Test
    void every_status_and_step_pair_is_either_legal_and_moves_to_the_steps_status_or_refused() {
        int legal = 0;
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStepKind step : RequestStepKind.values()) {
                if (LEGAL.contains(from + "-" + step)) {
                    assertThat(RequestStateMachine.next(from, step)).isEqualTo(step.resultingStatus());
                    legal++;
                } else {
                    assertThatThrownBy(() -> RequestStateMachine.next(from, step))
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageContaining("「" + from.label() + "」");
                }
            }
        }
        assertThat(legal).isEqualTo(LEGAL.size());
    }

    @Test
    void a_refusal_says_what_is_allowed_next() {
        assertThatThrownBy(() -> RequestStateMachine.next(RequestStatus.ACCEPTED, RequestStepKind.RATE))
                .hasMessage("当前状态「已受理」之后只能：核实、告知、上报、代办、退回");
        assertThatThrownBy(() -> RequestStateMachine.next(RequestStatus.ARCHIVED, RequestStepKind.VERIFY))
                .hasMessageContaining("已办结");
    }

    @Test
    void the_workflow_refuses_a_second_inform_naming_the_tell_once_rule() {
        List<RequestStepKind> done = List.of(RequestStepKind.ACCEPT, RequestStepKind.VERIFY, RequestStepKind.INFORM,
                RequestStepKind.VERIFY);
        assertThatThrownBy(() -> RequestStateMachine.next(RequestStatus.VERIFIED, RequestStepKind.INFORM, done))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageStartingWith("一次性告知")
                .hasMessageContaining("只能：上报、代办、退回");
        assertThat(RequestStateMachine.allowedNext(RequestStatus.VERIFIED, done))
                .doesNotContain(RequestStepKind.INFORM);
        assertThat(RequestStateMachine.next(RequestStatus.VERIFIED, RequestStepKind.INFORM,
                List.of(RequestStepKind.ACCEPT, RequestStepKind.VERIFY))).isEqualTo(RequestStatus.INFORMED);
    }

    @Test
    void every_path_through_the_workflow_ends_because_no_state_with_its_history_repeats() {
        // Walk every path from 待受理, carrying the steps taken; a path that comes back to the same status with the
        // same once-per-request steps used would be a cycle without end.
        int longest = longestPath(RequestStatus.SUBMITTED, new ArrayList<>(), new HashSet<>());
        assertThat(longest).isLessThanOrEqualTo(10);
    }

    private static int longestPath(RequestStatus at, List<RequestStepKind> done, Set<String> onPath) {
        Set<RequestStepKind> used = EnumSet.noneOf(RequestStepKind.class);
        done.stream().filter(RequestStateMachine.ONCE_PER_REQUEST::contains).forEach(used::add);
        String key = at + used.toString();
        assertThat(onPath.add(key)).as("cycle through %s after %s", at, done).isTrue();
        int longest = 0;
        for (RequestStepKind s : RequestStateMachine.allowedNext(at, done)) {
            done.add(s);
            longest = Math.max(longest, 1 + longestPath(RequestStateMachine.next(at, s, done.subList(0, done.size() - 1)),
                    done, onPath));
            done.removeLast();
        }
        onPath.remove(key);
        return longest;
    }

    @Test
    void archived_and_returned_requests_are_final() {
        assertThat(RequestStateMachine.allowedNext(RequestStatus.ARCHIVED)).isEmpty();
        assertThat(RequestStateMachine.allowedNext(RequestStatus.RETURNED)).isEmpty();
    }

    @Test
    void overdue_requests_turn_amber_within_a_day_of_their_deadline_and_red_after_it() {
        Instant deadline = Instant.parse("2026-11-25T10:00:00Z");
        assertThat(Overdue.of(RequestStatus.HANDLING, deadline, deadline.minusSeconds(25 * 3600))).isEqualTo(Overdue.NONE);
        assertThat(Overdue.of(RequestStatus.HANDLING, deadline, deadline.minusSeconds(23 * 3600))).isEqualTo(Overdue.AMBER);
        assertThat(Overdue.of(RequestStatus.HANDLING, deadline, deadline)).isEqualTo(Overdue.AMBER);
        assertThat(Overdue.of(RequestStatus.HANDLING, deadline, deadline.plusSeconds(1))).isEqualTo(Overdue.RED);
        for (RequestStatus done : EnumSet.of(RequestStatus.REPLIED, RequestStatus.RATED, RequestStatus.ARCHIVED,
                RequestStatus.RETURNED)) {
            assertThat(Overdue.of(done, deadline, deadline.plusSeconds(86_400))).isEqualTo(Overdue.NONE);
        }
        assertThat(Overdue.of(RequestStatus.SUBMITTED, null, deadline)).isEqualTo(Overdue.NONE);
    }
}
