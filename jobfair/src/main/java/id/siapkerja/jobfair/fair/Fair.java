package id.siapkerja.jobfair.fair;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A job fair, its times in UTC and its own zone for showing them. */
public record Fair(FairId id, String slug, UUID organizerId, String title, String description, Type type, String venue,
		String regionCode, ZoneId zone, Instant startsAt, Instant endsAt, Instant registrationDeadline,
		String contactPerson, String contactPhone, String terms, FairStatus status, String statusReason, Rules rules) {

	/**
	 * What the organizer allows each seeker: at most {@code maxApplications} applications
	 * in the fair (null: no limit; withdrawn ones do not count), and perhaps only one per
	 * company.
	 */
	public record Rules(Integer maxApplications, boolean onePerCompany) {

		public static final int MOST = 50;

		public static final Rules NONE = new Rules(null, false);

		public boolean any() {
			return this.maxApplications != null || this.onePerCompany;
		}

	}

	public enum Type {

		ONLINE, OFFLINE, HYBRID

	}

	/** The three time zones of Indonesia, by their names on pages. */
	public enum Zone {

		WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

		private final ZoneId id;

		Zone(String id) {
			this.id = ZoneId.of(id);
		}

		public ZoneId id() {
			return this.id;
		}

		public static Zone of(ZoneId id) {
			for (Zone zone : values()) {
				if (zone.id.equals(id)) {
					return zone;
				}
			}
			return WIB;
		}

	}

	public ZonedDateTime localStart() {
		return this.startsAt.atZone(this.zone);
	}

	public ZonedDateTime localEnd() {
		return this.endsAt.atZone(this.zone);
	}

	public ZonedDateTime localDeadline() {
		return this.registrationDeadline.atZone(this.zone);
	}

	public String zoneName() {
		return Zone.of(this.zone).name();
	}

	/** One entry of the fair's history. */
	public record Change(Instant occurredAt, String actor, FairStatus from, FairStatus to, String reason) {
	}

}
