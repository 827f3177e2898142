package id.siapkerja.webkit.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The camera is denied on every page but those configured to read QR codes (Jobfair's
 * gate), and there only for the page's own origin.
 */
class SecurityHeadersFilterTests {

	private final SecurityHeadersFilter filter = new SecurityHeadersFilter("default-src 'self'", List.of("/pintu"));

	@Test
	void theCameraOnlyWhereConfigured() throws Exception {
		assertThat(policy("/pintu")).startsWith("camera=(self),");
		assertThat(policy("/pintu/3f1c9a52-7d1e-4b8e-9a43-0c2f5e6d7a81")).startsWith("camera=(self),");
		assertThat(policy("/pintuan")).startsWith("camera=(),");
		assertThat(policy("/portofolio/jobfair/1/tiket")).startsWith("camera=(),");
		assertThat(policy("/")).isEqualTo("camera=(), microphone=(), geolocation=()");
	}

	private String policy(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response.getHeader("Permissions-Policy");
	}

}
