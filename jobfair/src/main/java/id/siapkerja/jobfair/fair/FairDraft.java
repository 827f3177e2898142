package id.siapkerja.jobfair.fair;

import java.time.Instant;
import java.time.ZoneId;

/** What an organizer writes about a fair, checked. */
public record FairDraft(String title, String description, Fair.Type type, String venue, String regionCode, ZoneId zone,
		Instant startsAt, Instant endsAt, Instant registrationDeadline, String contactPerson, String contactPhone,
		String terms, Fair.Rules rules) {
}
