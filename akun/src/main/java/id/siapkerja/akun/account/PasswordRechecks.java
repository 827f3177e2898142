package id.siapkerja.akun.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The password asked again before a change that matters (e-mail, number, password,
 * deleting the account, downloading the data archive): after {@value #MOST} wrong ones in
 * {@link #WINDOW} the account's rechecks are held, right or wrong, so whoever holds a
 * session cannot try passwords through these forms. Each wrong one is in the person's
 * activity.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PasswordRechecks {

	static final int MOST = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Passwords passwords;

	private final Activity activity;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Nothing when the password is right; else the message key of the problem. */
	public Optional<String> problem(Account account, String typed, String clientIp) {
		int wrong = this.jdbc.sql("""
				select count(*) from account_activity where account_id = ? and kind = 'PASSWORD_RECHECK_FAILED'
				and occurred_at > ?
				""")
			.params(account.id(), Timestamp.from(this.clock.instant().minus(WINDOW)))
			.query(Integer.class)
			.single();
		if (wrong >= MOST) {
			return Optional.of("settings.password.held");
		}
		if (this.passwords.matches(typed, account.passwordHash())) {
			return Optional.empty();
		}
		this.activity.record(account.id(), Activity.Kind.PASSWORD_RECHECK_FAILED, clientIp, null);
		return Optional.of("settings.password.wrong");
	}

}
