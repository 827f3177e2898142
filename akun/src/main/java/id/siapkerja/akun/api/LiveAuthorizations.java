package id.siapkerja.akun.api;

import lombok.RequiredArgsConstructor;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * An access token is accepted by akun's own API only while the authorization it was
 * issued in is live (issue 20, item 6): after a logout, a password reset, a revocation or
 * a replayed refresh token its tokens are refused at once, not only when they expire.
 * Services check the same with akun's introspection endpoint.
 */
@RequiredArgsConstructor
class LiveAuthorizations implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2Error ENDED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
			"The authorization of this token has ended", null);

	private final OAuth2AuthorizationService authorizations;

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		OAuth2Authorization authorization = this.authorizations.findByToken(token.getTokenValue(),
				OAuth2TokenType.ACCESS_TOKEN);
		boolean live = authorization != null && authorization.getAccessToken() != null
				&& authorization.getAccessToken().isActive();
		return live ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(ENDED);
	}

}
