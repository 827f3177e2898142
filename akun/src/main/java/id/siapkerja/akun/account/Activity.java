package id.siapkerja.akun.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to an account — registrations, activations, logins, failures, holds,
 * changes — kept as an audit table and shown to the owner on the activity page. Details
 * never contain a NIK, code or password.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Activity {

	/** The kinds of entry, each with a message key {@code activity.kind.*}. */
	public enum Kind {

		REGISTERED, ACTIVATED, LOGIN, LOGIN_FAILED, LOGIN_HELD, LOGOUT, CODE_SENT, CODE_SENT_BY_EMAIL, CODE_WRONG,
		PHONE_CHANGE_REQUESTED, PHONE_CHANGED, EMAIL_CHANGE_REQUESTED, EMAIL_CHANGED, EMAIL_VERIFIED, PASSWORD_CHANGED,
		PASSWORD_RESET_REQUESTED, PASSWORD_RESET, LOGIN_UNLOCKED, CONSENT_GIVEN, CONSENT_WITHDRAWN, ARCHIVE_REQUESTED,
		ARCHIVE_DOWNLOADED, PASSWORD_RECHECK_FAILED;

		public String messageKey() {
			return "activity.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** One entry. */
	public record Entry(Kind kind, Instant occurredAt, String clientIp, String detail) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	@Transactional
	public void record(UUID account, Kind kind, String clientIp, String detail) {
		this.jdbc
			.sql("insert into account_activity (account_id, kind, occurred_at, client_ip, detail)"
					+ " values (?, ?, ?, ?, ?)")
			.params(account, kind.name(), Timestamp.from(this.clock.instant()), clientIp, detail)
			.update();
	}

	/** Every entry kept, oldest first: for the person's archive. */
	public List<Entry> all(UUID account) {
		return this.jdbc
			.sql("select kind, occurred_at, client_ip, detail from account_activity where account_id = ?"
					+ " order by occurred_at, id")
			.param(account)
			.query((rs, row) -> new Entry(Kind.valueOf(rs.getString("kind")),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("client_ip"), rs.getString("detail")))
			.list();
	}

	/** The latest entries, newest first. */
	public List<Entry> latest(UUID account, int limit) {
		return this.jdbc
			.sql("select kind, occurred_at, client_ip, detail from account_activity where account_id = ?"
					+ " order by occurred_at desc, id desc limit ?")
			.params(account, limit)
			.query((rs, row) -> new Entry(Kind.valueOf(rs.getString("kind")),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("client_ip"), rs.getString("detail")))
			.list();
	}

}
