package id.siapkerja.webkit.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.session.web.http.CookieSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every SIAPkerja app promises, tested against the running app on its embedded
 * PostgreSQL: health and readiness, the home page in the shared layout in Bahasa
 * Indonesia and English, the security headers, its own session cookie, its migrations,
 * its module structure and its translations.
 * <p>
 * An app's test extends this with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class SiapkerjaAppContract {

	private static final Locale INDONESIAN = Locale.of("id");

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CookieSerializer cookieSerializer;

	/** The Spring Boot application class, for the module structure. */
	protected abstract Class<?> applicationClass();

	/** The name of the app's session cookie, different in every app. */
	protected abstract String sessionCookieName();

	/**
	 * The pages anyone may open, each held to the budget of a weak connection: 150 KB
	 * compressed, with its stylesheets and scripts, before images.
	 */
	protected java.util.List<String> publicPages() {
		return java.util.List.of("/");
	}

	/**
	 * The budget of a page with its stylesheets and scripts, compressed, before images.
	 */
	public static final int PAGE_BUDGET_BYTES = 150 * 1024;

	@Test
	void publicPagesStayWithinTheBudgetOfAWeakConnection() throws Exception {
		java.util.regex.Pattern assets = java.util.regex.Pattern
			.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js))(?:\\?[^\"]*)?\"");
		for (String path : publicPages()) {
			HttpResponse<byte[]> page = compressed(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Encoding")).as(path + " is compressed").hasValue("gzip");
			long total = page.body().length;
			String html = new String(
					new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			java.util.regex.Matcher asset = assets.matcher(html);
			int count = 0;
			while (asset.find()) {
				HttpResponse<byte[]> file = compressed(asset.group(1));
				assertThat(file.statusCode()).as(asset.group(1)).isEqualTo(200);
				total += file.body().length;
				count++;
			}
			assertThat(count).as(path + " links its stylesheets and scripts").isPositive();
			assertThat(total).as(path + " with its stylesheets and scripts, compressed, in bytes")
				.isLessThanOrEqualTo(PAGE_BUDGET_BYTES);
		}
	}

	@Test
	void healthAndReadinessAreUp() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness" }) {
			HttpResponse<String> response = get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void homePageSpeaksBahasaIndonesiaByDefault() throws Exception {
		HttpResponse<String> response = get("/", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("lang=\"id\"")
			.contains(message("home.title", INDONESIAN))
			.contains(message("layout.brand", INDONESIAN))
			.contains(message("layout.footer.ministry", INDONESIAN))
			.containsPattern("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min-[0-9a-f]{32}.css")
			.containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min-[0-9a-f]{32}.js");
	}

	@Autowired
	private org.springframework.context.ApplicationContext context;

	@Value("${siapkerja.metrics.token}")
	private String metricsToken;

	@Test
	void metricsAreForTheHolderOfTheTokenOnly() throws Exception {
		assertThat(get("/actuator/prometheus", null).statusCode()).as("without the token").isEqualTo(401);
		HttpResponse<String> wrong = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.header("Authorization", "Bearer " + this.metricsToken + "x")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrong.statusCode()).as("with a wrong token").isEqualTo(401);
		get("/", null);
		HttpResponse<String> metrics = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.header("Authorization", "Bearer " + this.metricsToken)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("siapkerja_admission_working")
			.contains("siapkerja_admission_refused_total")
			.contains("http_server_requests_seconds_count")
			.contains("jvm_memory_used_bytes");
	}

	/**
	 * Forwarding headers count only from a proxy the configuration lists (none by
	 * default): from any other caller, even on this machine, "X-Forwarded-Proto: https"
	 * makes no secure request (no HSTS) and "X-Forwarded-For" no other address.
	 */
	@Test
	void forwardingHeadersFromACallerNotListedChangeNothing() throws Exception {
		HttpResponse<String> forged = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.7")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(200);
		assertThat(forged.headers().firstValue("Strict-Transport-Security")).as("not a secure request").isEmpty();
	}

	@Test
	void everyAnswerCarriesItsRequestIdAndAWellFormedOneIsKept() throws Exception {
		assertThat(get("/", null).headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16,32}");
		HttpResponse<String> given = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("X-Request-Id", "uji-permintaan-123")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(given.headers().firstValue("X-Request-Id")).hasValue("uji-permintaan-123");
		HttpResponse<String> odd = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("X-Request-Id", "<script>")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(odd.headers().firstValue("X-Request-Id")).get().asString().doesNotContain("<");
	}

	@Test
	void linksAreFingerprintedByOneFilterThatAsksOnlyAboutStaticFiles() {
		java.util.List<Object> encoders = this.context
			.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class)
			.values()
			.stream()
			.map(org.springframework.boot.web.servlet.FilterRegistrationBean::getFilter)
			.filter(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class::isInstance)
			.map(Object::getClass)
			.map(Object.class::cast)
			.toList();
		assertThat(encoders).as("Spring's own filter asks the resource chain about every page link")
			.containsExactly(id.siapkerja.webkit.web.StaticAssets.class);
	}

	@Test
	void staticFilesAreFingerprintedAndKeptByTheBrowserWhilePagesAreNot() throws Exception {
		HttpResponse<String> page = get("/", null);
		assertThat(page.headers().allValues("Cache-Control")).as("the page itself")
			.noneMatch((value) -> value.contains("immutable"));
		java.util.regex.Matcher linked = java.util.regex.Pattern.compile("\"(/webkit/siapkerja-[0-9a-f]{32}\\.css)\"")
			.matcher(page.body());
		assertThat(linked.find()).as("the shared stylesheet is linked with its fingerprint").isTrue();
		HttpResponse<String> file = get(linked.group(1), null);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
		HttpResponse<String> unknown = get("/webkit/siapkerja-00000000000000000000000000000000.css", null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().allValues("Cache-Control")).as("an error is never kept")
			.noneMatch((value) -> value.contains("immutable"));
		assertThat(get("/webkit/siapkerja.css", null).headers().allValues("Cache-Control"))
			.as("a file without its fingerprint is asked again")
			.noneMatch((value) -> value.contains("max-age=31536000"));
	}

	@Test
	void languageSwitchesToEnglishAndStaysEnglish() throws Exception {
		HttpResponse<String> english = get("/?lang=en", null);
		assertThat(english.body()).contains("lang=\"en\"")
			.contains(message("home.title", Locale.ENGLISH))
			.contains(message("layout.footer.ministry", Locale.ENGLISH));
		String cookie = english.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("siapkerja-lang="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		HttpResponse<String> next = get("/", cookie);
		assertThat(next.body()).as("the choice is remembered").contains(message("home.title", Locale.ENGLISH));
		HttpResponse<String> back = get("/?lang=id", cookie);
		assertThat(back.body()).contains(message("home.title", INDONESIAN));
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/", null);
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(get("/actuator/health", null).headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void sharedStaticFilesAreServed() throws Exception {
		for (String path : new String[] { "/webjars/bootstrap/dist/css/bootstrap.min.css",
				"/webjars/htmx.org/dist/htmx.min.js", "/webkit/siapkerja.css" }) {
			assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void anUnknownPageExplainsItselfInTheLayout() throws Exception {
		HttpResponse<String> response = get("/no-such-page", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains(message("error.404.title", INDONESIAN))
			.contains(message("layout.brand", INDONESIAN));
	}

	@Test
	void sessionCookieHasTheNameOfThisApp() {
		var response = new MockHttpServletResponse();
		this.cookieSerializer
			.writeCookieValue(new CookieSerializer.CookieValue(new MockHttpServletRequest(), response, "session-id"));
		assertThat(response.getCookie(sessionCookieName())).as("cookie " + sessionCookieName()).isNotNull();
	}

	@Test
	void migrationsRanOnPostgreSql() {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 18");
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where not success")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isNotNegative();
	}

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(applicationClass()).verify();
	}

	@Test
	void everyMessageExistsInBothLanguagesAndTemplatesHaveNoHardCodedText() {
		I18nGuard.assertBundlesInSync(Path.of("src/main/resources/i18n"), "messages");
		I18nGuard.assertNoHardCodedText(Path.of("src/main/resources/templates"));
	}

	private String message(String key, Locale locale) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale), "UTF-8");
	}

	private HttpResponse<byte[]> compressed(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"); // as a
																			// browser
																			// asks
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
