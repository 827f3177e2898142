package id.siapkerja.akun.archive;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.akun.account.Account;
import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.Consents;
import id.siapkerja.akun.profile.Profiles;
import id.siapkerja.akun.shared.DataProtection;
import id.siapkerja.akun.sso.ServiceTokens;
import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.webkit.text.Times;
import id.siapkerja.webkit.web.RequestIds;
import id.siapkerja.webkit.web.RestClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The people's archives ("Unduh data saya"). Asked for on the page, an archive is
 * prepared in the background, one part at a time: akun's own (account, profile, activity,
 * consents) and each service's, fetched with a token akun signs for that service and
 * person ({@link ServiceTokens}). A service that does not answer is asked again later
 * (the page shows which part is waiting); after {@value #MOST_ATTEMPTS} tries the archive
 * fails and may be asked for again. Each part is kept encrypted; when all are in, the
 * person gets an e-mail, and the archive can be downloaded for {@link #KEPT} after their
 * password is asked again, then it is deleted. Archives are prepared by one instance each
 * ({@code for update skip locked}, then claimed for a while), the services asked outside
 * any transaction.
 */
@Service
public class DataArchives {

	private static final Logger log = LoggerFactory.getLogger(DataArchives.class);

	private static final Times TIMES = new Times();

	/** How long a ready archive can be downloaded. */
	public static final Duration KEPT = Duration.ofDays(7);

	/** Archives a person may ask for in a day. */
	static final int PER_DAY = 3;

	static final int MOST_ATTEMPTS = 10;

	static final String AKUN = "akun";

	/** How long an instance keeps an archive it works on from the others. */
	static final Duration CLAIMED = Duration.ofMinutes(5);

	public enum Status {

		PREPARING, READY, FAILED

	}

	/** Why an archive was not started. */
	public enum Refusal {

		ALREADY_PREPARING, TOO_MANY

	}

	/** One part of an archive and where it stands. */
	public record Part(String service, String name, String status) {

		public boolean waiting() {
			return "WAITING".equals(this.status);
		}

		public boolean none() {
			return "NONE".equals(this.status);
		}

	}

	/** The person's latest archive as the page shows it. */
	public record Archive(UUID id, Status status, Instant requestedAt, int attempts, Instant readyAt, Instant expiresAt,
			Instant downloadedAt, List<Part> parts) {

		public boolean expired(Instant now) {
			return this.expiresAt != null && !now.isBefore(this.expiresAt);
		}

	}

	/** A part's content, decrypted, for the download. */
	record Content(String service, String name, String json) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Accounts accounts;

	private final Activity activity;

	private final Consents consents;

	private final Profiles profiles;

	private final DataProtection protection;

	private final ServiceTokens tokens;

	private final Outbox outbox;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final RestClient http;

	DataArchives(JdbcClient jdbc, TransactionTemplate transactions, Accounts accounts, Activity activity,
			Consents consents, Profiles profiles, DataProtection protection, ServiceTokens tokens, Outbox outbox,
			MessageSource messages, JsonMapper json, Clock clock,
			@Value("${siapkerja.akun.archive.read-timeout:20s}") Duration readTimeout) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.accounts = accounts;
		this.activity = activity;
		this.consents = consents;
		this.profiles = profiles;
		this.protection = protection;
		this.tokens = tokens;
		this.outbox = outbox;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.http = RestClients.withTimeouts(RestClient.builder(), Duration.ofSeconds(2), readTimeout)
			.requestInterceptor(RequestIds.passedOn())
			.build();
	}

	/**
	 * Starts an archive for the person, unless one is being prepared or they asked too
	 * often.
	 */
	@Transactional
	public Optional<Refusal> request(Account account, String issuer, String clientIp) {
		Instant now = this.clock.instant();
		// one request at a time per person, whatever the clicks
		this.jdbc.sql("select id from account where id = ? for update").param(account.id()).query(UUID.class).single();
		boolean preparing = this.jdbc
			.sql("select count(*) from data_archive where account_id = ? and status = 'PREPARING'")
			.param(account.id())
			.query(Integer.class)
			.single() > 0;
		if (preparing) {
			return Optional.of(Refusal.ALREADY_PREPARING);
		}
		// the activity keeps the requests (an earlier archive gives way to a new one)
		int today = this.jdbc
			.sql("""
					select count(*) from account_activity where account_id = ? and kind = 'ARCHIVE_REQUESTED' and occurred_at > ?
					""")
			.params(account.id(), Timestamp.from(now.minus(Duration.ofDays(1))))
			.query(Integer.class)
			.single();
		if (today >= PER_DAY) {
			return Optional.of(Refusal.TOO_MANY);
		}
		// an earlier archive gives way to the new one
		this.jdbc.sql("delete from data_archive where account_id = ?").param(account.id()).update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into data_archive (id, account_id, issuer, status, requested_at, next_attempt_at)
				values (?, ?, ?, 'PREPARING', ?, ?)
				""").params(id, account.id(), issuer, Timestamp.from(now), Timestamp.from(now)).update();
		int position = 0;
		part(id, AKUN, "Akun SIAPkerja", position++);
		for (ServiceTokens.Service service : this.tokens.withPersonalData()) {
			part(id, service.clientId(), service.name(), position++);
		}
		this.activity.record(account.id(), Activity.Kind.ARCHIVE_REQUESTED, clientIp, null);
		return Optional.empty();
	}

	private void part(UUID archive, String service, String name, int position) {
		this.jdbc
			.sql("""
					insert into data_archive_part (archive_id, service, name, position, status) values (?, ?, ?, ?, 'WAITING')
					""")
			.params(archive, service, name, position)
			.update();
	}

	/** The person's latest archive, if any. */
	public Optional<Archive> latest(UUID account) {
		return this.jdbc.sql("select * from data_archive where account_id = ? order by requested_at desc limit 1")
			.param(account)
			.query((rs, row) -> new Archive(rs.getObject("id", UUID.class), Status.valueOf(rs.getString("status")),
					rs.getTimestamp("requested_at").toInstant(), rs.getInt("attempts"),
					instant(rs.getTimestamp("ready_at")), instant(rs.getTimestamp("expires_at")),
					instant(rs.getTimestamp("downloaded_at")), List.of()))
			.optional()
			.map((archive) -> new Archive(archive.id(), archive.status(), archive.requestedAt(), archive.attempts(),
					archive.readyAt(), archive.expiresAt(), archive.downloadedAt(), parts(archive.id())));
	}

	private List<Part> parts(UUID archive) {
		return this.jdbc
			.sql("select service, name, status from data_archive_part where archive_id = ? order by position")
			.param(archive)
			.query((rs, row) -> new Part(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * Works on the archives that are due, each claimed by one instance; deletes archives
	 * past their time. Returns how many became ready.
	 */
	@Scheduled(fixedDelayString = "${siapkerja.akun.archive.check:PT5S}",
			initialDelayString = "${siapkerja.akun.archive.check:PT5S}")
	public int prepareDue() {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from data_archive where expires_at <= ? or (status = 'FAILED' and requested_at < ?)")
			.params(Timestamp.from(now), Timestamp.from(now.minus(KEPT)))
			.update();
		int ready = 0;
		while (true) {
			Claim claim = this.transactions.execute((status) -> claim(this.clock.instant()));
			if (claim == null) {
				break;
			}
			if (claim.account() != null) {
				ready += prepare(claim) ? 1 : 0;
			}
		}
		return ready;
	}

	/**
	 * One due archive, taken by this instance for {@link #CLAIMED}: its row is locked
	 * only while it is taken, not while the services are asked, so no database connection
	 * waits on a slow service. The account is null when it is gone (so is the archive).
	 */
	private record Claim(UUID id, Account account, String issuer, int attempts, List<Part> waiting) {
	}

	/** Takes the next due archive; null when none is due. */
	private Claim claim(Instant now) {
		Optional<Map<String, Object>> due = this.jdbc
			.sql("""
					select id, account_id, issuer, attempts from data_archive
					where status = 'PREPARING' and next_attempt_at <= ? order by next_attempt_at limit 1 for update skip locked
					""")
			.param(Timestamp.from(now))
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (due.isEmpty()) {
			return null;
		}
		UUID id = (UUID) due.get().get("id");
		int attempts = ((Number) due.get().get("attempts")).intValue() + 1;
		Optional<Account> account = this.accounts.byId((UUID) due.get().get("account_id"));
		if (account.isEmpty()) {
			this.jdbc.sql("delete from data_archive where id = ?").param(id).update();
			return new Claim(id, null, null, attempts, List.of());
		}
		// another instance (or this one's next round) leaves it alone until then; if this
		// instance stops on the way, another one takes it up afterwards
		this.jdbc.sql("update data_archive set next_attempt_at = ? where id = ?")
			.params(Timestamp.from(now.plus(CLAIMED)), id)
			.update();
		return new Claim(id, account.get(), (String) due.get().get("issuer"), attempts,
				parts(id).stream().filter(Part::waiting).toList());
	}

	/**
	 * Gathers the claimed archive's waiting parts (each kept as it comes), then decides:
	 * ready, asked again later, or failed. True when it became ready.
	 */
	private boolean prepare(Claim claim) {
		Instant now = this.clock.instant();
		Map<String, ServiceTokens.Service> services = new LinkedHashMap<>();
		this.tokens.withPersonalData().forEach((service) -> services.put(service.clientId(), service));
		for (Part part : claim.waiting()) {
			if (AKUN.equals(part.service())) {
				store(claim.id(), part.service(), akunPart(claim.account(), now), now);
			}
			else {
				fetch(claim.id(), part, services.get(part.service()), claim.account(), claim.issuer(), now);
			}
		}
		return Boolean.TRUE.equals(this.transactions.execute((status) -> decide(claim, now)));
	}

	private boolean decide(Claim claim, Instant now) {
		UUID id = claim.id();
		if (this.jdbc.sql("select id from data_archive where id = ? and status = 'PREPARING' for update")
			.param(id)
			.query(UUID.class)
			.optional()
			.isEmpty()) {
			// deleted meanwhile, with the account
			return false;
		}
		int attempts = claim.attempts();
		if (parts(id).stream().noneMatch(Part::waiting)) {
			Instant expires = now.plus(KEPT);
			this.jdbc.sql("""
					update data_archive set status = 'READY', attempts = ?, ready_at = ?, expires_at = ? where id = ?
					""").params(attempts, Timestamp.from(now), Timestamp.from(expires), id).update();
			tellReady(claim.account(), claim.issuer(), expires);
			return true;
		}
		if (attempts >= MOST_ATTEMPTS) {
			this.jdbc.sql("update data_archive set status = 'FAILED', attempts = ? where id = ?")
				.params(attempts, id)
				.update();
			return false;
		}
		// a minute, two, four... at most half an hour between tries
		Duration wait = Duration.ofMinutes(Math.min(30, 1L << Math.min(attempts - 1, 5)));
		this.jdbc.sql("update data_archive set attempts = ?, next_attempt_at = ? where id = ?")
			.params(attempts, Timestamp.from(now.plus(wait)), id)
			.update();
		return false;
	}

	/**
	 * Asks the service for its part and keeps it; one that does not answer stays waiting
	 * (asked again later).
	 */
	private void fetch(UUID archive, Part part, ServiceTokens.Service service, Account account, String issuer,
			Instant now) {
		if (service == null) {
			// the service is no longer configured: nothing to gather from it
			markNone(archive, part.service(), now);
			return;
		}
		try {
			String body = this.http.get()
				.uri(service.personalDataUri())
				.header("Authorization",
						"Bearer " + this.tokens.personalData(account.id().toString(), service.clientId(), issuer))
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> {
					HttpStatusCode status = response.getStatusCode();
					if (status.value() == 404) {
						return null;
					}
					if (!status.is2xxSuccessful()) {
						throw new IllegalStateException("answered " + status.value());
					}
					return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
				});
			if (body == null) {
				markNone(archive, part.service(), now);
			}
			else {
				// a part that is not JSON is refused rather than kept
				this.json.readTree(body);
				store(archive, part.service(), body, now);
			}
		}
		catch (RestClientException | IllegalStateException | JacksonException ex) {
			log.warn("{}'s part of an archive is not available yet: {}", service.clientId(),
					ex.getClass().getSimpleName());
		}
	}

	private void store(UUID archive, String service, String json, Instant now) {
		this.jdbc
			.sql("""
					update data_archive_part set status = 'DONE', content = ?, done_at = ? where archive_id = ? and service = ?
					""")
			.params(this.protection.encrypt(json), Timestamp.from(now), archive, service)
			.update();
	}

	private void markNone(UUID archive, String service, Instant now) {
		this.jdbc.sql("""
				update data_archive_part set status = 'NONE', done_at = ? where archive_id = ? and service = ?
				""").params(Timestamp.from(now), archive, service).update();
	}

	/**
	 * akun's part: the account (without the NIK and mother's name), profile, consents,
	 * activity.
	 */
	private String akunPart(Account account, Instant now) {
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("service", AKUN);
		part.put("madeAt", now);
		Map<String, Object> accountPart = new LinkedHashMap<>();
		accountPart.put("id", account.id());
		accountPart.put("status", account.status());
		accountPart.put("fullName", account.fullName());
		accountPart.put("email", account.email());
		accountPart.put("emailVerified", account.emailVerified());
		accountPart.put("phone", account.phone());
		accountPart.put("birthPlace", account.birthPlace());
		accountPart.put("birthDate", account.birthDate());
		accountPart.put("gender", account.gender());
		accountPart.put("maritalStatus", account.maritalStatus());
		accountPart.put("villageCode", account.villageCode());
		accountPart.put("street", account.street());
		accountPart.put("language", account.locale());
		accountPart.put("createdAt", account.createdAt());
		accountPart.put("activatedAt", account.activatedAt());
		part.put("account", accountPart);
		part.put("profile", this.profiles.of(account.id()));
		part.put("consents", this.consents.of(account.id()));
		part.put("activity", this.activity.all(account.id()));
		return this.json.writeValueAsString(part);
	}

	private void tellReady(Account account, String issuer, Instant expires) {
		if (account.email() == null) {
			return;
		}
		Locale locale = "en".equals(account.locale()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
		this.outbox.email(account.email(), this.messages.getMessage("archive.mail.subject", null, locale),
				this.messages.getMessage("archive.mail.body",
						new Object[] { issuer + "/pengaturan/unduh-data", TIMES.at(expires) }, locale));
	}

	/**
	 * The parts of the person's ready archive, decrypted: for the download after the
	 * password.
	 */
	@Transactional
	public Optional<List<Content>> contents(UUID account) {
		Instant now = this.clock.instant();
		Optional<UUID> ready = this.jdbc.sql("""
				select id from data_archive where account_id = ? and status = 'READY' and expires_at > ?
				order by requested_at desc limit 1
				""").params(account, Timestamp.from(now)).query(UUID.class).optional();
		if (ready.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("update data_archive set downloaded_at = ? where id = ?")
			.params(Timestamp.from(now), ready.get())
			.update();
		return Optional.of(this.jdbc.sql("""
				select service, name, content from data_archive_part where archive_id = ? and status = 'DONE'
				order by position
				""")
			.param(ready.get())
			.query((rs, row) -> new Content(rs.getString(1), rs.getString(2), this.protection.decrypt(rs.getBytes(3))))
			.list());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
