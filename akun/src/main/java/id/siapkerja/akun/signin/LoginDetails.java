package id.siapkerja.akun.signin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login attempt brings besides the credentials: the address and the device cookie.
 */
class LoginDetails extends WebAuthenticationDetails {

	private final String deviceCookie;

	LoginDetails(HttpServletRequest request) {
		super(request);
		this.deviceCookie = KnownDevices.value(request);
	}

	String deviceCookie() {
		return this.deviceCookie;
	}

}
