package id.siapkerja.akun.sso;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.webkit.outbox.Outbox;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single logout: when a person's akun session ends (logout on akun, or RP-initiated
 * logout from a service), every client that holds an authorization of theirs gets an OIDC
 * back-channel logout token through the outbox (so a service that is down gets it later),
 * and those authorizations end, so their refresh tokens stop working.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SingleLogout implements LogoutHandler {

	static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

	private final JdbcClient jdbc;

	private final RegisteredClientRepository clients;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final ServiceTokens tokens;

	private final SsoProperties properties;

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		Authentication person = (authentication instanceof OidcLogoutAuthenticationToken oidc
				&& oidc.getPrincipal() instanceof Authentication principal) ? principal : authentication;
		if (person == null || !isAccount(person.getName())) {
			return;
		}
		endEverywhere(person.getName(), Issuer.of(this.properties, request));
	}

	/**
	 * Notifies every client of the account and ends its authorizations; returns how many
	 * were told.
	 */
	public int endEverywhere(String account, String issuer) {
		Integer told = this.transactions.execute((status) -> {
			List<String> clientIds = this.jdbc
				.sql("select distinct registered_client_id from oauth2_authorization where principal_name = ?")
				.param(account)
				.query(String.class)
				.list();
			int count = 0;
			for (String id : clientIds) {
				RegisteredClient client = this.clients.findById(id);
				Object uri = client == null ? null : client.getClientSettings()
					.getSetting(AuthorizationServerConfiguration.BACKCHANNEL_LOGOUT_URI);
				if (uri != null) {
					this.outbox.httpPost(uri.toString(), "logout_token=" + URLEncoder
						.encode(logoutToken(account, client.getClientId(), issuer), StandardCharsets.UTF_8));
					count++;
				}
			}
			this.jdbc.sql("delete from oauth2_authorization where principal_name = ?").param(account).update();
			return count;
		});
		return told == null ? 0 : told;
	}

	private String logoutToken(String account, String clientId, String issuer) {
		return this.tokens.sign("logout+jwt", account, clientId, issuer, Duration.ofMinutes(5),
				Map.of("events", Map.of(BACKCHANNEL_LOGOUT_EVENT, Map.of())));
	}

	private static boolean isAccount(String name) {
		try {
			UUID.fromString(name);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
