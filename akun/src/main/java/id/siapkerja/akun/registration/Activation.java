package id.siapkerja.akun.registration;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/** Which pending account this browser is activating, kept in its session. */
public final class Activation {

	static final String SESSION_KEY = "akun.activation.account";

	private Activation() {
	}

	/**
	 * Sends this browser to the activation of a pending account (after registering or
	 * logging in).
	 */
	public static void start(HttpSession session, UUID account) {
		session.setAttribute(SESSION_KEY, account);
	}

	static UUID current(HttpSession session) {
		return (UUID) session.getAttribute(SESSION_KEY);
	}

	static void finish(HttpSession session) {
		session.removeAttribute(SESSION_KEY);
	}

}
