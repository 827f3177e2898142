package id.siapkerja.jobfair.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import id.siapkerja.jobfair.application.InterviewPlanned;

/**
 * iCalendar (RFC 5545) invitations for interviews: one UID per interview and a rising
 * SEQUENCE, so a calendar moves or cancels the event it already has.
 */
final class Calendars {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Calendars() {
	}

	static String invitation(InterviewPlanned interview, String summary, Instant stamped) {
		String crlf = "\r\n";
		return String.join(crlf, "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kemnaker//SIAPkerja Jobfair//ID",
				"METHOD:" + (interview.cancelled() ? "CANCEL" : "REQUEST"), "BEGIN:VEVENT",
				"UID:" + interview.interviewId() + "@jobfair.siapkerja.kemnaker.go.id",
				"SEQUENCE:" + interview.sequence(), "DTSTAMP:" + UTC.format(stamped),
				"DTSTART:" + UTC.format(interview.startsAt()),
				"DTEND:" + UTC.format(interview.startsAt().plus(Duration.ofHours(1))), "SUMMARY:" + escape(summary),
				"LOCATION:" + escape(interview.location()),
				"DESCRIPTION:"
						+ escape(interview.contact() + (interview.notes().isEmpty() ? "" : "\n" + interview.notes())),
				"STATUS:" + (interview.cancelled() ? "CANCELLED" : "CONFIRMED"), "END:VEVENT", "END:VCALENDAR") + crlf;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

}
