package id.siapkerja.jobfair.fair;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.siapkerja.jobfair.organizer.Organizers;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The fairs and their lifecycle. Every change goes through {@link FairStatus} and lands
 * in the history with who, when and why; the clock-driven changes (start, end) are single
 * UPDATE statements that only move fairs still in the earlier state, so running them on
 * two instances at once moves each fair once.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Fairs {

	static final String SYSTEM = "sistem";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Organizers organizers;

	private final TransactionOperations transactions;

	@Transactional
	public Fair create(UUID organizer, FairDraft draft, String actor) {
		FairId id = FairId.random();
		Timestamp now = now();
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, venue, region_code, zone, starts_at,
					ends_at, registration_deadline, contact_person, contact_phone, terms, max_applications,
					one_application_per_company, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)
				""")
			.params(id, slug(draft.title()), organizer, draft.title(), draft.description(), draft.type().name(),
					draft.venue(), draft.regionCode(), draft.zone().getId(), Timestamp.from(draft.startsAt()),
					Timestamp.from(draft.endsAt()), Timestamp.from(draft.registrationDeadline()), draft.contactPerson(),
					draft.contactPhone(), draft.terms(), draft.rules().maxApplications(), draft.rules().onePerCompany(),
					now, now)
			.update();
		history(id, actor, null, FairStatus.DRAFT, null);
		return byId(id).orElseThrow();
	}

	/** Changes the content of a draft or rejected fair; refused in any other state. */
	@Transactional
	public void update(FairId id, FairDraft draft) {
		Fair fair = lock(id);
		if (!fair.status().editable()) {
			throw new NotEditable(fair.status());
		}
		this.jdbc.sql("""
				update fair set title = ?, description = ?, type = ?, venue = ?, region_code = ?, zone = ?,
					starts_at = ?, ends_at = ?, registration_deadline = ?, contact_person = ?, contact_phone = ?,
					terms = ?, max_applications = ?, one_application_per_company = ?, updated_at = ? where id = ?
				""")
			.params(draft.title(), draft.description(), draft.type().name(), draft.venue(), draft.regionCode(),
					draft.zone().getId(), Timestamp.from(draft.startsAt()), Timestamp.from(draft.endsAt()),
					Timestamp.from(draft.registrationDeadline()), draft.contactPerson(), draft.contactPhone(),
					draft.terms(), draft.rules().maxApplications(), draft.rules().onePerCompany(), now(), id)
			.update();
	}

	@Transactional
	public void saveBanner(FairId id, byte[] banner) {
		this.jdbc.sql("update fair set banner = ? where id = ?").params(banner, id).update();
	}

	public Optional<byte[]> banner(String slug) {
		return this.jdbc
			.sql("select banner from fair where slug = ? and status in ('PUBLISHED', 'ONGOING', 'FINISHED')")
			.param(slug)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.filter((bytes) -> bytes != null);
	}

	public boolean hasBanner(FairId id) {
		return this.jdbc.sql("select banner is not null from fair where id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The fair is not in a state where its content may change. */
	public static final class NotEditable extends RuntimeException {

		final FairStatus status;

		NotEditable(FairStatus status) {
			super("not editable in " + status);
			this.status = status;
		}

	}

	/**
	 * Moves a fair by an action of a person; throws {@link FairStatus.Refused} when not
	 * allowed.
	 */
	@Transactional
	public Fair act(FairId id, FairStatus.Action action, String actor, String reason) {
		Fair fair = lock(id);
		FairStatus next = fair.status().after(action);
		this.jdbc.sql("update fair set status = ?, status_reason = ?, updated_at = ? where id = ?")
			.params(next.name(), reason, now(), id)
			.update();
		history(id, actor, fair.status(), next, reason);
		this.events.publishEvent(new FairChanged(id, fair.organizerId(), fair.title(), next, reason));
		return byId(id).orElseThrow();
	}

	/**
	 * Records what the clock did to fairs: starts the published fairs whose start has
	 * come and finishes the ongoing ones whose end has passed, with their history, and
	 * announces each start and end ({@link FairChanged}). Runs every half minute; pages
	 * do not wait for it, as every fair is read in the state its clock gives it.
	 * @return how many fairs moved
	 */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.fairs.clock-check:PT30S}")
	public int followTheClock() {
		Timestamp now = now();
		// one read-only statement outside a transaction first, a transaction for the
		// writes only when a fair is due
		boolean due = this.jdbc.sql("""
				select exists (select 1 from fair where status = 'PUBLISHED' and starts_at <= :now)
				    or exists (select 1 from fair where status = 'ONGOING' and ends_at <= :now)
				""").param("now", now).query(Boolean.class).single();
		if (!due) {
			return 0;
		}
		Integer moved = this.transactions.execute((status) -> move(now));
		return moved != null ? moved : 0;
	}

	private int move(Timestamp now) {
		return move(FairStatus.PUBLISHED, FairStatus.ONGOING, "starts_at", now)
				+ move(FairStatus.ONGOING, FairStatus.FINISHED, "ends_at", now);
	}

	/** Moves the fairs whose boundary the clock passed, logs and announces each move. */
	private int move(FairStatus from, FairStatus to, String boundary, Timestamp now) {
		List<Fair> moved = this.jdbc.sql("""
				with moved as (update fair set status = :to, updated_at = :now
					where status = :from and %s <= :now returning *),
				logged as (insert into fair_history (fair_id, occurred_at, actor, from_status, to_status)
					select id, :now, :actor, :from, :to from moved)
				select * from moved
				""".formatted(boundary))
			.param("now", now)
			.param("actor", SYSTEM)
			.param("from", from.name())
			.param("to", to.name())
			.query(this::map)
			.list();
		moved.forEach((fair) -> this.events
			.publishEvent(new FairChanged(fair.id(), fair.organizerId(), fair.title(), to, null)));
		return moved.size();
	}

	/**
	 * The published or ongoing fairs that start within {@code window} or started less
	 * than {@code window} ago: their pages are about to be busy.
	 */
	public List<FairId> opening(Duration window) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select id from fair where status in ('PUBLISHED', 'ONGOING') and starts_at between :from and :to
				""")
			.param("from", Timestamp.from(now.minus(window)))
			.param("to", Timestamp.from(now.plus(window)))
			.query((rs, row) -> new FairId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * The published fairs starting after {@code now} and at most {@code window} later:
	 * for the check-in reminder.
	 */
	public List<Fair> publishedStartingWithin(Instant now, Duration window) {
		return this.jdbc.sql("""
				select * from fair where status = 'PUBLISHED' and starts_at > :now and starts_at <= :until
				""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(window)))
			.query(this::map)
			.list();
	}

	public Optional<Fair> byId(FairId id) {
		return this.jdbc.sql("select * from fair where id = ?").param(id).query(this::map).optional();
	}

	/** These fairs, in one look. */
	public List<Fair> byIds(Collection<FairId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from fair where id = any(?)")
			.param(ids.stream().map(FairId::value).toArray(UUID[]::new))
			.query(this::map)
			.list();
	}

	/**
	 * The fair, for a member of its organizer only: every page that manages a fair asks
	 * here, and answers "not found" to anyone else.
	 */
	public Optional<Fair> managedBy(FairId id, String sub) {
		return byId(id).filter((fair) -> this.organizers.isMember(fair.organizerId(), sub));
	}

	/** A fair by its exact title (the demo data finds its fairs so). */
	public Optional<Fair> byTitle(String title) {
		return this.jdbc.sql("select * from fair where title = ? order by created_at limit 1")
			.param(title)
			.query(this::map)
			.optional();
	}

	public Optional<Fair> bySlug(String slug) {
		return this.jdbc.sql("select * from fair where slug = ?").param(slug).query(this::map).optional();
	}

	/** Published fairs whose company registration is still open, soonest first. */
	public List<Fair> openForCompanies() {
		return this.jdbc.sql("""
				select * from fair where status = 'PUBLISHED' and registration_deadline > ? order by starts_at
				""").param(now()).query(this::map).list();
	}

	/**
	 * The fairs that ended (or end, whatever the clock job did) between the two moments.
	 */
	public List<Fair> endedBetween(Instant from, Instant to) {
		return this.jdbc.sql("""
				select * from fair where status in ('ONGOING', 'FINISHED') and ends_at >= ? and ends_at < ?
				""").params(Timestamp.from(from), Timestamp.from(to)).query(this::map).list();
	}

	public List<Fair> ofOrganizer(UUID organizer) {
		return this.jdbc.sql("select * from fair where organizer_id = ? order by starts_at desc")
			.param(organizer)
			.query(this::map)
			.list();
	}

	/** Submitted fairs, the oldest submission first: Admin Pusat's queue. */
	public List<Fair> queue() {
		return this.jdbc.sql("""
				select f.* from fair f where f.status = 'SUBMITTED'
				order by (select max(h.occurred_at) from fair_history h where h.fair_id = f.id) asc
				""").query(this::map).list();
	}

	/** Admin Pusat's filters over all fairs. */
	public record Filter(FairStatus status, String province, String organizer, LocalDate from, LocalDate to) {
	}

	public List<Fair> all(Filter filter) {
		return this.jdbc.sql("""
				select f.* from fair f
				where (:status = '' or (case
				    when f.status in ('PUBLISHED', 'ONGOING') and f.ends_at <= :now then 'FINISHED'
				    when f.status = 'PUBLISHED' and f.starts_at <= :now then 'ONGOING'
				    else f.status end) = :status)
				  and (:province = '' or f.region_code = :province or f.region_code like :province || '.%')
				  and (not :byOrganizer or f.organizer_id = any(:organizers))
				  and (cast(:from as date) is null or f.starts_at >= cast(:from as date))
				  and (cast(:to as date) is null or f.starts_at < cast(:to as date) + 1)
				order by f.starts_at desc limit 200
				""")
			.param("status", filter.status() == null ? "" : filter.status().name())
			.param("now", now())
			.param("province", filter.province() == null ? "" : filter.province())
			.param("byOrganizer", filter.organizer() != null && !filter.organizer().isBlank())
			.param("organizers",
					(filter.organizer() == null || filter.organizer().isBlank()) ? new UUID[0]
							: this.organizers.named(filter.organizer()).toArray(UUID[]::new))
			.param("from", filter.from())
			.param("to", filter.to())
			.query(this::map)
			.list();
	}

	/** A page of the front page's list. */
	public record Page(List<Fair> fairs, int number, boolean hasNext) {
	}

	/**
	 * Published, ongoing and recently finished fairs: words searched with Indonesian
	 * stemming, filtered by province and type, soonest first.
	 */
	public Page publicList(String words, String province, Fair.Type type, int page) {
		int size = 12;
		String query = words == null ? "" : words.strip();
		List<Fair> found = this.jdbc.sql("""
				select * from fair
				where status in ('PUBLISHED', 'ONGOING', 'FINISHED')
				  and (status <> 'FINISHED' or ends_at > :recent)
				  and (:words = '' or search @@ websearch_to_tsquery('indonesian', :words))
				  and (:province = '' or region_code = :province or region_code like :province || '.%')
				  and (:type = '' or type = :type)
				order by case status when 'ONGOING' then 0 when 'PUBLISHED' then 1 else 2 end, starts_at
				limit :limit offset :offset
				""")
			.param("recent", Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))))
			.param("words", query)
			.param("province", province == null ? "" : province)
			.param("type", type == null ? "" : type.name())
			.param("limit", size + 1)
			.param("offset", Math.max(0, page) * size)
			.query(this::map)
			.list();
		return new Page(found.size() > size ? found.subList(0, size) : found, Math.max(0, page), found.size() > size);
	}

	public List<Fair.Change> history(FairId fair) {
		return this.jdbc.sql("select * from fair_history where fair_id = ? order by occurred_at, id")
			.param(fair)
			.query((rs, row) -> new Fair.Change(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("from_status") == null ? null : FairStatus.valueOf(rs.getString("from_status")),
					FairStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
			.list();
	}

	private Fair lock(FairId id) {
		return this.jdbc.sql("select * from fair where id = ? for update")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("fair " + id));
	}

	private void history(FairId fair, String actor, FairStatus from, FairStatus to, String reason) {
		this.jdbc
			.sql("insert into fair_history (fair_id, occurred_at, actor, from_status, to_status, reason)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(fair, now(), actor, from == null ? null : from.name(), to.name(), reason)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (base.length() > 60) {
			base = base.substring(0, 60).replaceAll("-$", "");
		}
		return (base.isEmpty() ? "jobfair" : base) + "-"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36);
	}

	/** A fair as stored, in the state its clock gives it now ({@link FairStatus#at}). */
	private Fair map(ResultSet rs, int row) throws SQLException {
		Instant startsAt = rs.getTimestamp("starts_at").toInstant();
		Instant endsAt = rs.getTimestamp("ends_at").toInstant();
		return new Fair(new FairId(rs.getObject("id", UUID.class)), rs.getString("slug"),
				rs.getObject("organizer_id", UUID.class), rs.getString("title"), rs.getString("description"),
				Fair.Type.valueOf(rs.getString("type")), rs.getString("venue"), rs.getString("region_code"),
				ZoneId.of(rs.getString("zone")), startsAt, endsAt, rs.getTimestamp("registration_deadline").toInstant(),
				rs.getString("contact_person"), rs.getString("contact_phone"), rs.getString("terms"),
				FairStatus.valueOf(rs.getString("status")).at(this.clock.instant(), startsAt, endsAt),
				rs.getString("status_reason"), new Fair.Rules(rs.getObject("max_applications", Integer.class),
						rs.getBoolean("one_application_per_company")));
	}

}
