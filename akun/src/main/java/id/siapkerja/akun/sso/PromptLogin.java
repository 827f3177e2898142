package id.siapkerja.akun.sso;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * OpenID Connect's {@code prompt=login} (a service asks for the password again before a
 * sensitive action, e.g. Jobfair's ownership transfer): the first time an authorization
 * request with it arrives, the person's akun login is set aside so the login page asks
 * for the password; when the same request comes back after that login, it passes.
 */
class PromptLogin extends OncePerRequestFilter {

	static final String PENDING = "akun.prompt-login.pending";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/oauth2/authorize")
				|| !"login".equals(request.getParameter("prompt"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		// the replay after the login carries Spring Security's "continue" marker
		String query = request.getQueryString() == null ? ""
				: request.getQueryString().replaceAll("(^|&)continue(=[^&]*)?", "");
		if (session != null && query.equals(session.getAttribute(PENDING))) {
			// back after the login the prompt asked for
			session.removeAttribute(PENDING);
		}
		else {
			request.getSession().setAttribute(PENDING, query);
			SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
			request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		}
		chain.doFilter(request, response);
	}

}
