package id.siapkerja.jobfair.fair;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * The states of a job fair and every allowed transition, in one place (DOMAIN.md): DRAFT
 * → SUBMITTED (or back by withdrawing) → VERIFIED or REJECTED (edited and submitted
 * again) → PUBLISHED → ONGOING at the start → FINISHED at the end; CANCELLED from any
 * state before FINISHED.
 */
public enum FairStatus {

	DRAFT, SUBMITTED, VERIFIED, REJECTED, PUBLISHED, ONGOING, FINISHED, CANCELLED;

	/** What moves a fair, and who may. */
	public enum Action {

		SUBMIT, WITHDRAW, VERIFY, REJECT, PUBLISH, START, FINISH, CANCEL;

		public String messageKey() {
			return "fair.action." + name().toLowerCase(Locale.ROOT);
		}

	}

	private static final Map<FairStatus, Map<Action, FairStatus>> TRANSITIONS = Map
		.of(DRAFT, Map.of(Action.SUBMIT, SUBMITTED, Action.CANCEL, CANCELLED), SUBMITTED,
				Map.of(Action.WITHDRAW, DRAFT, Action.VERIFY, VERIFIED, Action.REJECT, REJECTED, Action.CANCEL,
						CANCELLED),
				REJECTED, Map.of(Action.SUBMIT, SUBMITTED, Action.CANCEL, CANCELLED), VERIFIED,
				Map.of(Action.PUBLISH, PUBLISHED, Action.CANCEL, CANCELLED), PUBLISHED,
				Map.of(Action.START, ONGOING, Action.CANCEL, CANCELLED), ONGOING,
				Map.of(Action.FINISH, FINISHED, Action.CANCEL, CANCELLED), FINISHED, Map.of(), CANCELLED, Map.of());

	/** The state after the action, or a refusal naming what was tried and from where. */
	public FairStatus after(Action action) {
		FairStatus next = TRANSITIONS.get(this).get(action);
		if (next == null) {
			throw new Refused(this, action);
		}
		return next;
	}

	public boolean allows(Action action) {
		return TRANSITIONS.get(this).containsKey(action);
	}

	/**
	 * The organizer may change the fair's content only while it is a draft or was
	 * rejected.
	 */
	public boolean editable() {
		return this == DRAFT || this == REJECTED;
	}

	/** Seen by the public (front page, fair page). */
	public boolean visibleToPublic() {
		return EnumSet.of(PUBLISHED, ONGOING, FINISHED).contains(this);
	}

	/**
	 * The state the clock gives a fair in this state: the start and the end move a
	 * published fair (START, then FINISH) without anyone acting; every other state stays.
	 * Pages read fairs through this, so none shows a stale state; the scheduled job only
	 * records the move and announces it.
	 */
	public FairStatus at(Instant now, Instant startsAt, Instant endsAt) {
		FairStatus status = this;
		if (status == PUBLISHED && !now.isBefore(startsAt)) {
			status = status.after(Action.START);
		}
		if (status == ONGOING && !now.isBefore(endsAt)) {
			status = status.after(Action.FINISH);
		}
		return status;
	}

	public String messageKey() {
		return "fair.status." + name().toLowerCase(Locale.ROOT);
	}

	/**
	 * A transition the state machine does not allow; its message says so in plain words.
	 */
	public static final class Refused extends RuntimeException {

		private final FairStatus from;

		private final Action action;

		Refused(FairStatus from, Action action) {
			super(action + " is not allowed from " + from);
			this.from = from;
			this.action = action;
		}

		public FairStatus from() {
			return this.from;
		}

		public Action action() {
			return this.action;
		}

		/**
		 * Message key with arguments: the action and the current state, both translated.
		 */
		public String messageKey() {
			return "fair.refused";
		}

	}

}
