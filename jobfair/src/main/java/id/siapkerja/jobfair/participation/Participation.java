package id.siapkerja.jobfair.participation;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;

/** A company's request to take part in a fair, and the organizer's decision on it. */
public record Participation(UUID id, FairId fairId, CompanyId companyId, Status status, String reason,
		Instant requestedAt, String decidedBy, Instant decidedAt) {

	/**
	 * REQUESTED → ACCEPTED | REJECTED (with a reason), decided once by the organizer: the
	 * states and every allowed move in one table, as {@code FairStatus} has them.
	 */
	public enum Status {

		REQUESTED, ACCEPTED, REJECTED;

		/** What the organizer does with a request. */
		public enum Action {

			ACCEPT, REJECT

		}

		private static final Map<Status, Map<Action, Status>> MOVES = Map.of(REQUESTED,
				Map.of(Action.ACCEPT, ACCEPTED, Action.REJECT, REJECTED), ACCEPTED, Map.of(), REJECTED, Map.of());

		/** The state after the organizer's action; refused once decided. */
		Status after(Action action) {
			Status next = MOVES.get(this).get(action);
			if (next == null) {
				throw new AlreadyDecided(this);
			}
			return next;
		}

		public String messageKey() {
			return "participation.status." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** The request was decided before. */
	public static final class AlreadyDecided extends RuntimeException {

		final Status status;

		AlreadyDecided(Status status) {
			super("already " + status);
			this.status = status;
		}

	}

}
