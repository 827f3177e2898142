package id.siapkerja.jobfair.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every mapped endpoint, asked by someone not logged in: a page sends to akun's login, a
 * script's request (htmx, the message stream) gets 401, and nothing answers 500. Only the
 * public pages answer, and those are listed here on purpose: a new page is closed until
 * someone decides otherwise.
 */
class AnonymousAccessTests extends JobfairIntegrationTest {

	/**
	 * What anyone may open (with an unknown id or slug these answer 404, not a login).
	 */
	static final Set<String> PUBLIC = Set.of("GET /", "GET /jobfair/{slug}", "GET /jobfair/{slug}/banner.jpg",
			"GET /jobfair/{slug}/data", "GET /jobfair/{slug}/data.csv", "GET /privasi", "GET /portofolio/tiket-sw.js",
			"GET /penyelenggara/{id}/logo.jpg", "GET /perusahaan/{id}/logo.jpg", "GET /wilayah/kabupaten");

	/** The service API: no login page, a bearer token or 401. */
	static final Set<String> SERVICE_API = Set.of("GET /api/v1/data-pribadi");

	static final String LOGIN = "/oauth2/authorization/akun";

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]+))?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointOutsideThePublicListAsksForALogin() throws Exception {
		List<String> wrong = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					String endpoint = method + " " + pattern;
					if (pattern.startsWith("/error")) {
						continue;
					}
					seen.add(endpoint);
					MockHttpServletResponse page = this.mvc.perform(request(method, pattern).with(csrf()))
						.andReturn()
						.getResponse();
					if (PUBLIC.contains(endpoint)) {
						if (page.getStatus() >= 500 || LOGIN.equals(page.getRedirectedUrl())) {
							wrong.add(endpoint + " (public) answered " + page.getStatus() + " "
									+ page.getRedirectedUrl());
						}
					}
					else if (SERVICE_API.contains(endpoint)) {
						if (page.getStatus() != 401) {
							wrong.add(endpoint + " (service API) answered " + page.getStatus());
						}
					}
					else if (page.getStatus() != 302 || !page.getRedirectedUrl().endsWith(LOGIN)) {
						wrong.add(endpoint + " answered " + page.getStatus() + " " + page.getRedirectedUrl());
					}
				}
			}
		}
		assertThat(seen).as("the walk reached the pages of every module")
			.contains("GET /percakapan", "GET /pemberitahuan", "GET /portofolio", "GET /kelola", "GET /saya")
			.hasSizeGreaterThan(60);
		assertThat(wrong).isEmpty();
	}

	@Test
	void aScriptNotLoggedInGets401NotTheLoginPage() throws Exception {
		String conversation = "/percakapan/" + UUID.randomUUID();
		assertThat(this.mvc
			.perform(MockMvcRequestBuilders.get(conversation + "/stream").accept(MediaType.TEXT_EVENT_STREAM))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get(conversation + "/pesan").header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(this.mvc
			.perform(MockMvcRequestBuilders.get("/percakapan")
				.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("a browser's page request").endsWith(LOGIN);
	}

	/** The request for a pattern, its variables filled (the first of a choice). */
	private static MockHttpServletRequestBuilder request(RequestMethod method, String pattern) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String choice = variables.group(2);
			String value = (choice != null) ? choice.split("\\|")[0]
					: Set.of("slug", "token", "step", "action").contains(variables.group(1)) ? "contoh"
							: UUID.randomUUID().toString();
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return MockMvcRequestBuilders.request(method.asHttpMethod(), path.toString());
	}

}
