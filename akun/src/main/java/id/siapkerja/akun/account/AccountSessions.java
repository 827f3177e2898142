package id.siapkerja.akun.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The sessions an account is logged in with, in any instance: ended after a password
 * change (all but the current one) or a reset (all).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final Clock clock;

	/** Ends every session of the account except the one with this id (may be null). */
	public int endAllBut(UUID account, String keepSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(account.toString()).keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	public int endAll(UUID account) {
		return endAllBut(account, null);
	}

	/**
	 * The authentication of a logged-in account: its name is the account id, which is
	 * also how sessions are found by principal; the factor (password, or the SMS code of
	 * an activation) with its time becomes the {@code auth_time} of ID tokens.
	 */
	public static Authentication authenticated(UUID account, String factor, Instant at) {
		return UsernamePasswordAuthenticationToken.authenticated(account.toString(), null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"),
						FactorGrantedAuthority.withAuthority(factor).issuedAt(at).build()));
	}

	/** A session of the account, as "Sesi aktif" shows it. */
	public record ActiveSession(String id, String browser, String clientIp, Instant startedAt, Instant lastSeen) {
	}

	static final String BROWSER = "akun.session.browser";

	static final String CLIENT_IP = "akun.session.ip";

	static final String STARTED = "akun.session.started";

	/** Notes on the session which browser and address logged in, and when. */
	public static void describe(HttpServletRequest request, Instant at) {
		HttpSession session = request.getSession();
		String agent = request.getHeader("User-Agent");
		session.setAttribute(BROWSER, agent == null ? "" : agent.substring(0, Math.min(agent.length(), 200)));
		session.setAttribute(CLIENT_IP, request.getRemoteAddr());
		session.setAttribute(STARTED, at);
	}

	/** The account's sessions, the most recently used first. */
	public List<ActiveSession> of(UUID account) {
		return this.sessions.findByPrincipalName(account.toString())
			.values()
			.stream()
			.map((session) -> new ActiveSession(session.getId(), session.getAttribute(BROWSER),
					session.getAttribute(CLIENT_IP), session.getAttribute(STARTED), session.getLastAccessedTime()))
			.sorted(Comparator.comparing(ActiveSession::lastSeen).reversed())
			.toList();
	}

	/** Ends one session of the account; false when it is not one of the account's. */
	public boolean end(UUID account, String sessionId) {
		if (!this.sessions.findByPrincipalName(account.toString()).containsKey(sessionId)) {
			return false;
		}
		this.sessions.deleteById(sessionId);
		return true;
	}

	/** Logs the account in on this request's session (after activation, say). */
	public void signIn(UUID account, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		Instant now = this.clock.instant();
		context.setAuthentication(authenticated(account, FactorGrantedAuthority.OTT_AUTHORITY, now));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		describe(request, now);
	}

}
