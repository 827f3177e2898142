package id.siapkerja.jobfair.entry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import id.siapkerja.jobfair.fair.Fair;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Pintu masuk": a ticket code scanned or typed at the gate of a fair. A ticket lets one
 * person in once: two gates scanning it at the same moment admit one, the other hears
 * when it was used. Arriving up to {@link #EARLY} before the session counts as on time;
 * earlier the same day is too early, another day the wrong day.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Gate {

	/** How early before its session a ticket is let in. */
	static final Duration EARLY = Duration.ofMinutes(15);

	/** What the gate shows, big, green or red. */
	public enum Verdict {

		ADMITTED, TOO_EARLY, WRONG_DAY, ALREADY_USED, CANCELLED, NOT_A_TICKET, OTHER_FAIR;

		public boolean admitted() {
			return this == ADMITTED;
		}

	}

	/**
	 * The answer to one scan, with the session and, for a used ticket, when it was first
	 * scanned.
	 */
	public record Scan(Verdict verdict, EntrySessions.Session session, Instant firstScannedAt) {
	}

	private final JdbcClient jdbc;

	private final TicketCodes codes;

	private final Clock clock;

	/** Checks a code at the fair's gate and, when it is good, lets its holder in. */
	@Transactional
	public Scan scan(Fair fair, String code, String staff) {
		Optional<byte[]> id = this.codes.id(code);
		if (id.isEmpty()) {
			return new Scan(Verdict.NOT_A_TICKET, null, null);
		}
		record Found(EntrySessions.Session session, boolean cancelled, Instant scannedAt) {
		}
		Optional<Found> found = this.jdbc.sql("""
				select s.*, 0 as arrived, t.cancelled_at, t.scanned_at as ticket_scanned_at
				from entry_ticket t join entry_session s on s.id = t.session_id where t.id = ?
				""")
			.param(id.get())
			.query((rs, row) -> new Found(EntrySessions.session(rs, row), rs.getTimestamp("cancelled_at") != null,
					instant(rs.getTimestamp("ticket_scanned_at"))))
			.optional();
		if (found.isEmpty()) {
			return new Scan(Verdict.NOT_A_TICKET, null, null);
		}
		EntrySessions.Session session = found.get().session();
		if (!session.fairId().equals(fair.id())) {
			return new Scan(Verdict.OTHER_FAIR, null, null);
		}
		if (found.get().cancelled()) {
			return new Scan(Verdict.CANCELLED, session, null);
		}
		if (found.get().scannedAt() != null) {
			return new Scan(Verdict.ALREADY_USED, session, found.get().scannedAt());
		}
		Instant now = this.clock.instant();
		ZoneId zone = fair.zone();
		if (!LocalDate.ofInstant(now, zone).equals(LocalDate.ofInstant(session.startsAt(), zone))) {
			return new Scan(Verdict.WRONG_DAY, session, null);
		}
		if (now.isBefore(session.startsAt().minus(EARLY))) {
			return new Scan(Verdict.TOO_EARLY, session, null);
		}
		// the one scan that counts: the row changes once, whichever gate is first
		boolean first = this.jdbc.sql("""
				update entry_ticket set scanned_at = ?, scanned_by = ?
				where id = ? and scanned_at is null and cancelled_at is null
				""").params(Timestamp.from(now), staff, id.get()).update() == 1;
		if (first) {
			return new Scan(Verdict.ADMITTED, session, null);
		}
		Instant at = this.jdbc.sql("select scanned_at from entry_ticket where id = ?")
			.param(id.get())
			.query((rs, row) -> instant(rs.getTimestamp(1)))
			.single();
		return new Scan(Verdict.ALREADY_USED, session, at);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
