package id.siapkerja.jobfair.signin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.siapkerja.jobfair.akun.AkunClientRegistrations;
import id.siapkerja.jobfair.member.Members;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Jobfair's people log in only through akun: authorization code with PKCE, the member
 * record refreshed at each login, RP-initiated logout that ends the akun session too, and
 * akun's back-channel logout ending every Jobfair session of the person, in any instance.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String BACK_CHANNEL = "/logout/connect/back-channel/" + AkunClientRegistrations.REGISTRATION_ID;

	/** The pages and files anyone may open (GET). */
	static final String[] PUBLIC_PAGES = { "/", "/jobfair/*", "/jobfair/*/banner.jpg", "/jobfair/*/data",
			"/jobfair/*/data.csv", "/privasi", "/portofolio/tiket-sw.js", "/penyelenggara/*/logo.jpg",
			"/perusahaan/*/logo.jpg", "/wilayah/kabupaten", "/webjars/**", "/webkit/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico" };

	/** Requests a script sends and reads itself: htmx, the message stream. */
	static final RequestMatcher SCRIPT_REQUESTS = new OrRequestMatcher(new RequestHeaderRequestMatcher("HX-Request"),
			eventStream());

	/**
	 * No Spring Security observations: wrapping each filter of every request in an
	 * observation cost a measurable share of a fair opening's CPU (bench/reports), and
	 * the HTTP metrics already time every request.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Asks for an event stream by name: the wildcard of a browser's page request does not
	 * count.
	 */
	private static RequestMatcher eventStream() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_EVENT_STREAM);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

	/**
	 * An address no page answers: anyone gets its 404 page rather than a login first. A
	 * page's address asked with another method counts as known.
	 */
	private static RequestMatcher unknownAddresses(ObjectProvider<RequestMappingHandlerMapping> pages) {
		return (request) -> {
			try {
				return pages.getObject().getHandler(request) == null;
			}
			catch (Exception ex) {
				return false;
			}
		};
	}

	/** A page goes to akun's login; a script's request gets 401. */
	private static AuthenticationEntryPoint loginOr401() {
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(
				"/oauth2/authorization/" + AkunClientRegistrations.REGISTRATION_ID);
		AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		return (request, response, exception) -> (SCRIPT_REQUESTS.matches(request) ? unauthorized : login)
			.commence(request, response, exception);
	}

	@Bean
	SecurityFilterChain jobfairPages(HttpSecurity http, AkunClientRegistrations registrations, Members members,
			ApplicationEventPublisher events, FindByIndexNameSessionRepository<? extends Session> sessions,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> pages)
			throws Exception {
		DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		// akun asks PKCE of every client; "/masuk-ulang" asks akun for the password again
		requests.setAuthorizationRequestCustomizer(
				OAuth2AuthorizationRequestCustomizers.withPkce().andThen((authorization) -> {
					var current = RequestContextHolder.getRequestAttributes();
					if (current instanceof ServletRequestAttributes servlet
							&& "login".equals(servlet.getRequest().getParameter("prompt"))) {
						authorization.additionalParameters((parameters) -> parameters.put("prompt", "login"));
					}
				}));
		OidcClientInitiatedLogoutSuccessHandler loggedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		loggedOut.setPostLogoutRedirectUri("{baseUrl}/");
		// what anyone may open is listed; everything else needs a login (deny by default,
		// so a new page cannot be left open by forgetting it here). An anonymous page
		// request is sent to akun's login; a script's request (htmx, the message stream)
		// gets 401, since a redirect would put the login page into the page.
		http.authorizeHttpRequests((authorize) -> authorize.requestMatchers("/admin", "/admin/**")
			.hasRole("ADMIN_PUSAT")
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(BACK_CHANNEL, "/error", "/actuator/**")
			.permitAll()
			.requestMatchers(unknownAddresses(pages))
			.permitAll()
			.anyRequest()
			.authenticated())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(loginOr401()))
			.oauth2Login((login) -> login.clientRegistrationRepository(registrations)
				.loginPage("/oauth2/authorization/" + AkunClientRegistrations.REGISTRATION_ID)
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(requests))
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(recordingMembers(members, events)))
				.defaultSuccessUrl("/saya"))
			// the browser forgets what it kept for this person (the offline ticket)
			.logout((logout) -> logout.logoutSuccessHandler(loggedOut)
				.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
						ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.STORAGE))))
			.oidcLogout((logout) -> logout.clientRegistrationRepository(registrations)
				.backChannel((backChannel) -> backChannel.logoutHandler(endSessions(sessions))))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(BACK_CHANNEL));
		return http.build();
	}

	private static OAuth2UserService<OidcUserRequest, OidcUser> recordingMembers(Members members,
			ApplicationEventPublisher events) {
		OidcUserService delegate = new OidcUserService();
		return (request) -> {
			OidcUser user = delegate.loadUser(request);
			members.loggedIn(user);
			// memberships offered to the verified address are claimed by their modules
			events.publishEvent(new SignedIn(user.getSubject(), user.getFullName() == null ? "" : user.getFullName(),
					Boolean.TRUE.equals(user.getEmailVerified()) ? user.getEmail() : null));
			// the roles akun names become authorities (ROLE_ADMIN_PUSAT for Admin Pusat)
			Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
			if (user.getClaims().get("roles") instanceof List<?> roles) {
				for (Object role : roles) {
					authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
				}
			}
			return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
		};
	}

	/** Ends every Jobfair session of the person the logout token names. */
	private static LogoutHandler endSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token
					&& token.getSubject() != null) {
				for (String id : sessions.findByPrincipalName(token.getSubject()).keySet()) {
					sessions.deleteById(id);
				}
			}
		};
	}

}
