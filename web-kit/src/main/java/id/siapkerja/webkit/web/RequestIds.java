package id.siapkerja.webkit.web;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One id per request, in every log line written for it ({@code requestId} in the log's
 * context) and in the answer ({@code X-Request-Id}); taken over from the caller when it
 * sends a well-formed one, and passed on to the services this app calls, so a Jobfair
 * page and the akun calls it made are found together.
 */
public class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && WELL_FORMED.matcher(given).matches()) ? given : newId();
		MDC.put(KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return Long.toHexString(random.nextLong() | Long.MIN_VALUE)
				+ Long.toHexString(random.nextLong() | Long.MIN_VALUE);
	}

	/** Passes the current request's id on to a call to another service. */
	public static ClientHttpRequestInterceptor passedOn() {
		return (request, body, execution) -> {
			String id = MDC.get(KEY);
			if (id != null && !request.getHeaders().containsHeader(HEADER)) {
				request.getHeaders().set(HEADER, id);
			}
			return execution.execute(request, body);
		};
	}

}
