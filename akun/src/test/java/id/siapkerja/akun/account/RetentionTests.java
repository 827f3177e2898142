package id.siapkerja.akun.account;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention (issue 22): what is past its period goes — spent codes and links, old
 * activity, registry checks, failed logins, feed events and sent messages' addresses —
 * and nothing younger; two instances never purge at once.
 */
class RetentionTests extends AkunIntegrationTest {

	@Autowired
	Retention retention;

	@Autowired
	DataSource dataSource;

	@Test
	void whatIsPastItsPeriodGoesAndNothingElse() throws Exception {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		UUID account = this.jdbc.sql("select id from account where email = ?")
			.param(person.email())
			.query(UUID.class)
			.single();
		Instant now = this.clock.instant();
		String tag = UUID.randomUUID().toString();
		Instant old = now.minus(Duration.ofDays(400));
		Instant recent = now.minus(Duration.ofHours(1));
		for (Instant at : new Instant[] { old, recent }) {
			Timestamp time = Timestamp.from(at);
			this.jdbc
				.sql("""
						insert into one_time_code (id, account_id, purpose, phone, code_hash, client_ip, created_at, expires_at)
						values (gen_random_uuid(), ?, 'PASSWORD_RESET', ?, '\\x00', ?, ?, ?)
						""")
				.params(account, person.phoneE164(), tag, time, time)
				.update();
			this.jdbc.sql("""
					insert into account_activity (account_id, kind, occurred_at, client_ip, detail)
					values (?, 'LOGIN', ?, ?, null)
					""").params(account, time, tag).update();
			this.jdbc.sql(
					"insert into registry_check (client_ip, nik_index, matched, occurred_at) values (?, '\\x01', true, ?)")
				.params(tag, time)
				.update();
			this.jdbc.sql("insert into login_failure (client_ip, occurred_at) values (?, ?)")
				.params(tag, time)
				.update();
			this.jdbc
				.sql("""
						insert into account_event (type, account_id, occurred_at, payload) values ('ProfileChanged', ?, ?, ?)
						""")
				.params(account, time, tag)
				.update();
			this.jdbc.sql("""
					insert into outbox_message (id, channel, recipient, content, created_at, next_attempt_at, sent_at)
					values (gen_random_uuid(), 'EMAIL', ?, null, ?, ?, ?)
					""").params(tag + "@contoh.id", time, time, time).update();
		}

		Map<String, Integer> purged = this.retention.purge();

		assertThat(purged).containsKeys("one_time_code", "account_activity", "registry_check", "login_failure",
				"account_event", "outbox_message");
		assertThat(count("select count(*) from one_time_code where client_ip = ?", tag)).isOne();
		assertThat(count("select count(*) from account_activity where client_ip = ?", tag)).isOne();
		assertThat(count("select count(*) from registry_check where client_ip = ?", tag)).isOne();
		assertThat(count("select count(*) from login_failure where client_ip = ?", tag)).isOne();
		assertThat(count("select count(*) from account_event where payload = ?", tag)).isOne();
		assertThat(count("select count(*) from outbox_message where recipient = ?", tag + "@contoh.id")).isOne();
		assertThat(count("select count(*) from account where id::text = ?", account.toString())).as("the account stays")
			.isOne();

		// while another instance purges, this one does nothing
		this.clock.advance(Duration.ofDays(1000));
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (var lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
				lock.setLong(1, Retention.LOCK);
				lock.execute();
			}
			assertThat(this.retention.purge()).isEmpty();
			assertThat(count("select count(*) from account_event where payload = ?", tag)).isOne();
			other.rollback();
		}
		assertThat(this.retention.purge().get("account_event")).isPositive();
		assertThat(count("select count(*) from account_event where payload = ?", tag)).isZero();
	}

	private int count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Integer.class).single();
	}

}
