package id.siapkerja.webkit.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static files carry their content's fingerprint
 * ({@code /webjars/bootstrap/5.3.8/dist/css/bootstrap.min-<md5>.css}), and a
 * fingerprinted file is cached by the browser for a year ({@code immutable}): a repeat
 * visit downloads only the page.
 * <p>
 * It replaces Spring's {@link ResourceUrlEncodingFilter}, which asks the resource chain
 * about every link a page renders, page links included, and pays a class-path look-up in
 * the nested jar for each link that is not a file (spring-framework#34014: most of
 * Jobfair's CPU on a fair opening). Here only links under the static folders are asked,
 * once each; the answers are kept.
 */
public class StaticAssets extends ResourceUrlEncodingFilter {

	/** A content fingerprint as the resource chain's content strategy writes it. */
	private static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	/** More distinct static links than any app has: beyond it, answers are not kept. */
	private static final int MAX_KEPT = 2_000;

	private final ObjectProvider<ResourceUrlProvider> urls;

	private final List<String> folders;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	StaticAssets(ObjectProvider<ResourceUrlProvider> urls, List<String> folders) {
		this.urls = urls;
		this.folders = List.copyOf(folders);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse served)) {
			chain.doFilter(request, response);
			return;
		}
		String contextPath = http.getContextPath();
		String path = http.getRequestURI().substring(contextPath.length());
		if (isStatic(path) && FINGERPRINTED.matcher(path).matches()) {
			served.setHeader("Cache-Control", IMMUTABLE);
		}
		chain.doFilter(request, new Links(served, contextPath));
	}

	/** The public path of a link, fingerprinted when it names a static file. */
	String publicPath(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return url;
		}
		String rest = url.substring(contextPath.length());
		if (!isStatic(rest)) {
			return url;
		}
		int end = endOfPath(rest);
		String lookupPath = rest.substring(0, end);
		String found = this.resolved.get(lookupPath);
		if (found == null) {
			ResourceUrlProvider provider = this.urls.getIfAvailable();
			if (provider == null || provider.getHandlerMap().isEmpty()) {
				// not yet ready (the server answers before the context has told the
				// provider its folders): asked again next time
				return url;
			}
			String answer = provider.getForLookupPath(lookupPath);
			found = (answer != null) ? answer : lookupPath;
			if (this.resolved.size() < MAX_KEPT) {
				this.resolved.put(lookupPath, found);
			}
		}
		return contextPath + found + rest.substring(end);
	}

	private boolean isStatic(String path) {
		for (String folder : this.folders) {
			if (path.startsWith(folder)) {
				return true;
			}
		}
		return false;
	}

	private static int endOfPath(String path) {
		int end = path.length();
		int query = path.indexOf('?');
		if (query != -1) {
			end = query;
		}
		int fragment = path.indexOf('#');
		if (fragment != -1 && fragment < end) {
			end = fragment;
		}
		return end;
	}

	/**
	 * The response whose links are fingerprinted; an error instead of the file is not
	 * cached.
	 */
	private final class Links extends HttpServletResponseWrapper {

		private final String contextPath;

		Links(HttpServletResponse response, String contextPath) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(publicPath(this.contextPath, url));
		}

		@Override
		public void sendError(int status) throws IOException {
			notCached();
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			notCached();
			super.sendError(status, message);
		}

		@Override
		public void setStatus(int status) {
			if (status >= 400) {
				notCached();
			}
			super.setStatus(status);
		}

		private void notCached() {
			if (IMMUTABLE.equals(getHeader("Cache-Control"))) {
				setHeader("Cache-Control", "no-store");
			}
		}

	}

}
