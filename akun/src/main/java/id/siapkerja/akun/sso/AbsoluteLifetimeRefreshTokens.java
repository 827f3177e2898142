package id.siapkerja.akun.sso;

import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens that rotate but never outlive the first one of their authorization: each
 * new token keeps the expiry of the one it replaces, so a login gives at most the
 * client's refresh-token lifetime, however often it is refreshed.
 */
class AbsoluteLifetimeRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

	private final OAuth2RefreshTokenGenerator fresh = new OAuth2RefreshTokenGenerator();

	@Override
	public OAuth2RefreshToken generate(OAuth2TokenContext context) {
		OAuth2RefreshToken next = this.fresh.generate(context);
		if (next == null) {
			return null;
		}
		OAuth2Authorization authorization = context.getAuthorization();
		OAuth2RefreshToken previous = (authorization == null || authorization.getRefreshToken() == null) ? null
				: authorization.getRefreshToken().getToken();
		if (previous != null && previous.getExpiresAt() != null
				&& previous.getExpiresAt().isBefore(next.getExpiresAt())) {
			return new OAuth2RefreshToken(next.getTokenValue(), next.getIssuedAt(), previous.getExpiresAt());
		}
		return next;
	}

}
