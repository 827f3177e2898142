package id.siapkerja.akun.sso;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A rotated refresh token keeps the expiry of the first one: an absolute lifetime. */
class AbsoluteLifetimeRefreshTokensTests {

	private final RegisteredClient client = AuthorizationServerConfiguration.client("jobfair", jobfair());

	@Test
	void theFirstRefreshTokenGetsTheFullLifetime() {
		OAuth2RefreshToken token = new AbsoluteLifetimeRefreshTokens().generate(context(null));
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt()))
			.isEqualTo(AuthorizationServerConfiguration.REFRESH_TOKEN_ABSOLUTE_LIFETIME);
	}

	@Test
	void aRotatedRefreshTokenKeepsTheFirstExpiry() {
		Instant firstExpiry = Instant.now().plus(Duration.ofHours(1));
		OAuth2Authorization authorization = OAuth2Authorization.withRegisteredClient(this.client)
			.principalName("someone")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.refreshToken(new OAuth2RefreshToken("old", Instant.now().minus(Duration.ofHours(11)), firstExpiry))
			.build();
		OAuth2RefreshToken next = new AbsoluteLifetimeRefreshTokens().generate(context(authorization));
		assertThat(next.getTokenValue()).isNotEqualTo("old");
		assertThat(next.getExpiresAt()).isEqualTo(firstExpiry);
	}

	private DefaultOAuth2TokenContext context(OAuth2Authorization authorization) {
		DefaultOAuth2TokenContext.Builder builder = DefaultOAuth2TokenContext.builder()
			.registeredClient(this.client)
			.tokenType(OAuth2TokenType.REFRESH_TOKEN)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
		if (authorization != null) {
			builder.authorization(authorization);
		}
		return builder.build();
	}

	private static SsoProperties.Client jobfair() {
		SsoProperties.Client client = new SsoProperties.Client();
		client.setSecret("s");
		client.setFirstParty(true);
		client.getRedirectUris().add("http://localhost:8081/login/oauth2/code/akun");
		return client;
	}

}
