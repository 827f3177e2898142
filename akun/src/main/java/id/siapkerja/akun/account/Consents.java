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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each person agreed to (UU 27/2022): the privacy notice at registration, with its
 * version and time, which an account needs; and e-mail notifications and SMS reminders
 * from SIAPkerja's services, given at registration and withdrawn or given again on the
 * consents page. A change is in the activity and on the account feed, so the services
 * stop (or start) sending.
 */
@Service("accountConsents")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Consents {

	/** What a consent is for; {@code required}: the account needs it. */
	public enum Purpose {

		PRIVACY_NOTICE(true), EMAIL_NOTIFICATIONS(false), SMS_REMINDERS(false), PROFILE_TO_FAIR_COMPANIES(false);

		private final boolean required;

		Purpose(boolean required) {
			this.required = required;
		}

		public boolean required() {
			return this.required;
		}

		public String messageKey() {
			return "consents." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** One consent as it stands. */
	public record Consent(Purpose purpose, boolean given, String noticeVersion, Instant changedAt) {

		/** Not given since the account was made (no notice version). */
		public boolean neverGiven() {
			return !this.given && (this.noticeVersion == null || this.noticeVersion.isEmpty());
		}

	}

	/** The purposes the person gives, for a service. */
	public List<String> given(UUID account) {
		return this.jdbc.sql("select purpose from account_consent where account_id = ? and given order by purpose")
			.param(account)
			.query(String.class)
			.list();
	}

	private final JdbcClient jdbc;

	private final Activity activity;

	private final AccountEvents events;

	private final Clock clock;

	public List<Consent> of(UUID account) {
		return this.jdbc.sql("select * from account_consent where account_id = ? order by array_position(?, purpose)")
			.params(account, List.of(Purpose.values()).stream().map(Purpose::name).toArray(String[]::new))
			.query((rs, row) -> new Consent(Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("given"),
					rs.getString("notice_version"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/**
	 * Withdraws or gives an optional consent; false for a required one (only deleting the
	 * account withdraws it) or when nothing changes.
	 */
	@Transactional
	public boolean change(UUID account, Purpose purpose, boolean given, String clientIp) {
		if (purpose.required()) {
			return false;
		}
		int changed = this.jdbc.sql("""
				update account_consent set given = ?, notice_version = ?, changed_at = ?
				where account_id = ? and purpose = ? and given <> ?
				""")
			.params(given, Accounts.PRIVACY_NOTICE_VERSION, Timestamp.from(this.clock.instant()), account,
					purpose.name(), given)
			.update();
		if (changed == 0) {
			return false;
		}
		this.activity.record(account, given ? Activity.Kind.CONSENT_GIVEN : Activity.Kind.CONSENT_WITHDRAWN, clientIp,
				purpose.name());
		this.events.record(AccountEvents.Type.ProfileChanged, account);
		return true;
	}

}
