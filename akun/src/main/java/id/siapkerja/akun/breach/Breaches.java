package id.siapkerja.akun.breach;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.webkit.postgres.AdvisoryLocks;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal-data incidents (UU 27/2022, art. 46): recorded by an officer with when they
 * were found, which data, how many people and what was done; the people affected must be
 * told in writing within {@link #DEADLINE}. The notice is prepared (all active accounts,
 * or a list of addresses), confirmed once, and then sent through the outbox by a job that
 * works through the recipients in batches, on one instance at a time.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Breaches {

	/** How long after an incident is found the people affected must be told. */
	public static final Duration DEADLINE = Duration.ofHours(72);

	static final int BATCH = 500;

	/** The advisory lock of the sending job: "breach". */
	static final long LOCK = 0x6272_6561_6368_4E4FL;

	/** What kinds of personal data an incident touched. */
	public enum Data {

		IDENTITY, CONTACT, PROFILE, APPLICATIONS, CREDENTIALS;

		public String messageKey() {
			return "breach.data." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** An incident as recorded, with its notice and how far sending it has come. */
	public record Breach(UUID id, Instant foundAt, Instant recordedAt, String recordedBy, List<Data> data,
			int affectedEstimate, String description, String measures, boolean everyone, List<String> list,
			String noticeSubject, String noticeBody, Instant confirmedAt, String confirmedBy) {

		public Instant deadline() {
			return this.foundAt.plus(DEADLINE);
		}

		public boolean confirmed() {
			return this.confirmedAt != null;
		}

		public boolean late(Instant now) {
			return this.confirmedAt == null ? now.isAfter(deadline()) : this.confirmedAt.isAfter(deadline());
		}

	}

	/** What the officer records. */
	public record Incident(Instant foundAt, List<Data> data, int affectedEstimate, String description,
			String measures) {
	}

	/** How far the notice has come: recipients, and those handed to the outbox. */
	public record Progress(int recipients, int queued) {
	}

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	@Transactional
	public UUID record(Incident incident, String officer, String subject, String body) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into breach (id, found_at, recorded_at, recorded_by, data_categories, affected_estimate,
					description, measures, notice_subject, notice_body) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, Timestamp.from(incident.foundAt()), Timestamp.from(this.clock.instant()), officer,
					incident.data().stream().map(Data::name).toArray(String[]::new), incident.affectedEstimate(),
					incident.description(), incident.measures(), subject, body)
			.update();
		return id;
	}

	/** The notice and who gets it, while it is not confirmed; false once it is. */
	@Transactional
	public boolean prepare(UUID id, boolean everyone, List<String> list, String subject, String body) {
		return this.jdbc.sql("""
				update breach set recipients = ?, recipient_list = ?, notice_subject = ?, notice_body = ?
				where id = ? and confirmed_at is null
				""").params(everyone ? "ALL" : "LIST", list.toArray(String[]::new), subject, body, id).update() > 0;
	}

	/**
	 * The officer confirms: the recipients are fixed (every active account's address, or
	 * the list) and the sending job takes them; once only.
	 * @return how many will be told, empty when it was confirmed already
	 */
	@Transactional
	public Optional<Integer> confirm(UUID id, String officer) {
		if (this.jdbc.sql("update breach set confirmed_at = ?, confirmed_by = ? where id = ? and confirmed_at is null")
			.params(Timestamp.from(this.clock.instant()), officer, id)
			.update() == 0) {
			return Optional.empty();
		}
		Breach breach = byId(id).orElseThrow();
		int recipients = breach.everyone() ? this.jdbc.sql("""
				insert into breach_recipient (breach_id, email)
				select ?, lower(email) from account where status = 'ACTIVE' on conflict do nothing
				""").param(id).update() : this.jdbc.sql("""
				insert into breach_recipient (breach_id, email)
				select ?, lower(e) from unnest(?::text[]) as l(e) on conflict do nothing
				""").params(id, breach.list().toArray(String[]::new)).update();
		return Optional.of(recipients);
	}

	/** Hands the next recipients of confirmed notices to the outbox; how many. */
	@Scheduled(fixedDelayString = "${siapkerja.akun.breach.send-every:PT10S}")
	public int send() {
		Integer sent = this.transactions.execute((status) -> {
			if (!AdvisoryLocks.tryTake(this.jdbc, LOCK)) {
				return 0;
			}
			List<Object[]> due = this.jdbc.sql("""
					select r.breach_id, r.email, b.notice_subject, b.notice_body from breach_recipient r
					join breach b on b.id = r.breach_id where r.queued_at is null limit ?
					""")
				.param(BATCH)
				.query((rs,
						row) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
								rs.getString(4) })
				.list();
			if (due.isEmpty()) {
				return 0;
			}
			List<Outbox.Message> messages = new ArrayList<>();
			for (Object[] row : due) {
				messages.add(Outbox.Message.email((String) row[1], (String) row[2], (String) row[3]));
			}
			this.outbox.putAll(messages);
			Timestamp now = Timestamp.from(this.clock.instant());
			for (Object[] row : due) {
				this.jdbc.sql("update breach_recipient set queued_at = ? where breach_id = ? and email = ?")
					.params(now, row[0], row[1])
					.update();
			}
			return due.size();
		});
		return sent == null ? 0 : sent;
	}

	public Progress progress(UUID id) {
		return this.jdbc.sql("""
				select count(*)::int as recipients, count(queued_at)::int as queued from breach_recipient
				where breach_id = ?
				""").param(id).query((rs, row) -> new Progress(rs.getInt(1), rs.getInt(2))).single();
	}

	/** Active accounts: who "everyone" is now. */
	public int activeAccounts() {
		return this.jdbc.sql("select count(*)::int from account where status = 'ACTIVE'").query(Integer.class).single();
	}

	public List<Breach> all() {
		return this.jdbc.sql("select * from breach order by found_at desc").query(Breaches::map).list();
	}

	public Optional<Breach> byId(UUID id) {
		return this.jdbc.sql("select * from breach where id = ?").param(id).query(Breaches::map).optional();
	}

	private static Breach map(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Breach(rs.getObject("id", UUID.class), rs.getTimestamp("found_at").toInstant(),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
				Arrays.stream(strings(rs.getArray("data_categories"))).map(Data::valueOf).toList(),
				rs.getInt("affected_estimate"), rs.getString("description"), rs.getString("measures"),
				"ALL".equals(rs.getString("recipients")), List.of(strings(rs.getArray("recipient_list"))),
				rs.getString("notice_subject"), rs.getString("notice_body"),
				confirmed == null ? null : confirmed.toInstant(), rs.getString("confirmed_by"));
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

}
