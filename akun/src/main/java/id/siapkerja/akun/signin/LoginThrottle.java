package id.siapkerja.akun.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.LinkTokens;
import id.siapkerja.akun.shared.DataProtection;
import id.siapkerja.webkit.outbox.Outbox;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force throttling of logins that never locks the owner out (issue 20, item 1).
 * <ul>
 * <li>Per (account, client) pair: after {@value #FREE_FAILURES} failures each further try
 * waits (5 s, doubling); after {@value #HOLD_AFTER} the pair is held
 * {@value #HOLD_MINUTES} minutes. The client is the browser's device cookie when it holds
 * a valid one of the account ({@link KnownDevices}), else the client address, so wrong
 * passwords from elsewhere do not slow the owner.</li>
 * <li>Per account, over all clients without a device cookie: at most
 * {@value #ACCOUNT_CEILING} failures an hour, then those clients are held too (a known
 * device is not).</li>
 * <li>Per client address, over all accounts: at most {@value #FAILURES_PER_ADDRESS}
 * failures in 10 minutes — high, because a mobile carrier puts many people behind one
 * address (carrier-grade NAT).</li>
 * </ul>
 * A login that matches no account is throttled the same way (its subject is the keyed
 * hash of what was typed), so the answers do not tell who is registered. A hold is told
 * to the owner by e-mail (at most once an hour) with a one-time link that lifts every
 * hold; a successful login lifts its own pair's, a new password all.
 */
@Component
@RequiredArgsConstructor
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final int HOLD_AFTER = 10;

	static final int HOLD_MINUTES = 15;

	static final int ACCOUNT_CEILING = 100;

	static final int FAILURES_PER_ADDRESS = 300;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

	/** Failures older than this are forgotten. */
	static final Duration MEMORY = Duration.ofHours(1);

	static final Duration UNLOCK_LINK = Duration.ofHours(24);

	/** Who is trying: a known device of the account, or an address. */
	record Client(String key, String address, boolean knownDevice) {

		static Client device(String id, String address) {
			return new Client("device:" + id, address, true);
		}

		static Client address(String address) {
			return new Client("address:" + address, address, false);
		}

	}

	private final JdbcClient jdbc;

	private final Activity activity;

	private final Outbox outbox;

	private final MessageSource messages;

	private final LinkTokens links;

	private final DataProtection protection;

	private final Clock clock;

	/**
	 * What failures are counted against: the account, or what was typed when none
	 * matched.
	 */
	String subject(Account account, String login) {
		if (account != null) {
			return account.id().toString();
		}
		byte[] typed = this.protection.index("login:" + login.strip().toLowerCase(Locale.ROOT));
		return "login:" + HexFormat.of().formatHex(typed, 0, 16);
	}

	/** Whether this address has failed too often lately. */
	boolean addressBlocked(String clientIp) {
		Integer failures = this.jdbc.sql("select count(*) from login_failure where client_ip = ? and occurred_at > ?")
			.params(clientIp, Timestamp.from(this.clock.instant().minus(ADDRESS_WINDOW)))
			.query(Integer.class)
			.single();
		return failures >= FAILURES_PER_ADDRESS;
	}

	/** Until when this client must wait before trying this subject again; null: now. */
	Instant waitUntil(String subject, Client client) {
		Instant now = this.clock.instant();
		Instant wait = this.jdbc.sql("select wait_until from login_throttle where subject = ? and client = ?")
			.params(subject, client.key())
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		if (!client.knownDevice()) {
			Instant ceiling = ceilingHoldUntil(subject, now);
			if (ceiling != null && (wait == null || ceiling.isAfter(wait))) {
				wait = ceiling;
			}
		}
		return (wait != null && wait.isAfter(now)) ? wait : null;
	}

	/**
	 * When the clients without a device cookie may try again, if the account's ceiling is
	 * reached.
	 */
	private Instant ceilingHoldUntil(String subject, Instant now) {
		return this.jdbc.sql("""
				select max(last_failure_at) from login_throttle
				where subject = ? and client like 'address:%' and last_failure_at > ?
				having sum(failures) >= ?
				""")
			.params(subject, Timestamp.from(now.minus(MEMORY)), ACCOUNT_CEILING)
			.query((rs, row) -> rs.getTimestamp(1).toInstant().plus(Duration.ofMinutes(HOLD_MINUTES)))
			.optional()
			.orElse(null);
	}

	/**
	 * Records a failed login of this client for the subject and sets its wait; for a real
	 * account (not null) a hold is recorded and mailed with the unlock link.
	 */
	@Transactional
	void failed(String subject, Client client, Account account, String baseUrl) {
		Instant now = this.clock.instant();
		int failures = this.jdbc.sql("""
				insert into login_throttle (subject, client, failures, last_failure_at) values (?, ?, 1, ?)
				on conflict (subject, client) do update set
					failures = case when login_throttle.last_failure_at < ? then 1 else login_throttle.failures + 1 end,
					last_failure_at = excluded.last_failure_at
				returning failures
				""")
			.params(subject, client.key(), Timestamp.from(now), Timestamp.from(now.minus(MEMORY)))
			.query(Integer.class)
			.single();
		Instant waitUntil = null;
		if (failures >= HOLD_AFTER) {
			waitUntil = now.plus(Duration.ofMinutes(HOLD_MINUTES));
		}
		else if (failures >= FREE_FAILURES) {
			waitUntil = now.plusSeconds(5L << (failures - FREE_FAILURES));
		}
		this.jdbc.sql("update login_throttle set wait_until = ? where subject = ? and client = ?")
			.params(waitUntil == null ? null : Timestamp.from(waitUntil), subject, client.key())
			.update();
		this.jdbc.sql("insert into login_failure (client_ip, occurred_at) values (?, ?)")
			.params(client.address(), Timestamp.from(now))
			.update();
		if (account == null) {
			return;
		}
		this.activity.record(account.id(), Activity.Kind.LOGIN_FAILED, client.address(), null);
		boolean held = failures >= HOLD_AFTER || (!client.knownDevice() && ceilingHoldUntil(subject, now) != null);
		if (held && firstMailThisHour(subject, client, now)) {
			this.activity.record(account.id(), Activity.Kind.LOGIN_HELD, client.address(), null);
			String token = this.links.issue(account.id(), LinkTokens.Purpose.LOGIN_UNLOCK, account.email(),
					UNLOCK_LINK);
			Locale locale = Locale.of(account.locale());
			this.outbox
				.email(account.email(), this.messages.getMessage("mail.held.subject", null, locale),
						this.messages.getMessage(
								"mail.held.body", new Object[] { account.fullName(), Math.max(failures, HOLD_AFTER),
										HOLD_MINUTES, client.address(), baseUrl + "/login/buka?token=" + token },
								locale));
		}
	}

	private boolean firstMailThisHour(String subject, Client client, Instant now) {
		return this.jdbc.sql("""
				update login_throttle set mailed_at = ? where subject = ? and client = ?
				and not exists (select 1 from login_throttle where subject = ? and mailed_at > ?)
				""")
			.params(Timestamp.from(now), subject, client.key(), subject, Timestamp.from(now.minus(MEMORY)))
			.update() == 1;
	}

	/** A right password: this client's failures are forgotten. */
	@Transactional
	void succeeded(Account account, Client client) {
		this.jdbc.sql("delete from login_throttle where subject = ? and client = ?")
			.params(account.id().toString(), client.key())
			.update();
		this.activity.record(account.id(), Activity.Kind.LOGIN, client.address(), null);
	}

	/**
	 * The owner proved it (unlock link, new password): every hold of the account ends.
	 */
	@Transactional
	void liftAll(UUID account) {
		this.jdbc.sql("delete from login_throttle where subject = ?").param(account.toString()).update();
	}

	@Scheduled(fixedDelayString = "PT10M")
	void forget() {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from login_failure where occurred_at < ?")
			.param(Timestamp.from(now.minus(ADDRESS_WINDOW)))
			.update();
		this.jdbc.sql("delete from login_throttle where last_failure_at < ? and (wait_until is null or wait_until < ?)")
			.params(Timestamp.from(now.minus(MEMORY)), Timestamp.from(now))
			.update();
	}

}
