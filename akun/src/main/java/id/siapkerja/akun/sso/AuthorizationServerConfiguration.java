package id.siapkerja.akun.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * akun as the OpenID Connect provider (Spring Security's authorization server):
 * authorization code with PKCE for every client, refresh tokens that rotate within an
 * absolute lifetime, authorizations and consents in PostgreSQL, clients from
 * {@link SsoProperties}, signing keys from {@link SigningKeys}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoProperties.class)
class AuthorizationServerConfiguration {

	/** The client setting that holds where its back-channel logout tokens go. */
	static final String BACKCHANNEL_LOGOUT_URI = "siapkerja.backchannel-logout-uri";

	static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);

	static final Duration REFRESH_TOKEN_ABSOLUTE_LIFETIME = Duration.ofHours(12);

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http, AccountClaims claims, SingleLogout singleLogout)
			throws Exception {
		OidcLogoutAuthenticationSuccessHandler loggedOut = new OidcLogoutAuthenticationSuccessHandler();
		loggedOut.setLogoutHandler(new CompositeLogoutHandler(singleLogout, new SecurityContextLogoutHandler()));
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, (server) -> server
				.authorizationEndpoint((endpoint) -> endpoint.consentPage("/izin"))
				.oidc((oidc) -> oidc.logoutEndpoint((logout) -> logout.logoutResponseHandler(loggedOut))
					.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper((context) -> userInfo(context, claims)))))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
			.addFilterBefore(new PromptLogin(), AbstractPreAuthenticatedProcessingFilter.class);
		return http.build();
	}

	private static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context, AccountClaims claims) {
		OAuth2Authorization authorization = context.getAuthorization();
		return new OidcUserInfo(claims.of(authorization.getPrincipalName(), authorization.getAuthorizedScopes()));
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(SsoProperties properties) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		if (StringUtils.hasText(properties.getIssuer())) {
			settings.issuer(properties.getIssuer());
		}
		return settings.build();
	}

	@Bean
	RegisteredClientRepository registeredClients(SsoProperties properties) {
		List<RegisteredClient> clients = new ArrayList<>();
		for (Map.Entry<String, SsoProperties.Client> entry : properties.getClients().entrySet()) {
			clients.add(client(entry.getKey(), entry.getValue()));
		}
		if (clients.isEmpty()) {
			throw new IllegalStateException("No SSO client configured: set siapkerja.akun.clients.<client-id>.*");
		}
		return new InMemoryRegisteredClientRepository(clients);
	}

	static RegisteredClient client(String id, SsoProperties.Client client) {
		boolean confidential = StringUtils.hasText(client.getSecret());
		RegisteredClient.Builder builder = RegisteredClient.withId(UUID.nameUUIDFromBytes(id.getBytes()).toString())
			.clientId(id)
			.clientName(StringUtils.hasText(client.getName()) ? client.getName() : id)
			.clientIdIssuedAt(Instant.EPOCH)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> uris.addAll(client.getRedirectUris()))
			.postLogoutRedirectUris((uris) -> uris.addAll(client.getPostLogoutRedirectUris()))
			.scopes((scopes) -> scopes.addAll(client.getScopes()))
			.clientSettings(ClientSettings.builder()
				.requireProofKey(true)
				.requireAuthorizationConsent(!client.isFirstParty())
				.settings((settings) -> {
					if (StringUtils.hasText(client.getBackchannelLogoutUri())) {
						settings.put(BACKCHANNEL_LOGOUT_URI, client.getBackchannelLogoutUri());
					}
				})
				.build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
				.refreshTokenTimeToLive(REFRESH_TOKEN_ABSOLUTE_LIFETIME)
				.reuseRefreshTokens(false)
				.build());
		if (confidential) {
			builder.clientSecret("{noop}" + client.getSecret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
			if (client.isClientCredentials()) {
				builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
			}
		}
		else {
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		return builder.build();
	}

	/**
	 * Stored in PostgreSQL, refresh tokens hashed, a replayed refresh token ends its
	 * authorization.
	 */
	@Bean
	GuardedAuthorizations authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients, Clock clock) {
		return new GuardedAuthorizations(new JdbcOAuth2AuthorizationService(jdbc, clients), JdbcClient.create(jdbc),
				clock);
	}

	@Bean
	OAuth2AuthorizationConsentService consents(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	/** ID and access tokens: the current key's id, and the account's claims by scope. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> accountTokenClaims(SigningKeys keys, AccountClaims claims) {
		return (context) -> {
			context.getJwsHeader().keyId(keys.currentKeyId());
			if (context.getPrincipal() == null
					|| AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				return;
			}
			if ("id_token".equals(context.getTokenType().getValue())) {
				claims.of(context.getPrincipal().getName(), context.getAuthorizedScopes())
					.forEach((name, value) -> context.getClaims().claim(name, value));
			}
			else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				Object roles = claims.of(context.getPrincipal().getName(), Set.of("profile")).get("roles");
				if (roles != null) {
					context.getClaims().claim("roles", roles);
				}
			}
		};
	}

	/**
	 * Tokens: JWTs signed by the current key; refresh tokens that rotate but never
	 * outlive the first one of their authorization (an absolute lifetime).
	 */
	@Bean
	OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> keys,
			OAuth2TokenCustomizer<JwtEncodingContext> customizer) {
		JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(keys));
		jwt.setJwtCustomizer(customizer);
		OAuth2TokenGenerator<OAuth2RefreshToken> absolute = new AbsoluteLifetimeRefreshTokens();
		return new DelegatingOAuth2TokenGenerator(jwt, new OAuth2AccessTokenGenerator(), absolute);
	}

}
