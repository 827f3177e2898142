package id.siapkerja.akun.account;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
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
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

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
	public static Authentication authenticated(UUID account, String factor, java.time.Instant at) {
		return UsernamePasswordAuthenticationToken.authenticated(account.toString(), null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"),
						org.springframework.security.core.authority.FactorGrantedAuthority.withAuthority(factor)
							.issuedAt(at)
							.build()));
	}

	/** Logs the account in on this request's session (after activation, say). */
	public void signIn(UUID account, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				authenticated(account, org.springframework.security.core.authority.FactorGrantedAuthority.OTT_AUTHORITY,
						java.time.Instant.now()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
