package id.siapkerja.akun.signin;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.LinkTokens;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.akun.account.PasswordPolicy;
import id.siapkerja.akun.account.Passwords;
import id.siapkerja.akun.sso.SingleLogout;
import id.siapkerja.webkit.outbox.Outbox;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Lupa password": a single-use link by e-mail valid {@value #LINK_MINUTES} minutes, or a
 * code by SMS; a new password ends every session of the account, at akun and at every
 * service (back-channel logout).
 */
@Service
@RequiredArgsConstructor
class PasswordRecovery {

	static final int LINK_MINUTES = 30;

	private final SingleLogout singleLogout;

	private final LoginThrottle throttle;

	private final Accounts accounts;

	private final LinkTokens links;

	private final OneTimeCodes codes;

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final AccountSessions sessions;

	private final Activity activity;

	private final Outbox outbox;

	private final MessageSource messages;

	/** Sends the reset link to the account's e-mail. */
	@Transactional
	void sendLink(Account account, String clientIp, Locale locale, String baseUrl) {
		String token = this.links.issue(account.id(), LinkTokens.Purpose.PASSWORD_RESET, account.email(),
				Duration.ofMinutes(LINK_MINUTES));
		this.outbox.email(account.email(), this.messages.getMessage("mail.reset.subject", null, locale), this.messages
			.getMessage("mail.reset.body",
					new Object[] { account.fullName(), baseUrl + "/lupa-password/baru?token=" + token, LINK_MINUTES },
					locale));
		this.activity.record(account.id(), Activity.Kind.PASSWORD_RESET_REQUESTED, clientIp, "EMAIL");
	}

	/** Sends a reset code to the account's phone, unless a sending limit applies. */
	@Transactional
	OneTimeCodes.Sending sendCode(Account account, String clientIp, Locale locale) {
		OneTimeCodes.Sending sending = this.codes.send(account.id(), OneTimeCodes.Purpose.PASSWORD_RESET,
				account.phone(), clientIp, locale);
		if (sending.sent()) {
			this.activity.record(account.id(), Activity.Kind.PASSWORD_RESET_REQUESTED, clientIp, "SMS");
		}
		return sending;
	}

	/**
	 * Why a new password is refused; empty when it is acceptable for the account. An
	 * unknown account (the code page of a login that matched none) is checked by the same
	 * rules, so the answer does not tell it apart.
	 */
	Optional<String> problem(UUID account, String password, String confirmation) {
		Optional<Account> found = this.accounts.byId(account);
		PasswordPolicy.PersonalWords words = found
			.map((known) -> new PasswordPolicy.PersonalWords(this.accounts.nikOf(account), known.phone(), known.email(),
					known.fullName()))
			.orElseGet(PasswordPolicy.PersonalWords::none);
		Optional<PasswordPolicy.Problem> problem = this.policy.check(password, words);
		if (problem.isPresent()) {
			return problem.map(PasswordPolicy.Problem::messageKey);
		}
		return password.equals(confirmation) ? Optional.empty() : Optional.of("registration.password.mismatch");
	}

	/** Sets the new password, clears login holds and ends every session. */
	@Transactional
	void reset(UUID account, String password, String clientIp, String issuer) {
		this.accounts.changePassword(account, this.passwords.hash(password));
		this.throttle.liftAll(account);
		this.activity.record(account, Activity.Kind.PASSWORD_RESET, clientIp, null);
		this.sessions.endAll(account);
		// and at every service: a reset after a stolen password must not leave a session
		// open there
		this.singleLogout.endEverywhere(account.toString(), issuer);
	}

}
