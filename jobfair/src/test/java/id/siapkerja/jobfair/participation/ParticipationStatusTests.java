package id.siapkerja.jobfair.participation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A participation's state machine, every state against every action, without Spring. */
class ParticipationStatusTests {

	@Test
	void onlyARequestIsDecidedAndOnlyOnce() {
		for (Participation.Status status : Participation.Status.values()) {
			for (Participation.Status.Action action : Participation.Status.Action.values()) {
				if (status == Participation.Status.REQUESTED) {
					assertThat(status.after(action)).as("%s + %s", status, action)
						.isEqualTo(action == Participation.Status.Action.ACCEPT ? Participation.Status.ACCEPTED
								: Participation.Status.REJECTED);
				}
				else {
					assertThatExceptionOfType(Participation.AlreadyDecided.class).as("%s + %s", status, action)
						.isThrownBy(() -> status.after(action))
						.satisfies((refusal) -> assertThat(refusal.status).isEqualTo(status));
				}
			}
		}
	}

}
