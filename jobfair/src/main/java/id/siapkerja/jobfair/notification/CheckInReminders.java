package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.siapkerja.webkit.outbox.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	private final io.micrometer.core.instrument.Counter reminded;

	CheckInReminders(JdbcClient jdbc, Notifications notifications, Outbox outbox, MessageSource messages, Clock clock,
			@Value("${siapkerja.jobfair.base-url}") String baseUrl,
			org.springframework.transaction.support.TransactionTemplate transactions,
			io.micrometer.core.instrument.MeterRegistry meters) {
		this.reminded = io.micrometer.core.instrument.Counter.builder("siapkerja.reminders.queued")
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
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.reminders.check:PT2S}")
	public int remind() {
		int total = 0;
		Integer done;
		do {
			done = this.transactions.execute((status) -> remindChunk());
			total += (done != null) ? done : 0;
		}
		while (done != null && done == CHUNK);
		return total;
	}

	private int remindChunk() {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Map<String, Object>> due = this.jdbc.sql("""
				with due as (
				  select ff.fair_id, ff.sub, f.starts_at from fair f join fair_follower ff on ff.fair_id = f.id
				  where f.status = 'PUBLISHED' and f.starts_at - interval '2 hours' <= :now and f.starts_at > :now
				    and not exists (select 1 from checkin_reminder r
				      where r.fair_id = ff.fair_id and r.sub = ff.sub and r.starts_at = f.starts_at)
				  limit :chunk
				), sent as (
				  insert into checkin_reminder (fair_id, sub, starts_at, sent_at)
				  select fair_id, sub, starts_at, :now from due
				  on conflict do nothing
				  returning fair_id, sub, starts_at
				)
				select s.fair_id, s.sub, s.starts_at, f.title, f.zone, m.phone, m.email, m.email_verified, m.locale,
				  m.sms_reminders, m.email_notifications,
				  exists (select 1 from checkin_reminder r where r.fair_id = s.fair_id and r.sub = s.sub
				    and r.starts_at <> s.starts_at) as changed
				from sent s join fair f on f.id = s.fair_id join member m on m.sub = s.sub
				""").param("now", now).param("chunk", CHUNK).query().listOfRows();
		List<Notifications.Told> told = new java.util.ArrayList<>(due.size());
		List<Outbox.Message> messages = new java.util.ArrayList<>(due.size() * 2);
		for (Map<String, Object> row : due) {
			Locale locale = "en".equals(row.get("locale")) ? Locale.ENGLISH : Locale.of("id");
			String zone = id.siapkerja.jobfair.fair.Fair.Zone.of(ZoneId.of((String) row.get("zone"))).name();
			String start = TIME
				.format(((Timestamp) row.get("starts_at")).toInstant().atZone(ZoneId.of((String) row.get("zone"))));
			String key = Boolean.TRUE.equals(row.get("changed")) ? "reminder.changed" : "reminder.open";
			Object[] args = { row.get("title"), start, zone };
			String link = "/portofolio/jobfair/" + row.get("fair_id");
			told.add(new Notifications.Told((String) row.get("sub"), key, List.of(args), link));
			if (row.get("phone") != null && Boolean.TRUE.equals(row.get("sms_reminders"))) {
				messages.add(Outbox.Message.sms((String) row.get("phone"),
						this.messages.getMessage(key + ".sms", args, locale)));
			}
			if (row.get("email") != null && Boolean.TRUE.equals(row.get("email_verified"))
					&& Boolean.TRUE.equals(row.get("email_notifications"))) {
				messages.add(Outbox.Message.email((String) row.get("email"),
						this.messages.getMessage(key + ".mail.subject", args, locale),
						this.messages.getMessage(key + ".mail.body",
								new Object[] { row.get("title"), start, zone, this.baseUrl + link }, locale)));
			}
		}
		this.notifications.tellAll(told);
		this.outbox.putAll(messages);
		org.springframework.transaction.support.TransactionSynchronizationManager
			.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CheckInReminders.this.reminded.increment(due.size());
				}
			});
		return due.size();
	}

}
