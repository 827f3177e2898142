package id.siapkerja.akun.support;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.siapkerja.webkit.test.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

/**
 * akun running for real on the embedded PostgreSQL, with Dukcapil and the SMS gateway
 * played by WireMock over HTTP (so every answer and failure can be arranged) and mail
 * caught by GreenMail over SMTP. The clock can be moved forward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "siapkerja.akun.dukcapil.read-timeout=1s", "siapkerja.outbox.retry-delay=1s",
				"siapkerja.outbox.poll=200ms",
				// the tests play a proxy on this machine: each WebClient is its own
				// address
				"server.tomcat.remoteip.internal-proxies=127.0.0.1/32, ::1/128" })
@Import(AkunIntegrationTest.Clocks.class)
public abstract class AkunIntegrationTest {

	protected static final WireMockServer GOV = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	protected static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	static {
		GOV.start();
		MAIL.start();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	@DynamicPropertySource
	static void outsideWorld(DynamicPropertyRegistry registry) {
		registry.add("siapkerja.akun.dukcapil.base-url", GOV::baseUrl);
		registry.add("siapkerja.sms.base-url", GOV::baseUrl);
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("siapkerja.akun.clients.jobfair.backchannel-logout-uri",
				() -> GOV.baseUrl() + "/logout/connect/back-channel/akun");
		registry.add("siapkerja.akun.clients.jobfair.personal-data-uri", () -> GOV.baseUrl() + "/api/v1/data-pribadi");
	}

	@Value("${local.server.port}")
	protected int port;

	@Autowired
	protected TestClock clock;

	@Autowired
	protected JdbcClient jdbc;

	@BeforeEach
	void everythingAnswers() {
		GOV.resetAll();
		GOV.stubFor(post("/dukcapil/api/verify").willReturn(okJson("{\"answer\":\"MATCH\"}")));
		GOV.stubFor(post("/logout/connect/back-channel/akun").willReturn(aResponse().withStatus(200)));
		GOV.stubFor(post("/sms/api/messages").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"delivered\"}")));
	}

	protected WebClient browser() {
		return new WebClient(this.port);
	}

	/** Another browser at the same client address (carrier-grade NAT). */
	protected WebClient browserFrom(String clientIp) {
		return new WebClient(this.port, clientIp);
	}

	/** Makes Dukcapil give this answer for this NIK. */
	protected void registryAnswers(String nik, String answer) {
		GOV.stubFor(post("/dukcapil/api/verify").withRequestBody(matchingJsonPath("$.nik", equalTo(nik)))
			.atPriority(1)
			.willReturn(okJson("{\"answer\":\"" + answer + "\"}")));
	}

	/** The texts of the SMS the gateway received for a number, oldest first. */
	protected List<String> smsTo(String e164) {
		return GOV.findAll(postRequestedFor(urlEqualTo("/sms/api/messages")))
			.stream()
			.map((request) -> JSON.readTree(request.getBodyAsString()))
			.filter((sms) -> sms.path("to").asString().equals(e164))
			.map((sms) -> sms.path("text").asString())
			.toList();
	}

	/** Waits for the n-th SMS (1-based) to the number and returns its code. */
	protected String smsCode(String e164, int nth) {
		await().atMost(Duration.ofSeconds(15)).until(() -> smsTo(e164).size() >= nth);
		return code(smsTo(e164).get(nth - 1));
	}

	/**
	 * Waits for a mail to the address whose subject contains the text, and returns its
	 * body.
	 */
	protected String mailTo(String address, String subjectPart) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> findMail(address, subjectPart), Optional::isPresent)
			.orElseThrow();
	}

	protected Optional<String> findMail(String address, String subjectPart) {
		try {
			for (MimeMessage message : MAIL.getReceivedMessagesForDomain(address)) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
						&& message.getSubject().contains(subjectPart)) {
					return Optional.of(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
				}
			}
			return Optional.empty();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	protected static String code(String text) {
		Matcher matcher = CODE.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No code in " + text);
		}
		return matcher.group(1);
	}

	protected static String link(String body, String path) {
		Matcher matcher = Pattern.compile("(http://\\S*" + Pattern.quote(path) + "\\S*)").matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in " + body);
		}
		return matcher.group(1);
	}

	/** Fills page 1 and page 2 and lands on the activation page. */
	protected WebClient.Page registerUntilActivation(WebClient browser, Person person) {
		WebClient.Page page2 = submitIdentity(browser, person);
		return submitProfile(page2, person);
	}

	protected WebClient.Page submitIdentity(WebClient browser, Person person) {
		return browser.get("/daftar")
			.form("form[action='/daftar']")
			.set("nik", person.nik())
			.set("motherName", person.motherName())
			.set("email", person.email())
			.set("phone", person.phoneTyped())
			.set("password", person.password())
			.set("passwordConfirmation", person.password())
			.set("consent", "true")
			.submit();
	}

	protected WebClient.Page submitProfile(WebClient.Page page2, Person person) {
		return page2.form("form[action='/daftar/profil']")
			.set("fullName", person.fullName())
			.set("birthPlace", person.birthPlace())
			.set("birthDate", person.birthDate().toString())
			.set("gender", person.gender())
			.set("maritalStatus", "BELUM_KAWIN")
			.set("province", "32")
			.set("regency", "32.01")
			.set("district", "32.01.01")
			.set("village", firstVillage("32.01.01"))
			.set("street", "Jl. Raya Bogor No. 10")
			.submit();
	}

	/** Registers and activates; the browser is then logged in. */
	protected WebClient.Page registerAndActivate(WebClient browser, Person person) {
		WebClient.Page activation = registerUntilActivation(browser, person);
		return activation.form("form[action='/aktivasi']").set("code", smsCode(person.phoneE164(), 1)).submit();
	}

	protected WebClient.Page login(WebClient browser, String identity, String password) {
		return browser.get("/login")
			.form("form[action='/login']")
			.set("identitas", identity)
			.set("password", password)
			.submit();
	}

	/**
	 * An access token of the logged-in browser's account for Jobfair, through the real
	 * authorization code flow with PKCE.
	 */
	protected String accessToken(WebClient browser, String scope) {
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		String verifier = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String challenge;
		try {
			challenge = java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(java.security.MessageDigest.getInstance("SHA-256")
					.digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		String redirect = "http://localhost:8081/login/oauth2/code/akun";
		String location = browser
			.getRaw("/oauth2/authorize?response_type=code&client_id=jobfair&scope=" + scope.replace(" ", "%20")
					+ "&state=s&redirect_uri=" + redirect + "&code_challenge=" + challenge
					+ "&code_challenge_method=S256")
			.location();
		String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString("jobfair:rahasia-jobfair-dev".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return JSON
			.readTree(
					browser
						.postRaw("/oauth2/token",
								java.util.Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
										redirect, "code_verifier", verifier),
								"Authorization", basic)
						.body())
			.path("access_token")
			.asString();
	}

	protected int accountsWithEmail(String email) {
		return this.jdbc.sql("select count(*) from account where lower(email) = lower(?)")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private static String firstVillage(String district) {
		return id.siapkerja.webkit.region.Regions.shipped().childrenOf(district).get(0).code();
	}

}
