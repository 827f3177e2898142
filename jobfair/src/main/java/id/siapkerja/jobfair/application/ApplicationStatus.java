package id.siapkerja.jobfair.application;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The states of an application and every allowed move, in one place (DOMAIN.md):
 * SUBMITTED → INTERVIEW → ACCEPTED | REJECTED, SUBMITTED → ACCEPTED | REJECTED, an
 * interview rescheduled (INTERVIEW → INTERVIEW) or cancelled (back to SUBMITTED), and
 * WITHDRAWN by the seeker while undecided.
 */
public enum ApplicationStatus {

	SUBMITTED, INTERVIEW, ACCEPTED, REJECTED, WITHDRAWN;

	/** What moves an application, and who may. */
	public enum Action {

		SCHEDULE, RESCHEDULE, CANCEL_INTERVIEW, ACCEPT, REJECT, WITHDRAW

	}

	private static final Map<ApplicationStatus, Map<Action, ApplicationStatus>> MOVES = Map.of(SUBMITTED, Map
		.of(Action.SCHEDULE, INTERVIEW, Action.ACCEPT, ACCEPTED, Action.REJECT, REJECTED, Action.WITHDRAW, WITHDRAWN),
			INTERVIEW,
			Map.of(Action.RESCHEDULE, INTERVIEW, Action.CANCEL_INTERVIEW, SUBMITTED, Action.ACCEPT, ACCEPTED,
					Action.REJECT, REJECTED, Action.WITHDRAW, WITHDRAWN),
			ACCEPTED, Map.of(), REJECTED, Map.of(), WITHDRAWN, Map.of());

	ApplicationStatus after(Action action) {
		ApplicationStatus next = MOVES.get(this).get(action);
		if (next == null) {
			throw new Refused(this, action);
		}
		return next;
	}

	public boolean decided() {
		return Set.of(ACCEPTED, REJECTED, WITHDRAWN).contains(this);
	}

	public String messageKey() {
		return "application.status." + name().toLowerCase(Locale.ROOT);
	}

	/** A move the state machine does not allow. */
	public static final class Refused extends RuntimeException {

		final ApplicationStatus from;

		final Action action;

		Refused(ApplicationStatus from, Action action) {
			super(action + " is not allowed from " + from);
			this.from = from;
			this.action = action;
		}

	}

}
