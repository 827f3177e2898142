package id.siapkerja.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What a browser does to log in to an application through the SSO provider: the
 * authorization request with PKCE S256, the provider's HTML login form, the password, the
 * code at the redirect, the code for tokens at the token endpoint. Each virtual user is a
 * new browser (no cookies) with the next of N distinct accounts; a fixed number of them
 * log in concurrently, over and over, for the duration. Against akun or Keycloak.
 */
public class SsoLoginsSimulation extends Simulation {

	/** One provider's run. */
	record Plan(Provider provider, String baseUrl, List<Accounts.Account> accounts, int concurrency,
			Duration duration) {
	}

	enum Provider {

		AKUN, KEYCLOAK

	}

	static final String REDIRECT = "http://127.0.0.1:9999/callback";

	static volatile Plan plan;

	private static final SecureRandom random = new SecureRandom();

	public SsoLoginsSimulation() {
		Plan plan = SsoLoginsSimulation.plan;
		HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
			.disableFollowRedirect()
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("id-ID,id;q=0.9,en;q=0.8")
			.userAgentHeader("Mozilla/5.0 (Linux; Android 12) SIAPkerja-bench");
		List<Map<String, Object>> records = plan.accounts()
			.stream()
			.map((account) -> Map.<String, Object>of("username", account.email(), "password", Accounts.PASSWORD))
			.toList();
		ChainBuilder pkce = exec((session) -> {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			return session.set("verifier", verifier)
				.set("challenge", challenge(verifier))
				.set("state", verifier.substring(0, 12));
		});
		ChainBuilder login = plan.provider() == Provider.AKUN ? akun() : keycloak();
		ScenarioBuilder scenario = scenario(plan.provider() == Provider.AKUN ? "akun" : "Keycloak")
			.feed(listFeeder(records).circular())
			.exec(pkce)
			.group("login")
			.on(login);
		setUp(scenario.injectClosed(constantConcurrentUsers(plan.concurrency()).during(plan.duration())))
			.protocols(protocol);
	}

	private static ChainBuilder akun() {
		return exec(authorize("/oauth2/authorize").check(status().is(302), header("Location").saveAs("loginPage")))
			.exec(http("2 login form").get("#{loginPage}")
				.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("3 password").post("/login")
				.formParam("identitas", "#{username}")
				.formParam("password", "#{password}")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").saveAs("next")))
			.exec(http("4 authorize again").get("#{next}")
				.check(status().is(302), header("Location").transform(SsoLoginsSimulation::code).saveAs("code")))
			.exec(token("/oauth2/token"));
	}

	private static ChainBuilder keycloak() {
		String realm = "/realms/" + Keycloak.REALM + "/protocol/openid-connect";
		return exec(authorize(realm + "/auth").check(status().is(200),
				css("form#kc-form-login", "action").saveAs("action")))
			.exec(http("3 password").post("#{action}")
				.formParam("username", "#{username}")
				.formParam("password", "#{password}")
				.formParam("credentialId", "")
				.check(status().is(302), header("Location").transform(SsoLoginsSimulation::code).saveAs("code")))
			.exec(token(realm + "/token"));
	}

	/** The code for tokens, with the PKCE verifier; an ID token must come back. */
	private static io.gatling.javaapi.http.HttpRequestActionBuilder token(String path) {
		return http("5 token").post(path)
			.formParam("grant_type", "authorization_code")
			.formParam("client_id", Keycloak.CLIENT)
			.formParam("redirect_uri", REDIRECT)
			.formParam("code", "#{code}")
			.formParam("code_verifier", "#{verifier}")
			.check(status().is(200), jsonPath("$.id_token").exists());
	}

	/** The authorization request a browser sends: code flow, PKCE S256, a state. */
	private static io.gatling.javaapi.http.HttpRequestActionBuilder authorize(String path) {
		return http("1 authorize").get(path)
			.queryParam("response_type", "code")
			.queryParam("client_id", Keycloak.CLIENT)
			.queryParam("redirect_uri", REDIRECT)
			.queryParam("scope", "openid profile email")
			.queryParam("state", "#{state}")
			.queryParam("code_challenge", "#{challenge}")
			.queryParam("code_challenge_method", "S256");
	}

	/**
	 * The code in a redirect to the client, or null (the check fails) when there is none.
	 */
	static String code(String location) {
		if (location == null || !location.startsWith(REDIRECT)) {
			return null;
		}
		for (String pair : location.substring(location.indexOf('?') + 1).split("&")) {
			if (pair.startsWith("code=")) {
				return java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
