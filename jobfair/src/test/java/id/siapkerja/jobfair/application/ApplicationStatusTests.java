package id.siapkerja.jobfair.application;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The application's state machine, every state against every action, without Spring. */
class ApplicationStatusTests {

	private static final Map<ApplicationStatus, Map<ApplicationStatus.Action, ApplicationStatus>> ALLOWED = new EnumMap<>(
			ApplicationStatus.class);

	static {
		for (ApplicationStatus status : ApplicationStatus.values()) {
			ALLOWED.put(status, new EnumMap<>(ApplicationStatus.Action.class));
		}
		allow(ApplicationStatus.SUBMITTED, ApplicationStatus.Action.SCHEDULE, ApplicationStatus.INTERVIEW);
		allow(ApplicationStatus.INTERVIEW, ApplicationStatus.Action.RESCHEDULE, ApplicationStatus.INTERVIEW);
		allow(ApplicationStatus.INTERVIEW, ApplicationStatus.Action.CANCEL_INTERVIEW, ApplicationStatus.SUBMITTED);
		for (ApplicationStatus undecided : new ApplicationStatus[] { ApplicationStatus.SUBMITTED,
				ApplicationStatus.INTERVIEW }) {
			allow(undecided, ApplicationStatus.Action.ACCEPT, ApplicationStatus.ACCEPTED);
			allow(undecided, ApplicationStatus.Action.REJECT, ApplicationStatus.REJECTED);
			allow(undecided, ApplicationStatus.Action.WITHDRAW, ApplicationStatus.WITHDRAWN);
		}
	}

	private static void allow(ApplicationStatus from, ApplicationStatus.Action action, ApplicationStatus to) {
		ALLOWED.get(from).put(action, to);
	}

	@Test
	void everyStateAgainstEveryAction() {
		int allowed = 0;
		for (ApplicationStatus from : ApplicationStatus.values()) {
			for (ApplicationStatus.Action action : ApplicationStatus.Action.values()) {
				ApplicationStatus expected = ALLOWED.get(from).get(action);
				if (expected != null) {
					assertThat(from.after(action)).as("%s + %s", from, action).isEqualTo(expected);
					allowed++;
				}
				else {
					assertThatExceptionOfType(ApplicationStatus.Refused.class).as("%s + %s", from, action)
						.isThrownBy(() -> from.after(action));
				}
			}
		}
		assertThat(allowed).isEqualTo(9);
	}

	@Test
	void acceptedRejectedAndWithdrawnAreDecidedAndFinal() {
		for (ApplicationStatus status : ApplicationStatus.values()) {
			boolean decided = Set
				.of(ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)
				.contains(status);
			assertThat(status.decided()).as(status.name()).isEqualTo(decided);
			if (decided) {
				assertThat(ALLOWED.get(status)).as("nothing moves a decided application").isEmpty();
			}
		}
	}

}
