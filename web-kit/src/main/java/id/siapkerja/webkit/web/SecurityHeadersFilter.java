package id.siapkerja.webkit.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response: a Content-Security-Policy that allows no inline
 * script and no framing, no MIME sniffing, a strict referrer policy, and no access to the
 * camera, microphone or location — but the camera on the pages that read QR codes with it
 * (the paths configured in {@code siapkerja.web.camera-paths}, e.g. Jobfair's gate), for
 * this origin only.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	private final String contentSecurityPolicy;

	private final List<String> cameraPaths;

	SecurityHeadersFilter(String contentSecurityPolicy, List<String> cameraPaths) {
		this.contentSecurityPolicy = contentSecurityPolicy;
		this.cameraPaths = List.copyOf(cameraPaths);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", this.contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean camera = this.cameraPaths.stream()
			.anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
		response.setHeader("Permissions-Policy",
				(camera ? "camera=(self)" : "camera=()") + ", microphone=(), geolocation=()");
		chain.doFilter(request, response);
	}

}
