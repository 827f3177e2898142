package id.siapkerja.akun.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Passwords;
import id.siapkerja.webkit.region.Regions;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a login: the account found by e-mail, phone or NIK, the throttles, then the
 * password — exactly one Argon2 check per attempt, also when no account was found.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

	private final Accounts accounts;

	private final Passwords passwords;

	private final LoginThrottle throttle;

	private final Regions regions;

	private final Clock clock;

	AccountAuthentication(Accounts accounts, Passwords passwords, LoginThrottle throttle, Regions regions,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.regions = regions;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = String.valueOf(authentication.getPrincipal());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String clientIp = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		if (login.isBlank() || password.isEmpty()) {
			throw new LoginRefused("login.error.empty");
		}
		if (this.throttle.addressBlocked(clientIp)) {
			throw new LoginRefused("login.error.address-limit", LoginThrottle.ADDRESS_WINDOW.toMinutes());
		}
		Optional<Account> found = this.accounts.byLogin(login, this.regions);
		if (found.isEmpty()) {
			this.passwords.matchNothing(password);
			this.throttle.addressFailed(clientIp);
			throw new LoginRefused("login.error.credentials");
		}
		Account account = found.get();
		Instant waitUntil = this.throttle.waitUntil(account);
		if (waitUntil != null) {
			long seconds = Math.max(1, Duration.between(this.clock.instant(), waitUntil).toSeconds());
			throw (seconds > 60) ? new LoginRefused("login.error.held", (seconds + 59) / 60)
					: new LoginRefused("login.error.wait", seconds);
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			this.throttle.accountFailed(account, clientIp);
			throw new LoginRefused("login.error.credentials");
		}
		if (!account.active()) {
			throw LoginRefused.pending(account.id());
		}
		this.throttle.succeeded(account, clientIp);
		Authentication result = AccountSessions.authenticated(account.id(), FactorGrantedAuthority.PASSWORD_AUTHORITY,
				this.clock.instant());
		((UsernamePasswordAuthenticationToken) result).setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
