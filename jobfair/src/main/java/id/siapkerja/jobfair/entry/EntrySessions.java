package id.siapkerja.jobfair.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.seeker.Followers;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Sesi kedatangan": the organizer's arrival windows of an offline or hybrid fair, each
 * with a capacity, and the seekers' bookings. A follower books one session (or is placed
 * in the first with room) and gets a ticket; a full session is refused by the database,
 * never overbooked, however many book at once. The booking may be moved or cancelled
 * until its session starts, freeing the place.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EntrySessions {

	/** A session with its places taken and the arrivals the gate has let in. */
	public record Session(UUID id, FairId fairId, Instant startsAt, Instant endsAt, int capacity, int booked,
			int arrived) {

		public int left() {
			return Math.max(0, this.capacity - this.booked);
		}

	}

	/** A seeker's live ticket, its code and its session. */
	public record Ticket(String code, Session session, Instant bookedAt, Instant scannedAt) {
	}

	/** Why a booking, a change or a cancellation was refused. */
	public enum Refusal {

		NOT_ONSITE, FAIR_OVER, NOT_FOLLOWING, NO_SUCH_SESSION, SESSION_STARTED, FULL, ALL_FULL

	}

	/** The outcome of booking: the ticket, or why not. */
	public record Booking(Optional<Refusal> refusal, Ticket ticket) {

		static Booking refused(Refusal refusal) {
			return new Booking(Optional.of(refusal), null);
		}

	}

	/** Why a session could not be added. */
	public enum Problem {

		OUTSIDE_FAIR, NOT_ONSITE

	}

	private final JdbcClient jdbc;

	private final TicketCodes codes;

	private final Followers followers;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public static boolean onsite(Fair fair) {
		return fair.type() != Fair.Type.ONLINE;
	}

	/** Adds a session within the fair's days; the organizer checked who asks. */
	@Transactional
	public Optional<Problem> add(Fair fair, Instant startsAt, Instant endsAt, int capacity) {
		if (!onsite(fair)) {
			return Optional.of(Problem.NOT_ONSITE);
		}
		if (startsAt.isBefore(fair.startsAt().minus(java.time.Duration.ofHours(12))) || endsAt.isAfter(fair.endsAt())) {
			return Optional.of(Problem.OUTSIDE_FAIR);
		}
		this.jdbc.sql("""
				insert into entry_session (id, fair_id, starts_at, ends_at, capacity, created_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), fair.id(), Timestamp.from(startsAt), Timestamp.from(endsAt), capacity,
					Timestamp.from(this.clock.instant()))
			.update();
		return Optional.empty();
	}

	/** Removes a session nobody has booked; false when someone has. */
	@Transactional
	public boolean remove(FairId fair, UUID session) {
		return this.jdbc.sql("""
				delete from entry_session s where id = ? and fair_id = ?
				and not exists (select 1 from entry_ticket t where t.session_id = s.id)
				""").params(session, fair).update() == 1;
	}

	/** The fair's sessions in time order, with their counts. */
	public List<Session> of(FairId fair) {
		return this.jdbc.sql("""
				select s.*, (select count(*) from entry_ticket t where t.session_id = s.id
					and t.cancelled_at is null and t.scanned_at is not null) as arrived
				from entry_session s where s.fair_id = ? order by s.starts_at, s.id
				""").param(fair).query(EntrySessions::session).list();
	}

	/** A booking as the person's archive keeps it (the ticket's code is never stored). */
	public record Kept(FairId fairId, Instant sessionStartsAt, Instant sessionEndsAt, Instant bookedAt,
			Instant cancelledAt, Instant scannedAt) {
	}

	/**
	 * Every booking of the person, cancelled ones too: for their archive (UU 27/2022).
	 */
	public List<Kept> keptFor(String sub) {
		return this.jdbc.sql("""
				select t.fair_id, s.starts_at, s.ends_at, t.booked_at, t.cancelled_at, t.scanned_at
				from entry_ticket t join entry_session s on s.id = t.session_id where t.sub = ? order by t.booked_at
				""")
			.param(sub)
			.query((rs, row) -> new Kept(new FairId(rs.getObject("fair_id", UUID.class)),
					instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")),
					instant(rs.getTimestamp("booked_at")), instant(rs.getTimestamp("cancelled_at")),
					instant(rs.getTimestamp("scanned_at"))))
			.list();
	}

	/** The seeker's live ticket for the fair. */
	public Optional<Ticket> ticket(FairId fair, String sub) {
		return this.jdbc.sql("""
				select t.id as ticket_id, t.booked_at, t.scanned_at, s.*, 0 as arrived
				from entry_ticket t join entry_session s on s.id = t.session_id
				where t.fair_id = ? and t.sub = ? and t.cancelled_at is null
				""")
			.params(fair, sub)
			.query((rs, row) -> new Ticket(this.codes.code(rs.getBytes("ticket_id")), session(rs, row),
					instant(rs.getTimestamp("booked_at")), instant(rs.getTimestamp("scanned_at"))))
			.optional();
	}

	/**
	 * Books the session (or, with none given, the first that has not started and has
	 * room) for a follower; with a ticket already, moves it there. One live ticket per
	 * seeker and fair, whatever the clicks.
	 */
	@Transactional
	public Booking book(Fair fair, String sub, UUID wanted) {
		Optional<Refusal> refusal = mayBook(fair, sub);
		if (refusal.isPresent()) {
			return Booking.refused(refusal.get());
		}
		Instant now = this.clock.instant();
		Optional<Ticket> current = ticket(fair.id(), sub);
		if (current.isPresent()) {
			if (wanted == null || wanted.equals(current.get().session().id())) {
				return new Booking(Optional.empty(), current.get());
			}
			if (!current.get().session().startsAt().isAfter(now)) {
				return Booking.refused(Refusal.SESSION_STARTED);
			}
		}
		UUID placed;
		if (wanted != null) {
			Optional<Session> session = of(fair.id()).stream().filter((s) -> s.id().equals(wanted)).findFirst();
			if (session.isEmpty()) {
				return Booking.refused(Refusal.NO_SUCH_SESSION);
			}
			if (!session.get().startsAt().isAfter(now)) {
				return Booking.refused(Refusal.SESSION_STARTED);
			}
			if (!take(wanted)) {
				return Booking.refused(Refusal.FULL);
			}
			placed = wanted;
		}
		else {
			placed = null;
			for (Session session : of(fair.id())) {
				if (session.startsAt().isAfter(now) && session.left() > 0 && take(session.id())) {
					placed = session.id();
					break;
				}
			}
			if (placed == null) {
				return Booking.refused(Refusal.ALL_FULL);
			}
		}
		if (current.isPresent()) {
			byte[] id = this.codes.id(current.get().code()).orElseThrow();
			this.jdbc.sql("update entry_ticket set session_id = ? where id = ?").params(placed, id).update();
			give(current.get().session().id());
		}
		else {
			insertTicket(fair.id(), sub, placed, now);
		}
		this.events.publishEvent(new EntryBooked(fair.id(), sub));
		return new Booking(Optional.empty(), ticket(fair.id(), sub).orElseThrow());
	}

	/** Cancels the seeker's ticket before its session starts, freeing the place. */
	@Transactional
	public Optional<Refusal> cancel(FairId fair, String sub) {
		Optional<Ticket> current = ticket(fair, sub);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		if (!current.get().session().startsAt().isAfter(this.clock.instant())) {
			return Optional.of(Refusal.SESSION_STARTED);
		}
		byte[] id = this.codes.id(current.get().code()).orElseThrow();
		if (this.jdbc.sql("update entry_ticket set cancelled_at = ? where id = ? and cancelled_at is null")
			.params(Timestamp.from(this.clock.instant()), id)
			.update() == 1) {
			give(current.get().session().id());
		}
		return Optional.empty();
	}

	private Optional<Refusal> mayBook(Fair fair, String sub) {
		if (!onsite(fair)) {
			return Optional.of(Refusal.NOT_ONSITE);
		}
		if (fair.status() != FairStatus.PUBLISHED && fair.status() != FairStatus.ONGOING) {
			return Optional.of(Refusal.FAIR_OVER);
		}
		if (this.followers.of(fair.id(), sub).isEmpty()) {
			return Optional.of(Refusal.NOT_FOLLOWING);
		}
		return Optional.empty();
	}

	/** One place of the session, if it has one left: the database decides. */
	private boolean take(UUID session) {
		return this.jdbc.sql("update entry_session set booked = booked + 1 where id = ? and booked < capacity")
			.param(session)
			.update() == 1;
	}

	private void give(UUID session) {
		this.jdbc.sql("update entry_session set booked = booked - 1 where id = ? and booked > 0")
			.param(session)
			.update();
	}

	/**
	 * The ticket row; a second live ticket of the seeker (two clicks at once) breaks the
	 * unique index and rolls this booking back, its place with it.
	 */
	private void insertTicket(FairId fair, String sub, UUID session, Instant now) {
		this.jdbc.sql("insert into entry_ticket (id, session_id, fair_id, sub, booked_at) values (?, ?, ?, ?, ?)")
			.params(this.codes.newId(), session, fair, sub, Timestamp.from(now))
			.update();
	}

	static Session session(ResultSet rs, int row) throws SQLException {
		return new Session(rs.getObject("id", UUID.class), new FairId(rs.getObject("fair_id", UUID.class)),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"),
				rs.getInt("booked"), rs.getInt("arrived"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
