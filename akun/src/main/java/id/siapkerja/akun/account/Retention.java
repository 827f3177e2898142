package id.siapkerja.akun.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.webkit.postgres.AdvisoryLocks;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long akun keeps what it no longer needs (UU 27/2022: no longer than the purpose):
 * spent one-time codes and links, the activity history, the registry checks of
 * registrations, failed logins, the account feed's events, and the addresses of e-mails
 * and SMS already sent. Each hour, on one instance at a time (an advisory lock), in one
 * transaction. Registrations not activated go after a day ({@code ExpiredRegistrations}).
 * The periods are on the privacy page.
 */
@Component
@EnableConfigurationProperties(Retention.Periods.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/** The advisory lock's key: "akun retention". */
	static final long LOCK = 0x616B_756E_5245_544EL;

	/** The periods, each from when a thing was last needed; configurable. */
	@ConfigurationProperties("siapkerja.akun.retention")
	public record Periods(Duration codes, Duration activity, Duration registryChecks, Duration loginFailures,
			Duration feedEvents, Duration sentMessages) {

		public Periods {
			codes = codes == null ? Duration.ofDays(2) : codes;
			activity = activity == null ? Duration.ofDays(365) : activity;
			registryChecks = registryChecks == null ? Duration.ofDays(90) : registryChecks;
			loginFailures = loginFailures == null ? Duration.ofDays(30) : loginFailures;
			feedEvents = feedEvents == null ? Duration.ofDays(180) : feedEvents;
			sentMessages = sentMessages == null ? Duration.ofDays(30) : sentMessages;
		}

	}

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Periods periods;

	private final Clock clock;

	public Periods periods() {
		return this.periods;
	}

	/**
	 * Deletes what is past its period; how many rows of each kind (empty when another
	 * instance is at it).
	 */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${siapkerja.akun.retention.check:PT1H}")
	public Map<String, Integer> purge() {
		Map<String, Integer> purged = new LinkedHashMap<>();
		this.transactions.executeWithoutResult((status) -> {
			if (!AdvisoryLocks.tryTake(this.jdbc, LOCK)) {
				return;
			}
			Instant now = this.clock.instant();
			purged.put("one_time_code",
					delete("delete from one_time_code where expires_at < ?", now.minus(this.periods.codes())));
			purged.put("link_token", delete("delete from link_token where coalesce(used_at, expires_at) < ?",
					now.minus(this.periods.codes())));
			purged.put("account_activity",
					delete("delete from account_activity where occurred_at < ?", now.minus(this.periods.activity())));
			purged.put("registry_check", delete("delete from registry_check where occurred_at < ?",
					now.minus(this.periods.registryChecks())));
			purged.put("login_failure",
					delete("delete from login_failure where occurred_at < ?", now.minus(this.periods.loginFailures())));
			purged.put("account_event",
					delete("delete from account_event where occurred_at < ?", now.minus(this.periods.feedEvents())));
			purged.put("outbox_message", this.outbox.forgetDoneBefore(now.minus(this.periods.sentMessages())));
		});
		if (purged.values().stream().anyMatch((n) -> n > 0)) {
			log.info("Retention: deleted {}", purged);
		}
		return purged;
	}

	private int delete(String sql, Instant before) {
		return this.jdbc.sql(sql).param(Timestamp.from(before)).update();
	}

}
