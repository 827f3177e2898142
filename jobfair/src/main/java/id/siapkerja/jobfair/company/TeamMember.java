package id.siapkerja.jobfair.company;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A person on a company's team, or invited to it. */
public record TeamMember(UUID id, UUID companyId, String sub, String email, String name, Role role, Status status,
		Instant invitedAt, Instant invitationExpiresAt, Instant joinedAt) {

	public enum Role {

		OWNER, MEMBER;

		public String messageKey() {
			return "team.role." + name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * PENDING → ACTIVE → REMOVED; an invitation cancelled or a member removed is REMOVED.
	 */
	public enum Status {

		PENDING, ACTIVE, REMOVED;

		public String messageKey() {
			return "team.status." + name().toLowerCase(Locale.ROOT);
		}

	}

	public boolean expired(Instant now) {
		return this.status == Status.PENDING && this.invitationExpiresAt != null
				&& !now.isBefore(this.invitationExpiresAt);
	}

}
