package id.siapkerja.akun.api;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/**}: stateless, bearer access tokens issued by akun itself and still live
 * ({@link LiveAuthorizations}); the profile needs scope {@code profile}, the event feed
 * {@code events.read}; the OpenAPI description is public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, JWKSource<SecurityContext> keys,
			OAuth2AuthorizationService authorizations) throws Exception {
		NimbusJwtDecoder liveTokens = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		liveTokens.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
				new LiveAuthorizations(authorizations)));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/openapi.yaml")
				.permitAll()
				.requestMatchers("/api/v1/me", "/api/v1/me/photo")
				.hasAuthority("SCOPE_profile")
				.requestMatchers("/api/v1/events")
				.hasAuthority("SCOPE_events.read")
				.requestMatchers("/api/v1/people/*", "/api/v1/people/*/photo")
				.hasAuthority("SCOPE_profiles.read")
				.anyRequest()
				.denyAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> jwt.decoder(liveTokens)));
		return http.build();
	}

}
