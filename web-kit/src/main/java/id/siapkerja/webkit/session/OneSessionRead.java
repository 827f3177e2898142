package id.siapkerja.webkit.session;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request reads its session from the database once. Spring Session saves the session
 * when the response is committed (a redirect, a page longer than the buffer) and again at
 * the end of the request; the second time it forgot the session it read and reads it
 * again only to learn its id. Around Spring Session's filter this keeps, for the request,
 * the sessions found by id; {@link RememberingSessions} answers from it.
 */
public class OneSessionRead extends OncePerRequestFilter {

	/** The sessions this request found, by id; none outside a request. */
	static final ThreadLocal<Map<String, Session>> FOUND = new ThreadLocal<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (FOUND.get() != null) {
			chain.doFilter(request, response);
			return;
		}
		FOUND.set(new HashMap<>());
		try {
			chain.doFilter(request, response);
		}
		finally {
			FOUND.remove();
		}
	}

}
