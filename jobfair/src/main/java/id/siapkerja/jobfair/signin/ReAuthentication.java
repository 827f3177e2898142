package id.siapkerja.jobfair.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.siapkerja.jobfair.akun.AkunClientRegistrations;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Confirming a sensitive action with the password: {@code /masuk-ulang?kembali=...} sends
 * the person to akun with {@code prompt=login} (akun asks for the password even with a
 * live session) and back; the login counts as fresh for ten minutes after an ID token
 * issued after that request. The page is {@code web/ReAuthenticationController}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReAuthentication {

	static final String REQUESTED_AT = "jobfair.reauthentication.requested-at";

	static final Duration FRESH_FOR = Duration.ofMinutes(10);

	private final Clock clock;

	/** Whether this person confirmed the password within the last ten minutes. */
	public boolean isFresh(OidcUser user) {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
		HttpSession session = attributes == null ? null : attributes.getRequest().getSession(false);
		if (session == null || !(session.getAttribute(REQUESTED_AT) instanceof Instant requested)) {
			return false;
		}
		Instant issued = user.getIdToken().getIssuedAt();
		return issued != null && !issued.isBefore(requested.minusSeconds(5))
				&& this.clock.instant().isBefore(issued.plus(FRESH_FOR));
	}

	/**
	 * Sends the person to akun for the password, then to {@code back}: marks the time of
	 * the request (an ID token issued after it counts as fresh) and keeps the request to
	 * come back to.
	 */
	public String request(HttpServletRequest request, HttpServletResponse response) {
		request.getSession().setAttribute(REQUESTED_AT, this.clock.instant());
		new HttpSessionRequestCache().saveRequest(request, response);
		return "redirect:/oauth2/authorization/" + AkunClientRegistrations.REGISTRATION_ID + "?prompt=login";
	}

}
