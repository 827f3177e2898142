package id.siapkerja.jobfair.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An interview was scheduled, moved or cancelled: everything a calendar needs, with the
 * sequence that makes a calendar update the same event.
 */
public record InterviewPlanned(UUID interviewId, UUID applicationId, String sub, String vacancyTitle,
		String companyName, Instant startsAt, ZoneId zone, boolean online, String location, String contact,
		String notes, int sequence, boolean cancelled) {
}
