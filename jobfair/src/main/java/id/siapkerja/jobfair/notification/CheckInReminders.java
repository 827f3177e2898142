package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.seeker.Followers;
import id.siapkerja.webkit.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The check-in reminder (J-S-c): two hours before a fair starts, each follower is told
 * that check-in is open — in the page, by SMS and by e-mail — exactly once: the reminder
 * is recorded under a unique key (fair, person, start time) in the same transaction as
 * its messages, so two instances, a crash midway or a second run change nothing; a
 * changed start time is a new start and gets a new reminder that says so.
 */
@Component
class CheckInReminders {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final TransactionTemplate transactions;

	private final Counter reminded;

	private final Fairs fairs;

	private final Followers followers;

	private final Members members;

	CheckInReminders(JdbcClient jdbc, Notifications notifications, Outbox outbox, MessageSource messages, Clock clock,
			@Value("${siapkerja.jobfair.base-url}") String baseUrl, TransactionTemplate transactions,
			MeterRegistry meters, Fairs fairs, Followers followers, Members members) {
		this.fairs = fairs;
		this.followers = followers;
		this.members = members;
		this.reminded = Counter.builder("siapkerja.reminders.queued")
			.description("check-in reminders queued (page, SMS and e-mail)")
			.register(meters);
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.notifications = notifications;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Followers reminded per transaction: messages start leaving while the rest are
	 * queued.
	 */
	static final int CHUNK = 5_000;

	/** Sends the reminders that are due, a chunk per transaction; returns how many. */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.reminders.check:PT2S}",
			initialDelayString = "${siapkerja.jobfair.reminders.check:PT2S}")
	public int remind() {
		Instant now = this.clock.instant();
		int total = 0;
		for (Fair fair : this.fairs.publishedStartingWithin(now, Followers.CHECK_IN_OPENS)) {
			// the followers after the last one reminded for this start (a minute back,
			// for a
			// follow committed late: a reminder already sent is not sent again)
			Followers.Followed after = this.jdbc.sql("""
					select max(followed_at) from checkin_reminder where fair_id = ? and starts_at = ?
					""")
				.params(fair.id(), Timestamp.from(fair.startsAt()))
				.query((rs, row) -> rs.getTimestamp(1))
				.optional()
				.filter(Objects::nonNull)
				.map((last) -> new Followers.Followed("", last.toInstant().minus(Duration.ofMinutes(1))))
				.orElse(new Followers.Followed("", Instant.EPOCH));
			List<Followers.Followed> batch;
			do {
				batch = this.followers.followedAfter(fair.id(), after, CHUNK);
				if (batch.isEmpty()) {
					break;
				}
				List<Followers.Followed> chunk = batch;
				Integer done = this.transactions.execute((status) -> remindChunk(fair, chunk, now));
				total += (done != null) ? done : 0;
				after = batch.get(batch.size() - 1);
			}
			while (batch.size() == CHUNK);
		}
		return total;
	}

	private int remindChunk(Fair fair, List<Followers.Followed> followed, Instant now) {
		List<Map<String, Object>> due = this.jdbc.sql("""
				with sent as (
				  insert into checkin_reminder (fair_id, sub, starts_at, sent_at, followed_at)
				  select :fair, f.sub, :starts, :now, to_timestamp(f.micros / 1000000.0)
				  from unnest(cast(:subs as varchar[]), cast(:followed as bigint[])) as f(sub, micros)
				  on conflict do nothing
				  returning sub
				)
				select s.sub, exists (select 1 from checkin_reminder r where r.fair_id = :fair and r.sub = s.sub
				    and r.starts_at <> :starts) as changed
				from sent s
				""")
			.param("fair", fair.id())
			.param("starts", Timestamp.from(fair.startsAt()))
			.param("now", Timestamp.from(now))
			.param("subs", followed.stream().map(Followers.Followed::sub).toArray(String[]::new))
			.param("followed",
					followed.stream()
						.mapToLong((f) -> ChronoUnit.MICROS.between(Instant.EPOCH, f.followedAt()))
						.toArray())
			.query()
			.listOfRows();
		Map<String, Member> people = this.members.bySubs(due.stream().map((row) -> (String) row.get("sub")).toList());
		String zone = fair.zoneName();
		String start = TIME.format(fair.startsAt().atZone(fair.zone()));
		String link = "/portofolio/jobfair/" + fair.id();
		List<Notifications.Told> told = new ArrayList<>(due.size());
		List<Outbox.Message> messages = new ArrayList<>(due.size() * 2);
		for (Map<String, Object> row : due) {
			Member person = people.get((String) row.get("sub"));
			if (person == null) {
				continue;
			}
			Locale locale = person.language();
			String key = Boolean.TRUE.equals(row.get("changed")) ? "reminder.changed" : "reminder.open";
			Object[] args = { fair.title(), start, zone };
			told.add(new Notifications.Told(person.sub(), key, List.of(args), link));
			if (person.wantsSms()) {
				messages.add(Outbox.Message.sms(person.phone(), this.messages.getMessage(key + ".sms", args, locale)));
			}
			if (person.wantsEmail()) {
				messages.add(Outbox.Message.email(person.email(),
						this.messages.getMessage(key + ".mail.subject", args, locale),
						this.messages.getMessage(key + ".mail.body",
								new Object[] { fair.title(), start, zone, this.baseUrl + link }, locale)));
			}
		}
		this.notifications.tellAll(told);
		this.outbox.putAll(messages);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				CheckInReminders.this.reminded.increment(due.size());
			}
		});
		return due.size();
	}

}
