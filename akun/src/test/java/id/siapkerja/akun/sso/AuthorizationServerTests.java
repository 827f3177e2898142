package id.siapkerja.akun.sso;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * akun as the OpenID Connect provider over real HTTP: discovery, the authorization code
 * with PKCE (and its refusals), exact redirect URIs, single-use codes, rotating refresh
 * tokens, userinfo claims, signing-key rotation, and consent for a third-party client.
 */
@TestPropertySource(properties = "siapkerja.akun.issuer=")
class AuthorizationServerTests extends AkunIntegrationTest {

	private static final String CLI = "siapkerja-dev-cli";

	private static final String CLI_REDIRECT = "http://127.0.0.1:9999/callback";

	private static final String JOBFAIR_REDIRECT = "http://localhost:8081/login/oauth2/code/akun";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SigningKeys keys;

	@Test
	void discoveryAndKeysArePublished() {
		WebClient client = browser();
		JsonNode discovery = json(client.getRaw("/.well-known/openid-configuration").body());
		assertThat(discovery.path("authorization_endpoint").asString()).endsWith("/oauth2/authorize");
		assertThat(discovery.path("end_session_endpoint").asString()).endsWith("/connect/logout");
		assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
		JsonNode jwks = json(client.getRaw("/oauth2/jwks").body());
		assertThat(jwks.path("keys").size()).isGreaterThanOrEqualTo(1);
		assertThat(jwks.toString()).doesNotContain("\"d\"");
	}

