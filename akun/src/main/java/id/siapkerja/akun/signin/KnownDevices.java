package id.siapkerja.akun.signin;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.shared.DataProtection;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP's "Slow down online guessing attacks with device cookies"): after
 * a successful login the browser keeps a long-lived cookie naming the account and a
 * random device id, signed with akun's index key. A login from a browser with a valid
 * cookie of that account is throttled on its own, so wrong passwords sent from elsewhere
 * never slow or hold its owner.
 */
@Component
@RequiredArgsConstructor
class KnownDevices {

	static final String COOKIE = "SIAPKERJA_PERANGKAT";

	static final Duration LIFETIME = Duration.ofDays(365);

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final DataProtection protection;

	/** Gives the browser a device cookie for the account that just logged in. */
	void remember(HttpServletRequest request, HttpServletResponse response, UUID account) {
		String current = value(request);
		if (current != null && device(current, account).isPresent()) {
			return;
		}
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		String device = BASE64.encodeToString(id);
		Cookie cookie = new Cookie(COOKIE, account + "." + device + "." + signature(account, device));
		cookie.setPath(request.getContextPath() + "/login");
		cookie.setMaxAge((int) LIFETIME.toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	/** The device id in the cookie's value, when it is a valid cookie of this account. */
	Optional<String> device(String value, UUID account) {
		if (value == null) {
			return Optional.empty();
		}
		String[] parts = value.split("\\.");
		if (parts.length != 3 || !parts[0].equals(account.toString()) || parts[1].length() != 22) {
			return Optional.empty();
		}
		boolean signed = MessageDigest.isEqual(signature(account, parts[1]).getBytes(), parts[2].getBytes());
		return signed ? Optional.of(parts[1]) : Optional.empty();
	}

	/** The device cookie a request carries, or null. */
	static String value(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	private String signature(UUID account, String device) {
		return BASE64.encodeToString(this.protection.index("login-device:" + account + ":" + device));
	}

}
