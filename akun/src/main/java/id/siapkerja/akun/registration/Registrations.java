package id.siapkerja.akun.registration;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountEvents;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.LinkTokens;
import id.siapkerja.akun.account.NewAccount;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.akun.shared.PhoneNumber;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of registering and activating: create the pending account with its first
 * SMS code and e-mail verification link, confirm the code, change the phone before
 * activation.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Registrations {

	static final Duration EMAIL_LINK_VALID = Duration.ofDays(3);

	private final Accounts accounts;

	private final OneTimeCodes codes;

	private final LinkTokens links;

	private final Outbox outbox;

	private final Activity activity;

	private final MessageSource messages;

	private final AccountEvents events;

	/** One of the NIK, e-mail or phone is already an account's. */
	static class Taken extends RuntimeException {

		Taken() {
			super("NIK, e-mail or phone already registered");
		}

	}

	/**
	 * Creates the pending account, sends the first activation code by SMS and the e-mail
	 * verification link, all committed together.
	 * @param baseUrl where akun's pages are, for the link in the e-mail
	 */
	@Transactional
	public Account register(NewAccount registration, String clientIp, Locale locale, String baseUrl) {
		Account account;
		try {
			account = this.accounts.add(registration);
		}
		catch (DuplicateKeyException ex) {
			throw new Taken();
		}
		this.activity.record(account.id(), Activity.Kind.REGISTERED, clientIp, null);
		this.codes.send(account.id(), OneTimeCodes.Purpose.ACTIVATION, account.phone(), clientIp, locale);
		sendEmailVerification(account, locale, baseUrl);
		return account;
	}

	/** Sends (again) the link that proves the account's e-mail address. */
	@Transactional
	public void sendEmailVerification(Account account, Locale locale, String baseUrl) {
		String token = this.links.issue(account.id(), LinkTokens.Purpose.EMAIL_VERIFICATION, account.email(),
				EMAIL_LINK_VALID);
		this.outbox.email(account.email(), this.messages.getMessage("mail.verify.subject", null, locale),
				this.messages.getMessage("mail.verify.body",
						new Object[] { account.fullName(), baseUrl + "/verifikasi-email?token=" + token }, locale));
	}

	/** Confirms the activation code; a right code activates the account. */
	@Transactional
	public OneTimeCodes.Check activate(UUID account, String code, String clientIp) {
		OneTimeCodes.Check check = this.codes.check(account, OneTimeCodes.Purpose.ACTIVATION, code, clientIp);
		if (check.accepted()) {
			this.accounts.activate(account);
			this.activity.record(account, Activity.Kind.ACTIVATED, clientIp, null);
			this.events.record(AccountEvents.Type.AccountActivated, account);
		}
		return check;
	}

	/**
	 * Changes the phone of a pending account and sends a code there; refused (and nothing
	 * changed) when a sending limit applies.
	 */
	@Transactional
	public OneTimeCodes.Sending changePhone(UUID account, PhoneNumber phone, String clientIp, Locale locale) {
		OneTimeCodes.Sending sending = this.codes.send(account, OneTimeCodes.Purpose.ACTIVATION, phone.e164(), clientIp,
				locale);
		if (sending.sent()) {
			try {
				this.accounts.changePhone(account, phone);
			}
			catch (DuplicateKeyException ex) {
				throw new Taken();
			}
			this.activity.record(account, Activity.Kind.PHONE_CHANGED, clientIp, phone.masked());
		}
		return sending;
	}

}
