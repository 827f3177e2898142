package id.siapkerja.webkit.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox. Rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so two instances never send the same message; a failure is retried with a growing delay
 * (the base delay, doubled each time, at most an hour) and given up only after a day of
 * trying.
 */
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

	private static final Duration LONGEST_DELAY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SmsGateway sms;

	private final JavaMailSender mail;

	private final OutboxSeal seal;

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private final Clock clock;

	private final Duration retryDelay;

	private final String from;

	/** For notifications to services: short timeouts, HTTP/1.1. */
	private final org.springframework.web.client.RestClient services;

	public OutboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, SmsGateway sms, JavaMailSender mail,
			OutboxSeal seal, Clock clock, Duration retryDelay, String from) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sms = sms;
		this.mail = mail;
		this.seal = seal;
		this.clock = clock;
		this.retryDelay = retryDelay;
		this.from = from;
		org.springframework.http.client.JdkClientHttpRequestFactory requests = new org.springframework.http.client.JdkClientHttpRequestFactory(
				java.net.http.HttpClient.newBuilder()
					.version(java.net.http.HttpClient.Version.HTTP_1_1)
					.connectTimeout(Duration.ofSeconds(2))
					.build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.services = org.springframework.web.client.RestClient.builder().requestFactory(requests).build();
	}

	private record Due(UUID id, String channel, String recipient, byte[] content, int attempts, Instant createdAt) {
	}

	@Scheduled(fixedDelayString = "${siapkerja.outbox.poll:1s}")
	public void dispatch() {
		Integer sent;
		do {
			sent = this.transactions.execute((status) -> dispatchBatch());
		}
		while (sent != null && sent > 0);
	}

	/** Sends one batch of due messages; returns how many were handled. */
	public int dispatchBatch() {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc
			.sql("select id, channel, recipient, content, attempts, created_at from outbox_message"
					+ " where sent_at is null and abandoned_at is null and next_attempt_at <= ?"
					+ " order by next_attempt_at limit 20 for update skip locked")
			.param(Timestamp.from(now))
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("channel"),
					rs.getString("recipient"), rs.getBytes("content"), rs.getInt("attempts"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		for (Due message : due) {
			try {
				send(message);
				this.jdbc
					.sql("update outbox_message set attempts = attempts + 1, sent_at = ?, content = null,"
							+ " last_error = null where id = ?")
					.params(Timestamp.from(this.clock.instant()), message.id())
					.update();
			}
			catch (Exception ex) {
				failed(message, ex);
			}
		}
		return due.size();
	}

	private void send(Due message) throws Exception {
		String content = this.seal.open(message.content());
		if (Outbox.Channel.SMS.name().equals(message.channel())) {
			this.sms.send(message.recipient(), content);
		}
		else if (Outbox.Channel.HTTP.name().equals(message.channel())) {
			this.services.post()
				.uri(java.net.URI.create(message.recipient()))
				.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
				.body(content)
				.retrieve()
				.toBodilessEntity();
		}
		else if (content.startsWith(Outbox.WITH_ATTACHMENT)) {
			java.util.Map<?, ?> parts = JSON.readValue(content.substring(Outbox.WITH_ATTACHMENT.length()),
					java.util.Map.class);
			try {
				jakarta.mail.internet.MimeMessage mime = this.mail.createMimeMessage();
				org.springframework.mail.javamail.MimeMessageHelper helper = new org.springframework.mail.javamail.MimeMessageHelper(
						mime, true, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(message.recipient());
				helper.setSubject((String) parts.get("subject"));
				helper.setText((String) parts.get("body"));
				helper.addAttachment((String) parts.get("filename"),
						new org.springframework.core.io.ByteArrayResource(
								((String) parts.get("content")).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						(String) parts.get("contentType"));
				this.mail.send(mime);
			}
			catch (MailException | jakarta.mail.MessagingException ex) {
				throw new Exception(ex.getClass().getSimpleName(), ex);
			}
		}
		else {
			int split = content.indexOf("\n\n");
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(this.from);
			mail.setTo(message.recipient());
			mail.setSubject(content.substring(0, split));
			mail.setText(content.substring(split + 2));
			try {
				this.mail.send(mail);
			}
			catch (MailException ex) {
				throw new Exception(ex.getClass().getSimpleName(), ex);
			}
		}
	}

	private void failed(Due message, Exception ex) {
		int attempts = message.attempts() + 1;
		Instant now = this.clock.instant();
		boolean giveUp = now.isAfter(message.createdAt().plus(GIVE_UP_AFTER));
		Duration delay = this.retryDelay.multipliedBy(1L << Math.min(attempts - 1, 16));
		if (delay.compareTo(LONGEST_DELAY) > 0) {
			delay = LONGEST_DELAY;
		}
		String error = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		log.warn("{} {} not sent (attempt {}): {}{}", message.channel(), message.id(), attempts, error,
				giveUp ? "; giving up" : "");
		this.jdbc
			.sql("update outbox_message set attempts = ?, next_attempt_at = ?, last_error = ?,"
					+ " abandoned_at = ?, content = case when ? then null else content end where id = ?")
			.params(attempts, Timestamp.from(now.plus(delay)), error.length() > 500 ? error.substring(0, 500) : error,
					giveUp ? Timestamp.from(now) : null, giveUp, message.id())
			.update();
	}

}
