package id.siapkerja.akun.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.webkit.outbox.Outbox;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force throttling of logins. Per account: after {@value #FREE_FAILURES}
 * consecutive failures each further try must wait (5 s, doubling), and after
 * {@value #HOLD_AFTER} the account is held {@value #HOLD_MINUTES} minutes and its owner
 * told by e-mail. Per client address: at most {@value #FAILURES_PER_ADDRESS} failures in
 * 10 minutes.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final int HOLD_AFTER = 10;

	static final int HOLD_MINUTES = 15;

	static final int FAILURES_PER_ADDRESS = 30;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Activity activity;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Accounts accounts, Activity activity, Outbox outbox, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.activity = activity;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether this address has failed too often lately. */
	boolean addressBlocked(String clientIp) {
		Integer failures = this.jdbc.sql("select count(*) from login_failure where client_ip = ? and occurred_at > ?")
			.params(clientIp, Timestamp.from(this.clock.instant().minus(ADDRESS_WINDOW)))
			.query(Integer.class)
			.single();
		return failures >= FAILURES_PER_ADDRESS;
	}

	/** Until when the account must wait before another try; null when it may try now. */
	Instant waitUntil(Account account) {
		Instant held = account.loginHeldUntil();
		return (held != null && held.isAfter(this.clock.instant())) ? held : null;
	}

	@Transactional
	void addressFailed(String clientIp) {
		this.jdbc.sql("insert into login_failure (client_ip, occurred_at) values (?, ?)")
			.params(clientIp, Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Records a wrong password for the account and sets its wait or hold. */
	@Transactional
	void accountFailed(Account account, String clientIp) {
		Instant now = this.clock.instant();
		int failures = account.failedLogins() + 1;
		Instant waitUntil = null;
		if (failures >= HOLD_AFTER) {
			waitUntil = now.plus(Duration.ofMinutes(HOLD_MINUTES));
		}
		else if (failures >= FREE_FAILURES) {
			waitUntil = now.plusSeconds(5L << (failures - FREE_FAILURES));
		}
		this.accounts.recordLoginFailure(account.id(), failures, waitUntil);
		this.activity.record(account.id(), Activity.Kind.LOGIN_FAILED, clientIp, null);
		addressFailed(clientIp);
		if (failures >= HOLD_AFTER) {
			this.activity.record(account.id(), Activity.Kind.LOGIN_HELD, clientIp, null);
			Locale locale = Locale.of(account.locale());
			this.outbox.email(account.email(), this.messages.getMessage("mail.held.subject", null, locale),
					this.messages.getMessage("mail.held.body",
							new Object[] { account.fullName(), HOLD_AFTER, HOLD_MINUTES, clientIp }, locale));
		}
	}

	@Transactional
	void succeeded(Account account, String clientIp) {
		this.accounts.resetLoginFailures(account.id());
		this.activity.record(account.id(), Activity.Kind.LOGIN, clientIp, null);
	}

	@Scheduled(fixedDelayString = "PT10M")
	void forgetOldAddressFailures() {
		this.jdbc.sql("delete from login_failure where occurred_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(ADDRESS_WINDOW)))
			.update();
	}

}
