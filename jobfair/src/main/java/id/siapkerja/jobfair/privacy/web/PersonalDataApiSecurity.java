package id.siapkerja.jobfair.privacy.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;

import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/**} of Jobfair: stateless, no session, no login page. A request carries a
 * token akun signed with its OpenID Connect keys (checked against akun's published key
 * set, fetched at the first request, so Jobfair starts without akun), of the type
 * {@value #TOKEN_TYPE} (so an ID or logout token cannot stand in for it), issued by akun,
 * for this client, not expired, with scope {@value #SCOPE}.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataApiSecurity {

	static final String TOKEN_TYPE = "personal-data+jwt";

	static final String SCOPE = "personal-data.read";

	@Bean
	@Order(1)
	SecurityFilterChain servicesApi(HttpSecurity http, @Value("${siapkerja.jobfair.sso.issuer}") String issuer,
			@Value("${siapkerja.jobfair.sso.client-id}") String clientId) throws Exception {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
		JwtTypeValidator type = new JwtTypeValidator(TOKEN_TYPE);
		type.setAllowEmpty(false);
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new JwtIssuerValidator(issuer), type,
						new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
								(audience) -> audience != null && audience.contains(clientId)),
						new JwtClaimValidator<String>(JwtClaimNames.SUB, (sub) -> sub != null && !sub.isBlank())));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, PersonalDataApi.PATH)
				.hasAuthority("SCOPE_" + SCOPE)
				.anyRequest()
				.denyAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> jwt.decoder(decoder)));
		return http.build();
	}

}
