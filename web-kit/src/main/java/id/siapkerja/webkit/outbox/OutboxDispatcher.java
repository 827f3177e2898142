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
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends what is due in the outbox, each channel on its own so that a slow SMS gateway
 * never holds up e-mail. A batch is claimed in one short statement with a lease (its next
 * attempt moved past the time the sending may take, rows locked only for that statement,
 * {@code SKIP LOCKED} so two instances take different rows), sent concurrently with no
 * transaction or row lock open, then marked sent in one statement. A message whose
 * instance died while sending is due again when its lease ends; a failure is retried with
 * a growing delay (the base delay, doubled each time, at most an hour) and given up only
 * after a day of trying.
 */
public class OutboxDispatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

	private static final Duration LONGEST_DELAY = Duration.ofHours(1);

	/**
	 * Longer than any batch's sending may take (HTTP 2 s + 5 s per message; SMTP 5 s to
	 * connect and 10 s per message, and a connection that times out fails the rest of its
	 * share at once).
	 */
	static final Duration LEASE = Duration.ofMinutes(5);

	/** Messages claimed at once, per channel. */
	static final int BATCH = 100;

	/**
	 * E-mails claimed at once: each share goes over one SMTP connection, so a larger
	 * batch spends less on connecting (about 50 messages per connection).
	 */
	static final int MAIL_BATCH = 400;

	private static int batch(Outbox.Channel channel) {
		return channel == Outbox.Channel.EMAIL ? MAIL_BATCH : BATCH;
	}

	private final JdbcClient jdbc;

	private final SmsGateway sms;

	private final JavaMailSender mail;

	private final OutboxSeal seal;

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private final Clock clock;

	private final Duration retryDelay;

	private final String from;

	/**
	 * Sends in flight at once per channel (e-mail: connections, each sending a share).
	 */
	private final int parallel;

	private final java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors
		.newVirtualThreadPerTaskExecutor();

	private final java.util.Map<Outbox.Channel, java.util.concurrent.atomic.AtomicBoolean> draining = new java.util.EnumMap<>(
			Outbox.Channel.class);

	private final java.util.Map<Outbox.Channel, java.util.concurrent.atomic.AtomicLong> sentCount = new java.util.EnumMap<>(
			Outbox.Channel.class);

	private final java.util.Map<Outbox.Channel, java.util.concurrent.atomic.AtomicLong> failedCount = new java.util.EnumMap<>(
			Outbox.Channel.class);

	private volatile Backlog backlog = new Backlog(java.util.Map.of(), java.util.Map.of(), 0);

	/** What waits in the outbox per channel, looked up at most every few seconds. */
	private record Backlog(java.util.Map<String, Long> waiting, java.util.Map<String, Double> oldestSeconds,
			long readAt) {
	}

	/** For notifications to services: short timeouts, HTTP/1.1. */
	private final org.springframework.web.client.RestClient services;

	public OutboxDispatcher(JdbcClient jdbc, SmsGateway sms, JavaMailSender mail, OutboxSeal seal, Clock clock,
			Duration retryDelay, String from, int parallel) {
		this.jdbc = jdbc;
		this.sms = sms;
		this.mail = mail;
		this.seal = seal;
		this.clock = clock;
		this.retryDelay = retryDelay;
		this.from = from;
		this.parallel = Math.max(1, parallel);
		for (Outbox.Channel channel : Outbox.Channel.values()) {
			this.draining.put(channel, new java.util.concurrent.atomic.AtomicBoolean());
			this.sentCount.put(channel, new java.util.concurrent.atomic.AtomicLong());
			this.failedCount.put(channel, new java.util.concurrent.atomic.AtomicLong());
		}
		this.services = id.siapkerja.webkit.web.RestClients
			.withTimeouts(org.springframework.web.client.RestClient.builder(), Duration.ofSeconds(2),
					Duration.ofSeconds(5))
			.build();
	}

	private record Due(UUID id, String channel, String recipient, byte[] content, int attempts, Instant createdAt) {
	}

	/** Starts draining every channel that is not being drained already. */
	@Scheduled(fixedDelayString = "${siapkerja.outbox.poll:1s}")
	public void dispatch() {
		for (Outbox.Channel channel : Outbox.Channel.values()) {
			java.util.concurrent.atomic.AtomicBoolean busy = this.draining.get(channel);
			if (busy.compareAndSet(false, true)) {
				try {
					this.senders.execute(() -> {
						try {
							drain(channel);
						}
						catch (RuntimeException ex) {
							log.warn("{} outbox paused: {}", channel, ex.getClass().getSimpleName());
						}
						finally {
							busy.set(false);
						}
					});
				}
				catch (java.util.concurrent.RejectedExecutionException ex) {
					busy.set(false);
				}
			}
		}
	}

	/** Sends batches of one channel until none is due. */
	void drain(Outbox.Channel channel) {
		List<Due> due;
		do {
			due = claim(channel);
			if (!due.isEmpty()) {
				send(channel, due);
			}
		}
		while (due.size() == batch(channel) && !this.senders.isShutdown());
	}

	/** A batch of due messages, leased to this instance in one statement. */
	private List<Due> claim(Outbox.Channel channel) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				with due as (
				  select id from outbox_message
				  where channel = ? and sent_at is null and abandoned_at is null and next_attempt_at <= ?
				  order by next_attempt_at limit ? for update skip locked)
				update outbox_message m set next_attempt_at = ? from due where m.id = due.id
				returning m.id, m.channel, m.recipient, m.content, m.attempts, m.created_at
				""")
			.params(channel.name(), Timestamp.from(now), batch(channel), Timestamp.from(now.plus(LEASE)))
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("channel"),
					rs.getString("recipient"), rs.getBytes("content"), rs.getInt("attempts"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** Sends a claimed batch concurrently, then records what went out and what failed. */
	private void send(Outbox.Channel channel, List<Due> due) {
		java.util.Map<Due, Exception> failures = new java.util.concurrent.ConcurrentHashMap<>();
		List<java.util.concurrent.Callable<Void>> work = new java.util.ArrayList<>();
		int shares = Math.min(this.parallel, due.size());
		for (int share = 0; share < shares; share++) {
			List<Due> mine = new java.util.ArrayList<>();
			for (int i = share; i < due.size(); i += shares) {
				mine.add(due.get(i));
			}
			work.add(() -> {
				if (channel == Outbox.Channel.EMAIL) {
					sendMails(mine, failures);
				}
				else {
					for (Due message : mine) {
						try {
							sendOne(message);
						}
						catch (Exception ex) {
							failures.put(message, ex);
						}
					}
				}
				return null;
			});
		}
		try {
			this.senders.invokeAll(work);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		List<UUID> sent = due.stream().filter((message) -> !failures.containsKey(message)).map(Due::id).toList();
		if (!sent.isEmpty()) {
			this.jdbc
				.sql("update outbox_message set attempts = attempts + 1, sent_at = ?, content = null,"
						+ " last_error = null where id = any(?)")
				.params(Timestamp.from(this.clock.instant()), sent.toArray(UUID[]::new))
				.update();
			this.sentCount.get(channel).addAndGet(sent.size());
		}
		this.failedCount.get(channel).addAndGet(failures.size());
		failures.forEach(this::failed);
	}

	/** E-mails over one SMTP connection; a message the server refuses fails alone. */
	private void sendMails(List<Due> messages, java.util.Map<Due, Exception> failures) {
		java.util.Map<jakarta.mail.internet.MimeMessage, Due> built = new java.util.LinkedHashMap<>();
		for (Due message : messages) {
			try {
				built.put(mime(this.seal.open(message.content()), message.recipient()), message);
			}
			catch (Exception ex) {
				failures.put(message, ex);
			}
		}
		if (built.isEmpty()) {
			return;
		}
		try {
			this.mail.send(built.keySet().toArray(jakarta.mail.internet.MimeMessage[]::new));
		}
		catch (org.springframework.mail.MailSendException ex) {
			java.util.Map<Object, Exception> refused = ex.getFailedMessages();
			if (refused.isEmpty()) {
				built.values().forEach((message) -> failures.put(message, new Exception("MailSendException", ex)));
			}
			refused.forEach((mime, cause) -> {
				Due message = built.get(mime);
				if (message != null) {
					failures.put(message, new Exception(cause.getClass().getSimpleName(), cause));
				}
			});
		}
		catch (MailException ex) {
			built.values()
				.forEach((message) -> failures.put(message, new Exception(ex.getClass().getSimpleName(), ex)));
		}
	}

	private jakarta.mail.internet.MimeMessage mime(String content, String recipient)
			throws jakarta.mail.MessagingException {
		jakarta.mail.internet.MimeMessage mime = this.mail.createMimeMessage();
		if (content.startsWith(Outbox.WITH_ATTACHMENT)) {
			java.util.Map<?, ?> parts = JSON.readValue(content.substring(Outbox.WITH_ATTACHMENT.length()),
					java.util.Map.class);
			org.springframework.mail.javamail.MimeMessageHelper helper = new org.springframework.mail.javamail.MimeMessageHelper(
					mime, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(recipient);
			helper.setSubject((String) parts.get("subject"));
			helper.setText((String) parts.get("body"));
			helper.addAttachment((String) parts.get("filename"),
					new org.springframework.core.io.ByteArrayResource(
							((String) parts.get("content")).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					(String) parts.get("contentType"));
			return mime;
		}
		int split = content.indexOf("\n\n");
		org.springframework.mail.javamail.MimeMessageHelper helper = new org.springframework.mail.javamail.MimeMessageHelper(
				mime, false, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(recipient);
		helper.setSubject(content.substring(0, split));
		helper.setText(content.substring(split + 2));
		return mime;
	}

	private void sendOne(Due message) throws Exception {
		String content = this.seal.open(message.content());
		if (Outbox.Channel.SMS.name().equals(message.channel())) {
			this.sms.send(message.recipient(), content);
		}
		else {
			this.services.post()
				.uri(java.net.URI.create(message.recipient()))
				.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
				.body(content)
				.retrieve()
				.toBodilessEntity();
		}
	}

	/** Messages of a channel sent since the start. */
	public long sent(String channel) {
		return this.sentCount.get(Outbox.Channel.valueOf(channel)).get();
	}

	/** Failed attempts of a channel since the start (each retried later). */
	public long failed(String channel) {
		return this.failedCount.get(Outbox.Channel.valueOf(channel)).get();
	}

	/** Messages of a channel waiting to be sent (looked up at most every 5 s). */
	public long waiting(String channel) {
		return backlog().waiting().getOrDefault(channel, 0L);
	}

	/** How long the oldest waiting message of a channel has waited, in seconds. */
	public double oldestSeconds(String channel) {
		return backlog().oldestSeconds().getOrDefault(channel, 0.0);
	}

	/** The channels' names. */
	public static List<String> channels() {
		return java.util.Arrays.stream(Outbox.Channel.values()).map(Enum::name).toList();
	}

	private Backlog backlog() {
		Backlog current = this.backlog;
		long now = System.nanoTime();
		if (now - current.readAt() < Duration.ofSeconds(5).toNanos() && current.readAt() != 0) {
			return current;
		}
		java.util.Map<String, Long> waiting = new java.util.HashMap<>();
		java.util.Map<String, Double> oldest = new java.util.HashMap<>();
		this.jdbc.sql("""
				select channel, count(*) as waiting, extract(epoch from (? - min(created_at))) as oldest
				from outbox_message where sent_at is null and abandoned_at is null group by channel
				""").param(Timestamp.from(this.clock.instant())).query((rs) -> {
			waiting.put(rs.getString("channel"), rs.getLong("waiting"));
			oldest.put(rs.getString("channel"), rs.getDouble("oldest"));
		});
		current = new Backlog(java.util.Map.copyOf(waiting), java.util.Map.copyOf(oldest), now);
		this.backlog = current;
		return current;
	}

	/** Lets the sends in flight finish; what is left is due again after its lease. */
	@Override
	public void close() throws InterruptedException {
		this.senders.shutdown();
		this.senders.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
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