	@Test
	void aFirstPartyServiceGetsTokensWithTheAccountsClaimsAndNoConsentPage() throws Exception {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		JsonNode tokens = json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code", "code",
						code, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier))
					.body());
		Map<String, Object> idToken = JWSObject.parse(tokens.path("id_token").asString()).getPayload().toJSONObject();
		String accountId = this.jdbc.sql("select id::text from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single();
		assertThat(idToken).containsEntry("sub", accountId)
			.containsEntry("name", person.fullName())
			.containsEntry("email", person.email())
			.containsEntry("email_verified", false)
			.containsEntry("phone_number", person.phoneE164())
			.containsEntry("phone_number_verified", true)
			.containsEntry("locale", "id");
		assertThat(idToken.toString()).doesNotContain(person.nik());

		WebClient.Raw userInfo = browser.postRaw("/userinfo", Map.of(), "Authorization",
				"Bearer " + tokens.path("access_token").asString());
		assertThat(json(userInfo.body()).path("sub").asString()).isEqualTo(accountId);
		assertThat(json(userInfo.body()).path("name").asString()).isEqualTo(person.fullName());
	}

	@Test
	void aServiceSendsThePersonToTheLoginAndGetsThemBack() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		WebClient browser = browser();
		String verifier = verifier();
		WebClient.Page login = browser.get(authorize("jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256"));
		assertThat(login.path()).isEqualTo("/login");
		WebClient.Page back = login.form("form[action='/login']")
			.set("identitas", person.email())
			.set("password", person.password())
			.submit();
		assertThat(back.url()).startsWith(JOBFAIR_REDIRECT).contains("code=");
	}

	@Test
	void promptLoginAsksForThePasswordEvenWithALiveSession() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		WebClient.Raw silent = browser.getRaw(authorize("jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256"));
		assertThat(silent.location()).as("a live session needs no password").startsWith(JOBFAIR_REDIRECT);
		WebClient.Page login = browser
			.get(authorize("jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256") + "&prompt=login");
		assertThat(login.path()).as("prompt=login asks for the password").isEqualTo("/login");
		WebClient.Page back = login.form("form[action='/login']")
			.set("identitas", person.email())
			.set("password", person.password())
			.submit();
		assertThat(back.url()).startsWith(JOBFAIR_REDIRECT).contains("code=");
	}

	@Test
	void loggingOutOfAkunSendsABackChannelLogoutTokenAndEndsTheRefreshToken() throws Exception {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		JsonNode tokens = json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code", "code",
						code, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier))
					.body());
		String refresh = tokens.path("refresh_token").asString();
		assertThat(me(browser, tokens.path("access_token").asString()).status()).isEqualTo(200);
		String accountId = this.jdbc.sql("select id::text from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single();

		browser.get("/akun").form("form[action='/logout']").submit();
		String logoutToken = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(15))
			.until(() -> GOV.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
					com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/logout/connect/back-channel/akun")))
				.stream()
				.map((request) -> java.net.URLDecoder.decode(request.getBodyAsString().replace("logout_token=", ""),
						StandardCharsets.UTF_8))
				.filter((jwt) -> jwt.contains(".") && subject(jwt).equals(accountId))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		JWSObject jws = JWSObject.parse(logoutToken);
		Map<String, Object> claims = jws.getPayload().toJSONObject();
		assertThat(claims).containsEntry("sub", accountId)
			.containsKey("iat")
			.containsKey("jti")
			.doesNotContainKey("nonce");
		assertThat(claims.get("aud").toString()).contains("jobfair");
		assertThat(claims.get("events").toString()).contains("http://schemas.openid.net/event/backchannel-logout");
		RSAKey key = JWKSet.parse(browser.getRaw("/oauth2/jwks").body())
			.getKeyByKeyId(jws.getHeader().getKeyID())
			.toRSAKey();
		assertThat(jws.verify(new RSASSAVerifier(key))).isTrue();

		WebClient.Raw refreshed = token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "refresh_token", "refresh_token", refresh));
		assertThat(refreshed.status()).as("the refresh token ended with the session").isEqualTo(400);
		assertThat(me(browser, tokens.path("access_token").asString()).status())
			.as("akun's API refuses the access token at once")
			.isEqualTo(401);
	}

	@Test
	void aPasswordResetLogsThePersonOutAtEveryService() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		String refresh = json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code", "code",
						code, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier))
					.body())
			.path("refresh_token")
			.asString();
		String accountId = this.jdbc.sql("select id::text from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single();

		browser().get("/lupa-password").form("form[action='/lupa-password']").set("identitas", person.email()).submit();
		String link = link(mailTo(person.email(), "password baru"), "/lupa-password/baru");
		browser().get(link)
			.form("form[action='/lupa-password/baru']")
			.set("password", "Rendang Padang Asli Enak")
			.set("passwordConfirmation", "Rendang Padang Asli Enak")
			.submit();

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(15))
			.until(() -> GOV.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
					com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/logout/connect/back-channel/akun")))
				.stream()
				.map((request) -> java.net.URLDecoder.decode(request.getBodyAsString().replace("logout_token=", ""),
						StandardCharsets.UTF_8))
				.anyMatch((jwt) -> jwt.contains(".") && subject(jwt).equals(accountId)));
		assertThat(token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "refresh_token", "refresh_token", refresh))
			.status()).isEqualTo(400);
	}

	private static String subject(String jwt) {
		try {
			return String.valueOf(JWSObject.parse(jwt).getPayload().toJSONObject().get("sub"));
		}
		catch (java.text.ParseException ex) {
			return "";
		}
	}

	@Test
	void registeringFromAServicesLoginReturnsToTheService() {
		WebClient browser = browser();
		String verifier = verifier();
		assertThat(browser.get(authorize("jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256")).path())
			.isEqualTo("/login");
		WebClient.Page back = registerAndActivate(browser, Person.random());
		assertThat(back.url()).startsWith(JOBFAIR_REDIRECT).contains("code=");
	}

	@Test
	void theAdminPusatNamedByConfigurationHasTheRole() throws Exception {
		WebClient browser = browser();
		assertThat(login(browser, "admin@demo.siapkerja.id", "AdminPusat#Demo2026").path()).isEqualTo("/akun");
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		JsonNode tokens = json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code", "code",
						code, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier))
					.body());
		assertThat(JWSObject.parse(tokens.path("id_token").asString()).getPayload().toJSONObject().get("roles"))
			.asString()
			.contains("ADMIN_PUSAT");
		// introspection and revocation: a revoked access token is inactive and no longer
		// opens userinfo
		String access = tokens.path("access_token").asString();
		assertThat(browser.postRaw("/userinfo", Map.of(), "Authorization", "Bearer " + access).status()).isEqualTo(200);
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString("jobfair:rahasia-jobfair-dev".getBytes(StandardCharsets.UTF_8));
		assertThat(json(browser.postRaw("/oauth2/introspect", Map.of("token", access), "Authorization", basic).body())
			.path("active")
			.asBoolean()).isTrue();
		assertThat(browser.postRaw("/oauth2/revoke", Map.of("token", access), "Authorization", basic).status())
			.isEqualTo(200);
		assertThat(json(browser.postRaw("/oauth2/introspect", Map.of("token", access), "Authorization", basic).body())
			.path("active")
			.asBoolean()).isFalse();
		assertThat(browser.postRaw("/userinfo", Map.of(), "Authorization", "Bearer " + access).status()).isEqualTo(401);
	}

	@Test
	void pkceIsRequiredAndOnlyS256() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);

		WebClient.Raw withoutChallenge = browser.getRaw(authorize(CLI, CLI_REDIRECT, null, null));
		assertThat(withoutChallenge.location()).startsWith(CLI_REDIRECT).contains("error=invalid_request");
		WebClient.Raw plain = browser.getRaw(authorize(CLI, CLI_REDIRECT, "a".repeat(43), "plain"));
		assertThat(plain.location()).startsWith(CLI_REDIRECT).contains("error=invalid_request");

		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		WebClient.Raw noVerifier = token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", JOBFAIR_REDIRECT));
		assertThat(noVerifier.status()).isEqualTo(400);
		assertThat(noVerifier.body()).contains("invalid_grant");
		String another = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		WebClient.Raw wrongVerifier = token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type",
				"authorization_code", "code", another, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier()));
		assertThat(wrongVerifier.status()).isEqualTo(400);
		assertThat(wrongVerifier.body()).contains("invalid_grant");
	}

	@Test
	void theRedirectUriMustMatchExactly() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		WebClient.Raw response = browser
			.getRaw(authorize("jobfair", JOBFAIR_REDIRECT + "/lain", challenge(verifier()), "S256"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.location()).isNull();
	}

	@Test
	void aCodeWorksOnce() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		Map<String, String> exchange = Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
				JOBFAIR_REDIRECT, "code_verifier", verifier);
		JsonNode issued = json(token(browser, "jobfair", "rahasia-jobfair-dev", exchange).body());
		assertThat(me(browser, issued.path("access_token").asString()).status()).isEqualTo(200);
		WebClient.Raw again = token(browser, "jobfair", "rahasia-jobfair-dev", exchange);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.body()).contains("invalid_grant");
		// used twice, the code was stolen: what it gave stops working (RFC 9700 §4.5)
		assertThat(me(browser, issued.path("access_token").asString()).status()).isEqualTo(401);
		assertThat(token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "refresh_token", "refresh_token", issued.path("refresh_token").asString()))
			.status()).isEqualTo(400);
	}

	@Test
	void refreshTokensRotateAndTheOldOneIsRefused() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		JsonNode first = json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code", "code",
						code, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier))
					.body());
		String refresh = first.path("refresh_token").asString();
		JsonNode second = json(token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "refresh_token", "refresh_token", refresh))
			.body());
		assertThat(second.path("refresh_token").asString()).isNotBlank().isNotEqualTo(refresh);
		assertThat(second.path("access_token").asString()).isNotBlank();
		assertThat(this.jdbc
			.sql("select refresh_token_value from oauth2_authorization where refresh_token_value = ?"
					+ " or refresh_token_value = ?")
			.params(refresh, second.path("refresh_token").asString())
			.query(String.class)
			.list()).as("refresh tokens are not stored as they are").isEmpty();
		assertThat(me(browser, second.path("access_token").asString()).status()).isEqualTo(200);

		WebClient.Raw old = token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "refresh_token", "refresh_token", refresh));
		assertThat(old.status()).isEqualTo(400);
		assertThat(old.body()).contains("invalid_grant");
		// the replayed token was copied: the whole family ends (RFC 9700 §4.14.2)
		WebClient.Raw newer = token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "refresh_token", "refresh_token", second.path("refresh_token").asString()));
		assertThat(newer.status()).as("the newer refresh token").isEqualTo(400);
		assertThat(me(browser, second.path("access_token").asString()).status()).as("its access token").isEqualTo(401);
	}

	@Test
	void aRevokedRefreshTokenEndsItsAuthorizationAndIntrospectionSaysSo() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		JsonNode tokens = json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code", "code",
						code, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier))
					.body());
		String refresh = tokens.path("refresh_token").asString();
		String access = tokens.path("access_token").asString();
		assertThat(json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("token", refresh), "/oauth2/introspect").body())
			.path("active")
			.asBoolean()).isTrue();
		assertThat(json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("token", access), "/oauth2/introspect").body())
			.path("active")
			.asBoolean()).isTrue();

		assertThat(token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("token", refresh, "token_type_hint", "refresh_token"), "/oauth2/revoke")
			.status()).isEqualTo(200);
		assertThat(json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("token", refresh), "/oauth2/introspect").body())
			.path("active")
			.asBoolean()).isFalse();
		assertThat(token(browser, "jobfair", "rahasia-jobfair-dev",
				Map.of("grant_type", "refresh_token", "refresh_token", refresh))
			.status()).isEqualTo(400);
	}

	@Test
	void aTokenSignedByThePreviousKeyStillValidatesAfterRotation() throws Exception {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		String code = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier), "S256");
		String idToken = json(
				token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code", "code",
						code, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier))
					.body())
			.path("id_token")
			.asString();
		String before = this.keys.currentKeyId();
		this.keys.rotate();
		assertThat(this.keys.currentKeyId()).isNotEqualTo(before);

		JWKSet published = JWKSet.parse(browser.getRaw("/oauth2/jwks").body());
		JWSObject old = JWSObject.parse(idToken);
		assertThat(old.getHeader().getKeyID()).isEqualTo(before);
		RSAKey oldKey = published.getKeyByKeyId(before).toRSAKey();
		assertThat(old.verify(new RSASSAVerifier(oldKey))).isTrue();

		String verifier2 = verifier();
		String code2 = code(browser, "jobfair", JOBFAIR_REDIRECT, challenge(verifier2), "S256");
		String newer = json(token(browser, "jobfair", "rahasia-jobfair-dev", Map.of("grant_type", "authorization_code",
				"code", code2, "redirect_uri", JOBFAIR_REDIRECT, "code_verifier", verifier2))
			.body()).path("id_token").asString();
		assertThat(JWSObject.parse(newer).getHeader().getKeyID()).isEqualTo(this.keys.currentKeyId());
	}

	@Test
	void aThirdPartyClientAsksForConsentWhichCanBeRevoked() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String verifier = verifier();
		WebClient.Page consent = browser.get(authorize(CLI, CLI_REDIRECT, challenge(verifier), "S256"));
		assertThat(consent.path()).isEqualTo("/izin");
		assertThat(consent.text()).contains("SIAPkerja dev CLI").contains("Alamat e-mail Anda");
		WebClient.Page back = consent.form("#consent").submit();
		assertThat(back.url()).startsWith(CLI_REDIRECT).contains("code=");

		WebClient.Raw second = browser.getRaw(authorize(CLI, CLI_REDIRECT, challenge(verifier), "S256"));
		assertThat(second.location()).as("consent is remembered").startsWith(CLI_REDIRECT).contains("code=");

		WebClient.Page applications = browser.get("/aplikasi");
		assertThat(applications.text()).contains("SIAPkerja dev CLI");
		WebClient.Page revoked = applications.form("form[action='/aplikasi/cabut']").submit();
		assertThat(revoked.text()).contains("sudah dicabut");
		assertThat(browser.getRaw(authorize(CLI, CLI_REDIRECT, challenge(verifier), "S256")).location())
			.contains("/izin");
	}

	private String code(WebClient browser, String clientId, String redirectUri, String challenge, String method) {
		WebClient.Raw response = browser.getRaw(authorize(clientId, redirectUri, challenge, method));
		assertThat(response.location()).as(response.body()).startsWith(redirectUri).contains("code=");
		return UriComponentsBuilder.fromUri(URI.create(response.location())).build().getQueryParams().getFirst("code");
	}

	private static String authorize(String clientId, String redirectUri, String challenge, String method) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", clientId)
			.queryParam("redirect_uri", redirectUri)
			.queryParam("scope", "openid profile email phone")
			.queryParam("state", UUID.randomUUID().toString());
		if (challenge != null) {
			uri.queryParam("code_challenge", challenge).queryParam("code_challenge_method", method);
		}
		return uri.encode().build().toUriString();
	}

	private WebClient.Raw token(WebClient client, String clientId, String secret, Map<String, String> form) {
		return token(client, clientId, secret, form, "/oauth2/token");
	}

	private WebClient.Raw token(WebClient client, String clientId, String secret, Map<String, String> form,
			String endpoint) {
		Map<String, String> body = new LinkedHashMap<>(form);
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return client.postRaw(endpoint, body, "Authorization", "Basic " + basic);
	}

	/** akun's own API with the access token. */
	private static WebClient.Raw me(WebClient client, String accessToken) {
		return client.getRawWith("/api/v1/me", "Authorization", "Bearer " + accessToken);
	}

	private static String verifier() {
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

}
