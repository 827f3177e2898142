package id.siapkerja.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * The shortcut for seekers who logged in before the fair opens: a Jobfair session written
 * into its Spring Session tables holding the security context a login through akun leaves
 * (an OIDC user with akun's ID token claims), so 50,000 seekers need not log in one by
 * one before the bench starts. The cookie is what Spring Session sends (the session id in
 * Base64). Named in the reports that use it.
 */
final class JobfairSessions {

	static final String COOKIE = "SIAPKERJA_JOBFAIR";

	/** How long a session lives without requests: longer than any run. */
	private static final Duration IDLE = Duration.ofHours(4);

	private JobfairSessions() {
	}

	/** Writes one session per seeker; returns each seeker's cookie value, in order. */
	static List<String> mint(Connection jobfair, List<Accounts.Account> seekers, String akunIssuer)
			throws SQLException {
		return mint(jobfair, seekers, akunIssuer, List.of());
	}

	/**
	 * Writes one session per person, with the roles akun gives them (e.g.
	 * {@code ADMIN_PUSAT}); returns each cookie value, in order.
	 */
	static List<String> mint(Connection jobfair, List<Accounts.Account> seekers, String akunIssuer, List<String> roles)
			throws SQLException {
		List<String> cookies = new java.util.ArrayList<>(seekers.size());
		long now = System.currentTimeMillis();
		jobfair.setAutoCommit(false);
		try (PreparedStatement session = jobfair.prepareStatement("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
					max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, ?, ?, ?)
				"""); PreparedStatement attribute = jobfair.prepareStatement("""
				insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
				values (?, 'SPRING_SECURITY_CONTEXT', ?)
				""")) {
			int i = 0;
			for (Accounts.Account seeker : seekers) {
				String primary = UUID.randomUUID().toString();
				String id = UUID.randomUUID().toString();
				session.setString(1, primary);
				session.setString(2, id);
				session.setLong(3, now);
				session.setLong(4, now);
				session.setInt(5, (int) IDLE.toSeconds());
				session.setLong(6, now + IDLE.toMillis());
				session.setString(7, seeker.sub());
				session.addBatch();
				attribute.setString(1, primary);
				attribute.setBytes(2, securityContext(seeker, akunIssuer, roles));
				attribute.addBatch();
				cookies.add(Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
				if (++i % 500 == 0) {
					session.executeBatch();
					attribute.executeBatch();
				}
			}
			session.executeBatch();
			attribute.executeBatch();
			jobfair.commit();
		}
		finally {
			jobfair.setAutoCommit(true);
		}
		return cookies;
	}

	/** The serialized security context of a person logged in through akun. */
	static byte[] securityContext(Accounts.Account seeker, String akunIssuer, List<String> roles) {
		Instant issued = Instant.now();
		Map<String, Object> claims = new LinkedHashMap<>();
		try {
			claims.put("iss", new URI(akunIssuer).toURL());
		}
		catch (URISyntaxException | MalformedURLException ex) {
			throw new IllegalArgumentException(akunIssuer, ex);
		}
		claims.put("sub", seeker.sub());
		claims.put("aud", List.of("jobfair"));
		claims.put("azp", "jobfair");
		claims.put("iat", issued);
		claims.put("exp", issued.plus(Duration.ofMinutes(10)));
		claims.put("auth_time", issued);
		claims.put("name", seeker.name());
		claims.put("email", seeker.email());
		claims.put("email_verified", true);
		claims.put("phone_number", seeker.phone());
		claims.put("locale", "id");
		OidcIdToken idToken = new OidcIdToken("bench-minted-" + UUID.randomUUID(), issued,
				issued.plus(Duration.ofMinutes(10)), claims);
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("sub", seeker.sub());
		info.put("name", seeker.name());
		info.put("email", seeker.email());
		info.put("email_verified", true);
		info.put("phone_number", seeker.phone());
		OidcUserInfo userInfo = new OidcUserInfo(info);
		Set<GrantedAuthority> authorities = new HashSet<>();
		authorities.add(new OidcUserAuthority(idToken, userInfo));
		for (String scope : List.of("openid", "profile", "email", "phone")) {
			authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
		}
		for (String role : roles) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		}
		DefaultOidcUser user = new DefaultOidcUser(authorities, idToken, userInfo, "sub");
		SecurityContextImpl context = new SecurityContextImpl(new OAuth2AuthenticationToken(user, authorities, "akun"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(context);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
