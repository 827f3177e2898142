package id.siapkerja.jobfair.company;

import java.util.Map;
import java.util.Optional;

import id.siapkerja.jobfair.company.TeamMember.Status;
import id.siapkerja.jobfair.company.TeamMember.Status.Action;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A place on a company's team: every state × every action, without Spring. */
class TeamMemberStatusTests {

	@Test
	void everyStateAndActionHasItsAnswer() {
		Map<Status, Map<Action, Status>> allowed = Map.of(Status.PENDING,
				Map.of(Action.ACCEPT, Status.ACTIVE, Action.RESEND, Status.PENDING, Action.CANCEL, Status.REMOVED),
				Status.ACTIVE, Map.of(Action.REMOVE, Status.REMOVED), Status.REMOVED, Map.of());
		for (Status state : Status.values()) {
			for (Action action : Action.values()) {
				Status expected = allowed.get(state).get(action);
				assertThat(state.after(action)).as(state + " × " + action).isEqualTo(Optional.ofNullable(expected));
				assertThat(state.allows(action)).as(state + " × " + action).isEqualTo(expected != null);
			}
		}
	}

	@Test
	void aRemovedPlaceStaysRemovedAndAnActiveMemberIsNotInvitedAgain() {
		assertThat(Status.REMOVED.after(Action.ACCEPT)).isEmpty();
		assertThat(Status.ACTIVE.after(Action.ACCEPT)).isEmpty();
		assertThat(Status.ACTIVE.allows(Action.RESEND)).isFalse();
	}

}
