package id.siapkerja.akun.signin;

import java.time.Clock;
import java.util.UUID;

import id.siapkerja.akun.account.AccountSessions;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.registration.Activation;
import id.siapkerja.akun.sso.SingleLogout;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Who may see what: the account pages need a login; registration, activation, login and
 * recovery are open. Logins go through {@link AccountAuthentication}; a refused login
 * comes back to {@code /login} with its message, a right password of a pending account
 * goes on to the activation.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LOGIN_ERROR = "akun.login.error";

	static final String LOGIN_TYPED = "akun.login.typed";

	/**
	 * The chain. {@link AccountAuthentication} is the only authentication provider bean,
	 * so Spring Security uses it as the global authentication manager; adding it to the
	 * chain as well would check (and count) every failed login twice.
	 */
	/**
	 * No Spring Security observations: wrapping each filter of every request in an
	 * observation cost a measurable share of a fair opening's CPU (bench/reports), and
	 * the HTTP metrics already time every request.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(3)
	SecurityFilterChain accountPages(HttpSecurity http, Activity activity, SingleLogout singleLogout,
			KnownDevices devices, MeterRegistry meters, Clock clock) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/akun", "/akun/**", "/pengaturan", "/pengaturan/**", "/aktivitas", "/izin", "/aplikasi",
					"/aplikasi/**", "/sesi", "/sesi/**", "/profil", "/profil/**", "/persetujuan", "/persetujuan/**",
					"/admin", "/admin/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.usernameParameter("identitas")
				.passwordParameter("password")
				.authenticationDetailsSource(LoginDetails::new)
				.successHandler(counted(describingSession(devices, clock), meters))
				.failureHandler(counted(failureHandler(), meters)))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?keluar")
				.addLogoutHandler(recordLogout(activity))
				.addLogoutHandler(singleLogout));
		return http.build();
	}

	/**
	 * Back to where the person was going (a service's login, say) or to /akun; the
	 * session notes its browser, and the browser becomes a known device of the account.
	 */
	private static AuthenticationSuccessHandler describingSession(KnownDevices devices, Clock clock) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl("/akun");
		return (request, response, authentication) -> {
			AccountSessions.describe(request, clock.instant());
			devices.remember(request, response, UUID.fromString(authentication.getName()));
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Logins per outcome ({@code siapkerja.logins}): succeeded. */
	private static AuthenticationSuccessHandler counted(AuthenticationSuccessHandler next, MeterRegistry meters) {
		Counter succeeded = logins(meters, "success");
		return (request, response, authentication) -> {
			succeeded.increment();
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Logins per outcome: refused (wrong identity or password, or held), or the account
	 * not yet activated.
	 */
	private static AuthenticationFailureHandler counted(AuthenticationFailureHandler next, MeterRegistry meters) {
		Counter refused = logins(meters, "refused");
		Counter notActivated = logins(meters, "not-activated");
		return (request, response, exception) -> {
			boolean pending = exception instanceof LoginRefused known && known.pendingAccount != null;
			(pending ? notActivated : refused).increment();
			next.onAuthenticationFailure(request, response, exception);
		};
	}

	private static Counter logins(MeterRegistry meters, String outcome) {
		return Counter.builder("siapkerja.logins")
			.tag("outcome", outcome)
			.description("logins at akun's form, by outcome")
			.register(meters);
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			HttpSession session = request.getSession();
			String typed = request.getParameter("identitas");
			session.setAttribute(LOGIN_TYPED, typed == null ? "" : typed.strip());
			if (exception instanceof LoginRefused refused && refused.pendingAccount != null) {
				Activation.start(session, refused.pendingAccount);
				response.sendRedirect(request.getContextPath() + "/aktivasi?belum-aktif");
				return;
			}
			LoginRefused refused = (exception instanceof LoginRefused known) ? known
					: new LoginRefused("login.error.credentials");
			session.setAttribute(LOGIN_ERROR, new LoginController.Error(refused.messageKey, refused.arguments));
			response.sendRedirect(request.getContextPath() + "/login?gagal");
		};
	}

	private static LogoutHandler recordLogout(Activity activity) {
		return (request, response, authentication) -> {
			if (authentication != null) {
				activity.record(UUID.fromString(authentication.getName()), Activity.Kind.LOGOUT,
						request.getRemoteAddr(), null);
			}
		};
	}

}
