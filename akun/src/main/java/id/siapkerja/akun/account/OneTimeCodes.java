package id.siapkerja.akun.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.shared.DataProtection;
import id.siapkerja.webkit.outbox.Outbox;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit codes sent by SMS to prove a phone: for activation, a change of phone and a
 * password reset. The rules of A-3 live here: a secure random code kept only as an HMAC,
 * valid {@value #VALID_MINUTES} minutes, one live code per account and purpose, at most
 * {@value #MAX_WRONG_TRIES} wrong tries, a new one after {@value #RESEND_SECONDS} s, at
 * most {@value #PER_NUMBER_PER_HOUR} SMS per number per hour and
 * {@value #PER_NUMBER_PER_DAY} per day, and a ceiling of {@value #PER_IP_PER_HOUR} per
 * client address per hour (high: many people share a carrier's address). When the SMS of
 * a live code has failed twice, the code can be sent by e-mail instead.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OneTimeCodes {

	static final int VALID_MINUTES = 5;

	public static final int MAX_WRONG_TRIES = 5;

	static final int RESEND_SECONDS = 60;

	static final int PER_NUMBER_PER_HOUR = 5;

	static final int PER_NUMBER_PER_DAY = 10;

	public static final int PER_IP_PER_HOUR = 200;

	static final int SMS_FAILURES_BEFORE_EMAIL = 2;

	/** What a code proves. */
	public enum Purpose {

		ACTIVATION, PHONE_CHANGE, PASSWORD_RESET

	}

	/** Why no code was sent; each with its message key and when to try again. */
	public enum Refusal {

		RESEND_TOO_SOON, NUMBER_HOURLY_LIMIT, NUMBER_DAILY_LIMIT, ADDRESS_LIMIT;

		public String messageKey() {
			return "code.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** The answer to a request for a code. */
	public record Sending(Refusal refusal, Instant retryAt) {

		public boolean sent() {
			return this.refusal == null;
		}

		/** Seconds until another try is possible, at least 1. */
		public long retryInSeconds(Instant now) {
			return Math.max(1, Duration.between(now, this.retryAt).toSeconds());
		}

		/** Minutes until another try is possible, at least 1. */
		public long retryInMinutes(Instant now) {
			return Math.max(1, (Duration.between(now, this.retryAt).toSeconds() + 59) / 60);
		}

	}

	/** The answer to a typed code. */
	public enum Outcome {

		ACCEPTED, WRONG, EXPIRED, TOO_MANY_TRIES, NO_CODE;

		public String messageKey() {
			return "code.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** The outcome of a typed code, with the tries left and the phone it was sent to. */
	public record Check(Outcome outcome, int triesLeft, String phone) {

		public boolean accepted() {
			return this.outcome == Outcome.ACCEPTED;
		}

	}

	/** The live code of an account, as its page shows it. */
	public record Live(String phone, Instant expiresAt, Instant resendAt, boolean emailOffered, boolean emailed) {
	}

	private record Code(UUID id, String phone, byte[] hash, Instant createdAt, Instant expiresAt, int wrongTries,
			UUID outboxId, Instant emailedAt) {
	}

	private final JdbcClient jdbc;

	private final DataProtection protection;

	private final Outbox outbox;

	private final Activity activity;

	private final MessageSource messages;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** Sends a new code by SMS to the phone, unless a limit says not yet. */
	@Transactional
	public Sending send(UUID account, Purpose purpose, String phone, String clientIp, Locale locale) {
		Instant now = this.clock.instant();
		Optional<Instant> last = this.jdbc
			.sql("select max(created_at) from one_time_code where account_id = ? and purpose = ?")
			.params(account, purpose.name())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
		if (last.isPresent() && last.get().plusSeconds(RESEND_SECONDS).isAfter(now)) {
			return new Sending(Refusal.RESEND_TOO_SOON, last.get().plusSeconds(RESEND_SECONDS));
		}
		Optional<Instant> hourly = limitReached("phone = ? and emailed_at is null", phone, now.minusSeconds(3600),
				PER_NUMBER_PER_HOUR);
		if (hourly.isPresent()) {
			return new Sending(Refusal.NUMBER_HOURLY_LIMIT, hourly.get().plusSeconds(3600));
		}
		Optional<Instant> daily = limitReached("phone = ? and emailed_at is null", phone, now.minusSeconds(86400),
				PER_NUMBER_PER_DAY);
		if (daily.isPresent()) {
			return new Sending(Refusal.NUMBER_DAILY_LIMIT, daily.get().plusSeconds(86400));
		}
		if (clientIp != null) {
			Optional<Instant> byAddress = limitReached("client_ip = ?", clientIp, now.minusSeconds(3600),
					PER_IP_PER_HOUR);
			if (byAddress.isPresent()) {
				return new Sending(Refusal.ADDRESS_LIMIT, byAddress.get().plusSeconds(3600));
			}
		}
		String code = newCode();
		UUID id = store(account, purpose, phone, code, clientIp, now);
		UUID message = this.outbox.sms(phone, text(purpose, code, locale));
		this.jdbc.sql("update one_time_code set outbox_id = ? where id = ?").params(message, id).update();
		this.activity.record(account, Activity.Kind.CODE_SENT, clientIp, purposeDetail(purpose));
		return new Sending(null, now.plusSeconds(RESEND_SECONDS));
	}

	/**
	 * Sends a fresh code by e-mail instead, allowed only when the SMS of the live code
	 * has failed at least twice.
	 */
	@Transactional
	public boolean sendByEmail(UUID account, Purpose purpose, String email, String clientIp, Locale locale) {
		Optional<Live> live = live(account, purpose);
		if (live.isEmpty() || !live.get().emailOffered()) {
			return false;
		}
		Instant now = this.clock.instant();
		String code = newCode();
		UUID id = store(account, purpose, live.get().phone(), code, clientIp, now);
		UUID message = this.outbox.email(email, this.messages.getMessage("code.email.subject", null, locale),
				this.messages.getMessage("code.email.body", new Object[] { code, VALID_MINUTES }, locale));
		this.jdbc.sql("update one_time_code set outbox_id = ?, emailed_at = ? where id = ?")
			.params(message, Timestamp.from(now), id)
			.update();
		this.activity.record(account, Activity.Kind.CODE_SENT_BY_EMAIL, clientIp, purposeDetail(purpose));
		return true;
	}

	/** Checks a typed code against the live one; a right code closes it. */
	@Transactional
	public Check check(UUID account, Purpose purpose, String typed, String clientIp) {
		Optional<Code> found = this.jdbc.sql("""
				select id, phone, code_hash, created_at, expires_at, wrong_tries, outbox_id, emailed_at
				from one_time_code where account_id = ? and purpose = ? and closed_at is null
				order by created_at desc limit 1 for update
				""").params(account, purpose.name()).query((rs, row) -> code(rs)).optional();
		if (found.isEmpty()) {
			return new Check(Outcome.NO_CODE, 0, null);
		}
		Code code = found.get();
		Instant now = this.clock.instant();
		if (!code.expiresAt().isAfter(now)) {
			close(code.id(), now);
			return new Check(Outcome.EXPIRED, 0, code.phone());
		}
		String digits = typed == null ? "" : typed.replaceAll("\\s", "");
		if (MessageDigest.isEqual(hash(code.id(), digits), code.hash())) {
			close(code.id(), now);
			return new Check(Outcome.ACCEPTED, 0, code.phone());
		}
		int tries = code.wrongTries() + 1;
		this.jdbc.sql("update one_time_code set wrong_tries = ?, closed_at = ? where id = ?")
			.params(tries, tries >= MAX_WRONG_TRIES ? Timestamp.from(now) : null, code.id())
			.update();
		this.activity.record(account, Activity.Kind.CODE_WRONG, clientIp, purposeDetail(purpose));
		return tries >= MAX_WRONG_TRIES ? new Check(Outcome.TOO_MANY_TRIES, 0, code.phone())
				: new Check(Outcome.WRONG, MAX_WRONG_TRIES - tries, code.phone());
	}

	/** The live code of an account for a purpose, if any. */
	public Optional<Live> live(UUID account, Purpose purpose) {
		Instant now = this.clock.instant();
		Optional<Code> found = this.jdbc.sql("""
				select id, phone, code_hash, created_at, expires_at, wrong_tries, outbox_id, emailed_at
				from one_time_code where account_id = ? and purpose = ? and closed_at is null and expires_at > ?
				order by created_at desc limit 1
				""").params(account, purpose.name(), Timestamp.from(now)).query((rs, row) -> code(rs)).optional();
		return found.map((code) -> {
			boolean smsFailing = code.emailedAt() == null && code.outboxId() != null
					&& this.outbox.delivery(code.outboxId()).failedAtLeast(SMS_FAILURES_BEFORE_EMAIL);
			return new Live(code.phone(), code.expiresAt(), code.createdAt().plusSeconds(RESEND_SECONDS), smsFailing,
					code.emailedAt() != null);
		});
	}

	/**
	 * When the last code for this purpose was sent, to show when a new one may be asked.
	 */
	public Optional<Instant> resendAt(UUID account, Purpose purpose) {
		return this.jdbc.sql("select max(created_at) from one_time_code where account_id = ? and purpose = ?")
			.params(account, purpose.name())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1))
				.map((at) -> at.toInstant().plusSeconds(RESEND_SECONDS)))
			.single();
	}

	/**
	 * When the limit is reached in the window: the time of the oldest code in it (the
	 * window frees a place one period after that).
	 */
	private Optional<Instant> limitReached(String where, String value, Instant since, int limit) {
		return this.jdbc
			.sql("select count(*), min(created_at) from one_time_code where " + where + " and created_at > ?")
			.params(value, Timestamp.from(since))
			.query((rs, row) -> rs.getInt(1) >= limit ? Optional.of(rs.getTimestamp(2).toInstant())
					: Optional.<Instant>empty())
			.single();
	}

	private UUID store(UUID account, Purpose purpose, String phone, String code, String clientIp, Instant now) {
		this.jdbc
			.sql("update one_time_code set closed_at = ? where account_id = ? and purpose = ? and closed_at is null")
			.params(Timestamp.from(now), account, purpose.name())
			.update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into one_time_code (id, account_id, purpose, phone, code_hash, client_ip, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, account, purpose.name(), phone, hash(id, code), clientIp, Timestamp.from(now),
					Timestamp.from(now.plus(Duration.ofMinutes(VALID_MINUTES))))
			.update();
		return id;
	}

	private void close(UUID id, Instant now) {
		this.jdbc.sql("update one_time_code set closed_at = ? where id = ?").params(Timestamp.from(now), id).update();
	}

	private String newCode() {
		return "%06d".formatted(this.random.nextInt(1_000_000));
	}

	private byte[] hash(UUID id, String code) {
		return this.protection.index("otp:" + id + ":" + code);
	}

	private String text(Purpose purpose, String code, Locale locale) {
		return this.messages.getMessage("code.sms." + purpose.name().toLowerCase(Locale.ROOT),
				new Object[] { code, VALID_MINUTES }, locale);
	}

	private static String purposeDetail(Purpose purpose) {
		return purpose.name();
	}

	private static Code code(ResultSet rs) throws SQLException {
		Timestamp emailed = rs.getTimestamp("emailed_at");
		return new Code(rs.getObject("id", UUID.class), rs.getString("phone"), rs.getBytes("code_hash"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				rs.getInt("wrong_tries"), rs.getObject("outbox_id", UUID.class),
				emailed == null ? null : emailed.toInstant());
	}

}
