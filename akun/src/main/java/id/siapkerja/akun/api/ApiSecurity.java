package id.siapkerja.akun.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/**}: stateless, bearer access tokens issued by akun itself; the profile
 * needs scope {@code profile}, the event feed {@code events.read}; the OpenAPI
 * description is public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
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
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

}
