package id.siapkerja.akun.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Passwords;
import id.siapkerja.webkit.region.Regions;
import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Checks a login: the account found by e-mail, phone or NIK, the throttles of this client
 * (its device cookie or its address, see {@link LoginThrottle}), then the password —
 * exactly one Argon2 check per attempt, also when no account was found, and the same
 * answers and waits whether or not an account matched.
 */
@Component
@RequiredArgsConstructor
class AccountAuthentication implements AuthenticationProvider {

	private final Accounts accounts;

	private final Passwords passwords;

	private final LoginThrottle throttle;

	private final KnownDevices devices;

	private final Regions regions;

	private final Clock clock;

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = String.valueOf(authentication.getPrincipal());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String clientIp = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		String deviceCookie = (authentication.getDetails() instanceof LoginDetails details) ? details.deviceCookie()
				: null;
		if (login.isBlank() || password.isEmpty()) {
			throw new LoginRefused("login.error.empty");
		}
		Account account = this.accounts.byLogin(login, this.regions).orElse(null);
		LoginThrottle.Client client = (account == null) ? LoginThrottle.Client.address(clientIp)
				: this.devices.device(deviceCookie, account.id())
					.map((device) -> LoginThrottle.Client.device(device, clientIp))
					.orElseGet(() -> LoginThrottle.Client.address(clientIp));
		if (!client.knownDevice() && this.throttle.addressBlocked(clientIp)) {
			throw new LoginRefused("login.error.address-limit", LoginThrottle.ADDRESS_WINDOW.toMinutes());
		}
		String subject = this.throttle.subject(account, login);
		Instant waitUntil = this.throttle.waitUntil(subject, client);
		if (waitUntil != null) {
			long seconds = Math.max(1, Duration.between(this.clock.instant(), waitUntil).toSeconds());
			throw (seconds > 60) ? new LoginRefused("login.error.held", (seconds + 59) / 60)
					: new LoginRefused("login.error.wait", seconds);
		}
		if (account == null) {
			this.passwords.matchNothing(password);
			this.throttle.failed(subject, client, null, null);
			throw new LoginRefused("login.error.credentials");
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			this.throttle.failed(subject, client, account,
					ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
			throw new LoginRefused("login.error.credentials");
		}
		if (!account.active()) {
			throw LoginRefused.pending(account.id());
		}
		this.throttle.succeeded(account, client);
		Authentication result = AccountSessions.authenticated(account.id(), FactorGrantedAuthority.PASSWORD_AUTHORITY,
				this.clock.instant());
		// the plain details: the session's authentication is stored with the
		// authorizations
		// (JSON of known types), the device cookie is not part of it
		((UsernamePasswordAuthenticationToken) result)
			.setDetails((authentication.getDetails() instanceof WebAuthenticationDetails details)
					? new WebAuthenticationDetails(details.getRemoteAddress(), details.getSessionId()) : null);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
