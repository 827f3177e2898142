package id.siapkerja.akun.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.siapkerja.akun.account.AccountEvents;
import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile API and the event feed over real HTTP with real tokens: scopes enforced,
 * the NIK only masked, and every event delivered exactly once in commit-safe order to a
 * poller that restarts midway, with a slow transaction committing out of order.
 */
@TestPropertySource(properties = "siapkerja.akun.issuer=")
class ProfileApiTests extends AkunIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	AccountEvents events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void meGivesTheAccountForATokenWithScopeProfile() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String token = accessToken(browser, "openid profile");
		WebClient.Raw me = get(browser, "/api/v1/me", token);
		assertThat(me.status()).isEqualTo(200);
		JsonNode body = JSON.readTree(me.body());
		assertThat(body.path("name").asString()).isEqualTo(person.fullName());
		assertThat(body.path("email").asString()).isEqualTo(person.email());
		assertThat(body.path("phoneNumber").asString()).isEqualTo(person.phoneE164());
		assertThat(body.path("nikMasked").asString())
			.isEqualTo(person.nik().substring(0, 4) + "********" + person.nik().substring(12));
		assertThat(me.body()).doesNotContain(person.nik()).doesNotContain(person.motherName());

		assertThat(get(browser, "/api/v1/me", null).status()).isEqualTo(401);
		assertThat(get(browser, "/api/v1/me", clientToken(browser)).status()).as("no scope profile").isEqualTo(403);
		assertThat(get(browser, "/api/v1/events", token).status()).as("no scope events.read").isEqualTo(403);
		assertThat(browser.getRaw("/api/v1/openapi.yaml").body()).contains("/api/v1/events");
	}

	@Test
	void aFirstPartyServiceReadsAPersonWithScopeProfilesRead() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String sub = this.jdbc.sql("select id::text from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single();
		WebClient.Raw response = browser.postRaw("/oauth2/token",
				Map.of("grant_type", "client_credentials", "scope", "profiles.read"), "Authorization", basic());
		String token = JSON.readTree(response.body()).path("access_token").asString();
		WebClient.Raw read = get(browser, "/api/v1/people/" + sub, token);
		assertThat(read.status()).isEqualTo(200);
		assertThat(JSON.readTree(read.body()).path("name").asString()).isEqualTo(person.fullName());
		assertThat(read.body()).doesNotContain(person.nik().substring(12)).doesNotContain(person.motherName());
		assertThat(JSON.readTree(read.body()).path("consents").toString()).as("what the person gives, for the services")
			.isEqualTo("[\"EMAIL_NOTIFICATIONS\",\"PRIVACY_NOTICE\",\"SMS_REMINDERS\"]");
		assertThat(get(browser, "/api/v1/people/" + UUID.randomUUID(), token).status()).isEqualTo(404);
		assertThat(get(browser, "/api/v1/people/" + sub, clientToken(browser)).status()).as("no scope profiles.read")
			.isEqualTo(403);
	}

	@Test
	void thePollerGetsEveryEventOnceAcrossARestartAndASlowTransaction() throws Exception {
		WebClient service = browser();
		String token = clientToken(service);
		String start = drain(service, token, "");

		List<UUID> expected = new ArrayList<>();
		CountDownLatch slowWrote = new CountDownLatch(1);
		CountDownLatch fastCommitted = new CountDownLatch(1);
		UUID slowAccount = UUID.randomUUID();
		expected.add(slowAccount);
		Thread slow = new Thread(() -> this.transactions.executeWithoutResult((status) -> {
			this.events.record(AccountEvents.Type.ProfileChanged, slowAccount);
			slowWrote.countDown();
			try {
				fastCommitted.await(10, TimeUnit.SECONDS);
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		slow.start();
		assertThat(slowWrote.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 5; i++) {
			UUID account = UUID.randomUUID();
			expected.add(account);
			this.transactions
				.executeWithoutResult((status) -> this.events.record(AccountEvents.Type.ProfileChanged, account));
		}
		// while the slow transaction (which wrote first) is still open, its later
		// neighbours must not be served either: the cursor would pass it
		Page whileOpen = poll(service, token, start, 100);
		assertThat(whileOpen.accounts()).doesNotContainAnyElementsOf(expected);
		fastCommitted.countDown();
		slow.join(10_000);

		// a poller that takes two events, "restarts" from its stored cursor, and goes on
		List<UUID> received = new ArrayList<>();
		Page first = poll(service, token, start, 2);
		received.addAll(first.accounts());
		String stored = first.next();
		String cursor = stored;
		for (int round = 0; round < 20; round++) {
			Page page = poll(browser(), token, cursor, 2);
			received.addAll(page.accounts());
			if (page.accounts().isEmpty()) {
				break;
			}
			cursor = page.next();
		}
		List<UUID> ours = received.stream().filter(expected::contains).toList();
		assertThat(ours).containsExactlyInAnyOrderElementsOf(expected);
		Set<UUID> unique = new HashSet<>(ours);
		assertThat(unique).hasSameSizeAs(ours);
	}

	private record Page(List<UUID> accounts, String next) {
	}

	private Page poll(WebClient client, String token, String after, int limit) {
		WebClient.Raw response = get(client, "/api/v1/events?limit=" + limit + "&after=" + after, token);
		assertThat(response.status()).isEqualTo(200);
		JsonNode feed = JSON.readTree(response.body());
		List<UUID> accounts = new ArrayList<>();
		feed.path("events").forEach((event) -> accounts.add(UUID.fromString(event.path("account").asString())));
		return new Page(accounts, feed.path("next").asString());
	}

	private String drain(WebClient client, String token, String after) {
		String cursor = after;
		for (int i = 0; i < 1000; i++) {
			Page page = poll(client, token, cursor, 100);
			if (page.accounts().isEmpty()) {
				return cursor;
			}
			cursor = page.next();
		}
		return cursor;
	}

	private WebClient.Raw get(WebClient client, String path, String token) {
		return token == null ? client.getRaw(path) : client.getRawWith(path, "Authorization", "Bearer " + token);
	}

	private String clientToken(WebClient client) {
		WebClient.Raw response = client.postRaw("/oauth2/token",
				Map.of("grant_type", "client_credentials", "scope", "events.read"), "Authorization", basic());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).path("access_token").asString();
	}

	private static String basic() {
		return "Basic "
				+ Base64.getEncoder().encodeToString("jobfair:rahasia-jobfair-dev".getBytes(StandardCharsets.UTF_8));
	}

}
