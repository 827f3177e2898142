package id.siapkerja.akun.sso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorizations (codes, tokens) as Spring Authorization Server keeps them, with two
 * guards (issue 20, items 5 and 7; RFC 9700 §4.14):
 * <ul>
 * <li>Refresh tokens are stored as their SHA-256 ({@value #HASHED} and Base64), so a copy
 * of the database yields no refresh token that works. The client receives the token
 * itself; a token presented is hashed before it is looked up.</li>
 * <li>A refresh token replaced by rotation is remembered (its hash); when it is presented
 * again, someone holds a copy of it, and the whole authorization ends: the newer refresh
 * token and the access token stop working too.</li>
 * </ul>
 * A code used twice already ends its tokens (the authorization server invalidates them).
 */
@RequiredArgsConstructor
class GuardedAuthorizations implements OAuth2AuthorizationService {

	static final String HASHED = "sha256:";

	private static final Log log = LogFactory.getLog(GuardedAuthorizations.class);

	private final OAuth2AuthorizationService stored;

	private final JdbcClient jdbc;

	private final Clock clock;

	@Override
	@Transactional
	public void save(OAuth2Authorization authorization) {
		OAuth2Authorization hashed = withHashedRefreshToken(authorization);
		OAuth2Authorization previous = this.stored.findById(authorization.getId());
		String before = (previous == null || previous.getRefreshToken() == null) ? null
				: previous.getRefreshToken().getToken().getTokenValue();
		String after = (hashed.getRefreshToken() == null) ? null : hashed.getRefreshToken().getToken().getTokenValue();
		if (before != null && !before.equals(after)) {
			this.jdbc.sql("""
					insert into oauth2_rotated_refresh_token (token_hash, authorization_id, rotated_at)
					values (?, ?, ?) on conflict do nothing
					""").params(before, authorization.getId(), Timestamp.from(this.clock.instant())).update();
		}
		this.stored.save(hashed);
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		this.stored.remove(authorization);
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return this.stored.findById(id);
	}

	@Override
	@Transactional
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		if (OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
			return byRefreshToken(token);
		}
		OAuth2Authorization found = this.stored.findByToken(token, tokenType);
		return (found != null || tokenType != null) ? found : byRefreshToken(token);
	}

	private OAuth2Authorization byRefreshToken(String token) {
		String hash = hash(token);
		OAuth2Authorization found = this.stored.findByToken(hash, OAuth2TokenType.REFRESH_TOKEN);
		if (found != null) {
			// as presented: the endpoints look the token up in the authorization by its
			// value
			return withRefreshTokenValue(found, token);
		}
		Optional<String> replayed = this.jdbc
			.sql("select authorization_id from oauth2_rotated_refresh_token where token_hash = ?")
			.param(hash)
			.query(String.class)
			.optional();
		replayed.map(this.stored::findById).ifPresent((family) -> {
			this.stored.remove(family);
			log.warn("A refresh token replaced by rotation was presented again: authorization " + family.getId()
					+ " of client " + family.getRegisteredClientId() + " ended");
		});
		return null;
	}

	/** Forgets rotated tokens whose authorization has ended (hourly). */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetEnded() {
		this.jdbc.sql("""
				delete from oauth2_rotated_refresh_token r
				where not exists (select 1 from oauth2_authorization a where a.id = r.authorization_id)
				""").update();
	}

	private static OAuth2Authorization withHashedRefreshToken(OAuth2Authorization authorization) {
		OAuth2Authorization.Token<OAuth2RefreshToken> refresh = authorization.getRefreshToken();
		if (refresh == null || refresh.getToken().getTokenValue().startsWith(HASHED)) {
			return authorization;
		}
		return withRefreshTokenValue(authorization, hash(refresh.getToken().getTokenValue()));
	}

	private static OAuth2Authorization withRefreshTokenValue(OAuth2Authorization authorization, String value) {
		OAuth2Authorization.Token<OAuth2RefreshToken> refresh = authorization.getRefreshToken();
		OAuth2RefreshToken token = refresh.getToken();
		return OAuth2Authorization.from(authorization)
			.token(new OAuth2RefreshToken(value, token.getIssuedAt(), token.getExpiresAt()),
					(metadata) -> metadata.putAll(refresh.getMetadata()))
			.build();
	}

	/** The stored form of a refresh token (the same as migration V9 computes in SQL). */
	static String hash(String token) {
		try {
			return HASHED + Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
