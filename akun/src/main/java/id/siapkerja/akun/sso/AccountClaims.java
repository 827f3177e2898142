package id.siapkerja.akun.sso;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * What a service learns about an account through ID tokens and userinfo, by scope:
 * {@code sub} is the account's opaque id (never the NIK); {@code profile} adds name,
 * locale and roles, {@code email} and {@code phone} add those with their verification.
 */
@Component
@RequiredArgsConstructor
class AccountClaims {

	static final String ADMIN_PUSAT = "ADMIN_PUSAT";

	private final Accounts accounts;

	private final SsoProperties properties;

	Map<String, Object> of(String principalName, Set<String> scopes) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", principalName);
		Optional<Account> found = account(principalName);
		if (found.isEmpty()) {
			return claims;
		}
		Account account = found.get();
		if (scopes.contains("profile")) {
			claims.put("name", account.fullName());
			claims.put("locale", account.locale());
			claims.put("roles", roles(account));
		}
		if (scopes.contains("email")) {
			claims.put("email", account.email());
			claims.put("email_verified", account.emailVerified());
		}
		if (scopes.contains("phone")) {
			claims.put("phone_number", account.phone());
			claims.put("phone_number_verified", account.active());
		}
		return claims;
	}

	List<String> roles(Account account) {
		boolean admin = this.properties.getAdmins()
			.stream()
			.anyMatch(
					(email) -> email.strip().toLowerCase(Locale.ROOT).equals(account.email().toLowerCase(Locale.ROOT)));
		// a mutable list: the claims are stored with the authorization (Jackson with an
		// allow-list)
		return admin ? new ArrayList<>(List.of(ADMIN_PUSAT)) : new ArrayList<>();
	}

	private Optional<Account> account(String principalName) {
		try {
			return this.accounts.byId(UUID.fromString(principalName));
		}
		catch (IllegalArgumentException ex) {
			// a client (client credentials), not a person
			return Optional.empty();
		}
	}

}
