package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.jobfair.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in reminder two hours before the start goes to each follower exactly once:
 * not before it is due, once when two instances run it at the same moment, again after a
 * crash before commit, never twice; a changed start time brings a new reminder that says
 * so. Each reminder is a notification in the page, an SMS and an e-mail in the outbox.
 */
@TestPropertySource(properties = { "siapkerja.jobfair.reminders.check=PT1H", "siapkerja.jobfair.demo-data=false" })
class CheckInReminderTests extends JobfairIntegrationTest {

	static final int FOLLOWERS = 200;

	@Autowired
	CheckInReminders reminders;

	@Autowired
	Environment environment;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Members members;

	@Test
	void eachFollowerIsRemindedOnceEvenWithTwoInstancesACrashAndAChangedStart() throws Exception {
		FairId fair = fairWithFollowers(Duration.ofHours(2).plusMinutes(10));
		// one follower turned SMS off: still told in the page and by e-mail
		String quiet = this.jdbc.sql("select sub from fair_follower where fair_id = ? limit 1")
			.param(fair)
			.query(String.class)
			.single();
		this.members.choose(quiet, false, true);
		assertThat(this.reminders.remind()).as("not due yet").isZero();
		this.clock.advance(Duration.ofMinutes(11));

		// a run that dies before it commits leaves nothing behind
		this.transactions.executeWithoutResult((status) -> {
			assertThat(this.reminders.remind()).isGreaterThanOrEqualTo(FOLLOWERS);
			status.setRollbackOnly();
		});
		assertThat(sent(fair)).isZero();

		// two instances at the same moment: each follower once
		try (ConfigurableApplicationContext second = SecondInstance.start(this.environment, this.clock,
				"--siapkerja.jobfair.reminders.check=PT1H", "--siapkerja.jobfair.demo-data=false")) {
			CheckInReminders there = second.getBean(CheckInReminders.class);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			Future<Integer> one = pool.submit(this.reminders::remind);
			Future<Integer> two = pool.submit(there::remind);
			one.get();
			two.get();
			pool.shutdown();
		}
		assertThat(sent(fair)).isEqualTo(FOLLOWERS);
		assertThat(this.reminders.remind()).as("a later run sends nothing again").isZero();

		// someone follows after the reminders went out, and someone whose follow
		// committed
		// late, stamped before the last one reminded: both are reminded at the next run
		lateFollower(fair, "baru", this.clock.instant());
		lateFollower(fair, "terlambat",
				this.jdbc.sql("select max(followed_at) from fair_follower where fair_id = ? and sub not like '%-baru'")
					.param(fair)
					.query(Timestamp.class)
					.single()
					.toInstant()
					.minusSeconds(20));
		assertThat(this.reminders.remind()).isEqualTo(2);
		assertThat(this.reminders.remind()).isZero();
		this.jdbc.sql("delete from checkin_reminder where sub like ?").param("late-" + fair + "%").update();
		this.jdbc.sql("delete from notification where sub like ?").param("late-" + fair + "%").update();
		this.jdbc.sql("delete from fair_follower where sub like ?").param("late-" + fair + "%").update();
		assertThat(count("""
				select count(*) from notification n join fair_follower ff on ff.sub = n.sub
				where ff.fair_id = ? and n.message_key = 'reminder.open'
				""", fair)).isEqualTo(FOLLOWERS);
		assertThat(count("""
				select count(*) from outbox_message o join member m on m.phone = o.recipient
				join fair_follower ff on ff.sub = m.sub where ff.fair_id = ? and o.channel = 'SMS'
				""", fair)).isEqualTo(FOLLOWERS - 1);
		assertThat(count("""
				select count(*) from outbox_message o join member m on m.email = o.recipient
				join fair_follower ff on ff.sub = m.sub where ff.fair_id = ? and o.channel = 'EMAIL'
				""", fair)).isEqualTo(FOLLOWERS);

		// the start moves half an hour later: a new reminder that says the schedule
		// changed
		this.jdbc.sql("update fair set starts_at = starts_at + interval '30 minutes' where id = ?")
			.param(fair)
			.update();
		this.clock.advance(Duration.ofMinutes(30));
		this.reminders.remind();
		assertThat(count("""
				select count(*) from notification n join fair_follower ff on ff.sub = n.sub
				where ff.fair_id = ? and n.message_key = 'reminder.changed'
				""", fair)).isEqualTo(FOLLOWERS);
		assertThat(this.reminders.remind()).isZero();
	}

	private FairId fairWithFollowers(Duration startsIn) {
		UUID organizer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, ?, 'BLK', '32', 'Jl.', '021', 'blk@contoh.id', 'Agus', now())
				""").params(organizer, "BLK Pengingat " + organizer).update();
		FairId fair = FairId.random();
		Instant start = this.clock.instant().plus(startsIn);
		this.jdbc
			.sql("""
					insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
						registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
					values (?, ?, ?, 'Jobfair Pengingat', 'Jobfair untuk menguji pengingat check in.', 'ONLINE', 'Asia/Jakarta',
						?, ?, ?, 'Agus', '021', 'PUBLISHED', now(), now())
					""")
			.params(fair, "pengingat-" + fair, organizer, Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofHours(6))), Timestamp.from(start.minus(Duration.ofDays(1))))
			.update();
		this.jdbc
			.sql("""
					with people as (
					  insert into member (sub, name, email, email_verified, phone, locale, first_login_at, last_login_at)
					  select 'pengingat-' || :fair || '-' || g, 'Pencaker ' || g, 'p' || g || '.' || :fair || '@contoh.id', true,
					    '+6281' || lpad((floor(random() * 1e9))::bigint::text, 9, '0'), 'id', now(), now()
					  from generate_series(1, :n) g returning sub
					)
					insert into fair_follower (fair_id, sub, followed_at) select cast(:fair as uuid), sub, now() from people
					""")
			.param("fair", fair.toString())
			.param("n", FOLLOWERS)
			.update();
		return fair;
	}

	private void lateFollower(FairId fair, String name, Instant followedAt) {
		String sub = "late-" + fair + "-" + name;
		this.jdbc.sql("""
				insert into member (sub, name, first_login_at, last_login_at) values (?, ?, now(), now())
				""").params(sub, "Pencaker " + name).update();
		this.jdbc.sql("insert into fair_follower (fair_id, sub, followed_at) values (?, ?, ?)")
			.params(fair, sub, Timestamp.from(followedAt))
			.update();
	}

	private int sent(FairId fair) {
		return count("select count(*) from checkin_reminder where fair_id = ?", fair);
	}

}
