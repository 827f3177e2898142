package id.siapkerja.akun.signin;

import java.util.UUID;

import org.springframework.security.core.AuthenticationException;

/**
 * A login that did not succeed, with the message the person sees. The same message
 * ({@code login.error.credentials}) serves an unknown account and a wrong password.
 */
class LoginRefused extends AuthenticationException {

	final String messageKey;

	final Object[] arguments;

	/** Set when the password was right but the account awaits activation. */
	final UUID pendingAccount;

	LoginRefused(String messageKey, Object... arguments) {
		this(messageKey, null, arguments);
	}

	private LoginRefused(String messageKey, UUID pendingAccount, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.pendingAccount = pendingAccount;
	}

	static LoginRefused pending(UUID account) {
		return new LoginRefused("login.error.pending", account);
	}

}
