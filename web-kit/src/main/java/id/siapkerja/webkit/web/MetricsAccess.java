package id.siapkerja.webkit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics ({@code /actuator/prometheus}) only for whoever holds the metrics token
 * ({@code Authorization: Bearer <siapkerja.metrics.token>}, compared in constant time);
 * with no token configured (production until one is set) the endpoint does not exist for
 * anyone.
 */
class MetricsAccess extends OncePerRequestFilter {

	static final String PATH = "/actuator/prometheus";

	private final byte[] expected;

	MetricsAccess(String token) {
		this.expected = (token == null || token.isBlank()) ? null
				: ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith(PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.expected == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		String given = request.getHeader("Authorization");
		if (given == null || !MessageDigest.isEqual(this.expected, given.getBytes(StandardCharsets.UTF_8))) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		chain.doFilter(request, response);
	}

}
