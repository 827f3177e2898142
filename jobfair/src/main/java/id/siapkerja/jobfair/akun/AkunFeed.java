package id.siapkerja.jobfair.akun;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.siapkerja.jobfair.member.Members;
import id.siapkerja.webkit.web.RequestIds;
import id.siapkerja.webkit.web.RestClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Keeps the members current from akun's account event feed: polls {@code /api/v1/events}
 * with a client-credentials token (scope {@code events.read}), applies each page and
 * moves the stored position in one transaction that holds the cursor row, so every event
 * is applied once, also with two instances or after a restart; a Jobfair that was down
 * catches up.
 */
@Component
public class AkunFeed {

	private static final Logger log = LoggerFactory.getLogger(AkunFeed.class);

	private final AkunClientRegistrations registrations;

	private final Members members;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RestClient http;

	private final String clientId;

	private final String clientSecret;

	private final String issuer;

	private String token;

	private Instant tokenExpiresAt = Instant.EPOCH;

	private boolean reportedDown;

	AkunFeed(AkunClientRegistrations registrations, Members members, ApplicationEventPublisher events, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, @Value("${siapkerja.jobfair.sso.issuer}") String issuer,
			@Value("${siapkerja.jobfair.sso.client-id}") String clientId,
			@Value("${siapkerja.jobfair.sso.client-secret}") String clientSecret) {
		this.registrations = registrations;
		this.members = members;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.issuer = issuer;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.http = RestClients.withTimeouts(RestClient.builder(), Duration.ofSeconds(2), Duration.ofSeconds(10))
			.requestInterceptor(RequestIds.passedOn())
			.build();
	}

	record Event(String position, String type, String account, Map<String, Object> data) {
	}

	record Feed(List<Event> events, String next) {
	}

	@Scheduled(initialDelayString = "PT10S", fixedDelayString = "${siapkerja.jobfair.sso.feed-poll:PT5S}")
	void poll() {
		try {
			int applied;
			do {
				Integer count = this.transactions.execute((status) -> applyNextPage());
				applied = count == null ? 0 : count;
			}
			while (applied > 0);
			this.reportedDown = false;
		}
		catch (RestClientException | IllegalArgumentException | IllegalStateException ex) {
			if (!this.reportedDown) {
				log.warn("akun's event feed is not reachable yet: {}", ex.getClass().getSimpleName());
				this.reportedDown = true;
			}
		}
	}

	/** Applies one page of events; returns how many it held. */
	int applyNextPage() {
		String position = this.jdbc.sql("select position from feed_cursor where feed = 'akun' for update")
			.query(String.class)
			.single();
		Feed feed = this.http.get()
			.uri(URI.create(this.issuer + "/api/v1/events?limit=100&after=" + position))
			.header("Authorization", "Bearer " + token())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Feed.class);
		if (feed == null || feed.events() == null || feed.events().isEmpty()) {
			return 0;
		}
		for (Event event : feed.events()) {
			if ("AccountDeleted".equals(event.type())) {
				// UU 27/2022: the person's data goes from every module (MemberErased)
				this.members.erase(event.account());
			}
			else if (this.members.changedInAkun(event.account(), event.data())) {
				this.events.publishEvent(new AccountChanged(event.account(), event.type()));
			}
		}
		this.jdbc.sql("update feed_cursor set position = ?, updated_at = ? where feed = 'akun'")
			.params(feed.next(), Timestamp.from(this.clock.instant()))
			.update();
		return feed.events().size();
	}

	/**
	 * A person's account and profile from akun (client credentials, scope
	 * {@code profiles.read}); empty when akun knows no active account of that subject.
	 */
	public Optional<Map<String, Object>> person(String sub) {
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> person = this.http.get()
				.uri(URI.create(this.issuer + "/api/v1/people/" + URLEncoder.encode(sub, StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token())
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Map.class);
			return Optional.ofNullable(person);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return Optional.empty();
		}
	}

	/** A person's profile photo (small), when there is one. */
	public Optional<byte[]> photo(String sub) {
		try {
			return Optional.ofNullable(this.http.get()
				.uri(URI.create(this.issuer + "/api/v1/people/" + URLEncoder.encode(sub, StandardCharsets.UTF_8)
						+ "/photo?ukuran=kecil"))
				.header("Authorization", "Bearer " + token())
				.retrieve()
				.body(byte[].class));
		}
		catch (HttpClientErrorException.NotFound ex) {
			return Optional.empty();
		}
	}

	private synchronized String token() {
		if (this.token != null && this.clock.instant().isBefore(this.tokenExpiresAt)) {
			return this.token;
		}
		ClientRegistration registration = this.registrations
			.findByRegistrationId(AkunClientRegistrations.REGISTRATION_ID);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("scope", "events.read profiles.read");
		@SuppressWarnings("unchecked")
		Map<String, Object> response = this.http.post()
			.uri(registration.getProviderDetails().getTokenUri())
			.headers((headers) -> headers.setBasicAuth(this.clientId, this.clientSecret))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		if (response == null || response.get("access_token") == null) {
			throw new IllegalStateException("no access token");
		}
		this.token = response.get("access_token").toString();
		long expiresIn = response.get("expires_in") instanceof Number number ? number.longValue() : 300;
		this.tokenExpiresAt = this.clock.instant().plusSeconds(Math.max(30, expiresIn - 30));
		return this.token;
	}

}
