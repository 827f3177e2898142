package id.siapkerja.jobfair.participation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A company's request to take part in a fair, and the organizer's decision on it. */
public record Participation(UUID id, UUID fairId, UUID companyId, Status status, String reason, Instant requestedAt,
		String decidedBy, Instant decidedAt) {

	/** REQUESTED → ACCEPTED | REJECTED (with a reason), decided once by the organizer. */
	public enum Status {

		REQUESTED, ACCEPTED, REJECTED;

		/** The state after the organizer's decision; refused unless still requested. */
		Status decide(boolean accept) {
			if (this != REQUESTED) {
				throw new AlreadyDecided(this);
			}
			return accept ? ACCEPTED : REJECTED;
		}

		public String messageKey() {
			return "participation.status." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** The request was decided before. */
	static final class AlreadyDecided extends RuntimeException {

		final Status status;

		AlreadyDecided(Status status) {
			super("already " + status);
			this.status = status;
		}

	}

}
