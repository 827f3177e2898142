package id.siapkerja.jobfair.company;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A person on a company's team, or invited to it. */
public record TeamMember(UUID id, CompanyId companyId, String sub, String email, String name, Role role, Status status,
		Instant invitedAt, Instant invitationExpiresAt, Instant joinedAt) {

	public enum Role {

		OWNER, MEMBER;

		public String messageKey() {
			return "team.role." + name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * PENDING → ACTIVE → REMOVED; an invitation cancelled or a member removed is REMOVED:
	 * the states and every allowed move in one table, as {@code FairStatus} has them.
	 */
	public enum Status {

		PENDING, ACTIVE, REMOVED;

		/** What happens to a place on the team. */
		public enum Action {

			/** The invited person accepts (J-C-e). */
			ACCEPT,
			/** A new link for a pending invitation. */
			RESEND,
			/**
			 * The owner withdraws an invitation, or it turns out the person is on the
			 * team already.
			 */
			CANCEL,
			/** The owner removes an active member (J-C-f). */
			REMOVE

		}

		private static final Map<Status, Map<Action, Status>> MOVES = Map.of(PENDING,
				Map.of(Action.ACCEPT, ACTIVE, Action.RESEND, PENDING, Action.CANCEL, REMOVED), ACTIVE,
				Map.of(Action.REMOVE, REMOVED), REMOVED, Map.of());

		/** Whether the action may happen in this state. */
		boolean allows(Action action) {
			return MOVES.get(this).containsKey(action);
		}

		/** The state after the action; empty when it may not happen in this state. */
		Optional<Status> after(Action action) {
			return Optional.ofNullable(MOVES.get(this).get(action));
		}

		public String messageKey() {
			return "team.status." + name().toLowerCase(Locale.ROOT);
		}

	}

	public boolean expired(Instant now) {
		return this.status == Status.PENDING && this.invitationExpiresAt != null
				&& !now.isBefore(this.invitationExpiresAt);
	}

}
