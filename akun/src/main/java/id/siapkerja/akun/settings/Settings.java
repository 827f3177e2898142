package id.siapkerja.akun.settings;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountEvents;
import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.LinkTokens;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.akun.account.Passwords;
import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.PhoneNumber;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of "Pengaturan": a new e-mail address proven by a link (the old address
 * told), a new password (other sessions ended), a new phone proven by an SMS code.
 */
@Service
@RequiredArgsConstructor
class Settings {

	static final Duration EMAIL_CHANGE_VALID = Duration.ofHours(24);

	private final AccountEvents events;

	private final Accounts accounts;

	private final Passwords passwords;

	private final LinkTokens links;

	private final OneTimeCodes codes;

	private final Outbox outbox;

	private final Activity activity;

	private final AccountSessions sessions;

	private final MessageSource messages;

	@Transactional
	void requestEmailChange(Account account, EmailAddress email, String clientIp, Locale locale, String baseUrl) {
		String token = this.links.issue(account.id(), LinkTokens.Purpose.EMAIL_CHANGE, email.value(),
				EMAIL_CHANGE_VALID);
		this.outbox.email(email.value(), this.messages.getMessage("mail.email-change.subject", null, locale),
				this.messages.getMessage("mail.email-change.body",
						new Object[] { account.fullName(), baseUrl + "/pengaturan/email/konfirmasi?token=" + token },
						locale));
		this.outbox.email(account.email(), this.messages.getMessage("mail.email-change-notice.subject", null, locale),
				this.messages.getMessage("mail.email-change-notice.body",
						new Object[] { account.fullName(), EmailAddress.masked(email.value()) }, locale));
		this.activity.record(account.id(), Activity.Kind.EMAIL_CHANGE_REQUESTED, clientIp,
				EmailAddress.masked(email.value()));
	}

	/**
	 * Applies a confirmed change of e-mail; empty when the link is not (or no longer)
	 * valid.
	 */
	@Transactional
	Optional<String> confirmEmailChange(String token, String clientIp, Locale locale) {
		Optional<LinkTokens.Link> link = this.links.use(token, LinkTokens.Purpose.EMAIL_CHANGE);
		if (link.isEmpty()) {
			return Optional.empty();
		}
		Account account = this.accounts.byId(link.get().account()).orElseThrow();
		EmailAddress email = EmailAddress.parse(link.get().email()).orElseThrow();
		try {
			this.accounts.changeEmail(account.id(), email, true);
		}
		catch (DuplicateKeyException ex) {
			return Optional.of("settings.email.taken");
		}
		this.outbox.email(account.email(), this.messages.getMessage("mail.email-changed.subject", null, locale),
				this.messages.getMessage("mail.email-changed.body",
						new Object[] { account.fullName(), EmailAddress.masked(email.value()) }, locale));
		this.activity.record(account.id(), Activity.Kind.EMAIL_CHANGED, clientIp, EmailAddress.masked(email.value()));
		this.events.record(AccountEvents.Type.ProfileChanged, account.id());
		return Optional.of("settings.email.changed");
	}

	/**
	 * Marks the e-mail verified when the link is still valid and the address unchanged.
	 */
	@Transactional
	boolean verifyEmail(String token, String clientIp) {
		Optional<LinkTokens.Link> link = this.links.use(token, LinkTokens.Purpose.EMAIL_VERIFICATION);
		if (link.isEmpty()) {
			return false;
		}
		Account account = this.accounts.byId(link.get().account()).orElseThrow();
		if (!account.email().equalsIgnoreCase(link.get().email())) {
			return false;
		}
		this.accounts.changeEmail(account.id(), EmailAddress.parse(account.email()).orElseThrow(), true);
		this.activity.record(account.id(), Activity.Kind.EMAIL_VERIFIED, clientIp, null);
		this.events.record(AccountEvents.Type.ProfileChanged, account.id());
		return true;
	}

	@Transactional
	void changePassword(UUID account, String password, String clientIp, String currentSession) {
		this.accounts.changePassword(account, this.passwords.hash(password));
		this.activity.record(account, Activity.Kind.PASSWORD_CHANGED, clientIp, null);
		this.sessions.endAllBut(account, currentSession);
	}

	@Transactional
	OneTimeCodes.Sending requestPhoneChange(Account account, PhoneNumber phone, String clientIp, Locale locale) {
		OneTimeCodes.Sending sending = this.codes.send(account.id(), OneTimeCodes.Purpose.PHONE_CHANGE, phone.e164(),
				clientIp, locale);
		if (sending.sent()) {
			this.activity.record(account.id(), Activity.Kind.PHONE_CHANGE_REQUESTED, clientIp, phone.masked());
		}
		return sending;
	}

	/**
	 * Checks the code sent to the new phone; a right code makes it the account's phone.
	 */
	@Transactional
	OneTimeCodes.Check confirmPhoneChange(UUID account, String code, String clientIp) {
		OneTimeCodes.Check check = this.codes.check(account, OneTimeCodes.Purpose.PHONE_CHANGE, code, clientIp);
		if (check.accepted()) {
			PhoneNumber phone = PhoneNumber.parse(check.phone()).orElseThrow();
			this.accounts.changePhone(account, phone);
			this.activity.record(account, Activity.Kind.PHONE_CHANGED, clientIp, phone.masked());
			this.events.record(AccountEvents.Type.ProfileChanged, account);
		}
		return check;
	}

}
