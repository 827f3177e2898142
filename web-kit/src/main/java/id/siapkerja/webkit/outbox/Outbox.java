package id.siapkerja.webkit.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an app puts every SMS, e-mail and notification to another service: in the
 * caller's transaction, so a message exists exactly when the change that decided it is
 * committed. The {@link OutboxDispatcher} sends it and retries after failures; the
 * content is sealed by the app's {@link OutboxSeal} while it waits and erased once sent.
 */
@RequiredArgsConstructor
public class Outbox {

	/** Where a message stands. */
	public record Delivery(int attempts, boolean sent, boolean abandoned) {

		/** Sending has failed at least this often and it is still not out. */
		public boolean failedAtLeast(int times) {
			return !this.sent && this.attempts >= times;
		}

	}

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private final OutboxSeal seal;

	private final Clock clock;

	/**
	 * Forgets every e-mail and SMS to these addresses or numbers, sent or waiting (a
	 * person deleted their account: nothing more goes to them, and nothing here names
	 * them).
	 * @return how many messages were forgotten
	 */
	@Transactional
	public int forgetRecipients(String... recipients) {
		String[] known = Arrays.stream(recipients)
			.filter((recipient) -> recipient != null && !recipient.isBlank())
			.map((recipient) -> recipient.strip().toLowerCase(Locale.ROOT))
			.toArray(String[]::new);
		if (known.length == 0) {
			return 0;
		}
		return this.jdbc
			.sql("delete from outbox_message where channel in ('SMS', 'EMAIL') and lower(recipient) = any(?)")
			.param(known)
			.update();
	}

	/**
	 * Forgets messages sent or given up before the time (their content is already gone;
	 * this drops who they went to).
	 * @return how many were forgotten
	 */
	@Transactional
	public int forgetDoneBefore(Instant before) {
		return this.jdbc.sql("""
				delete from outbox_message where coalesce(sent_at, abandoned_at) < ?
				""").param(Timestamp.from(before)).update();
	}

	/** Queues an SMS to an E.164 number. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID sms(String to, String text) {
		return put(Channel.SMS, to, text);
	}

	/** Queues a plain-text e-mail. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID email(String to, String subject, String body) {
		return put(Channel.EMAIL, to, subject + "\n\n" + body);
	}

	/** A file sent with an e-mail, e.g. an iCalendar invitation. */
	public record Attachment(String filename, String contentType, String content) {
	}

	/** Queues a plain-text e-mail with one text attachment. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID email(String to, String subject, String body, Attachment attachment) {
		return put(Channel.EMAIL, to,
				WITH_ATTACHMENT + JSON.writeValueAsString(
						java.util.Map.of("subject", subject, "body", body, "filename", attachment.filename(),
								"contentType", attachment.contentType(), "content", attachment.content())));
	}

	/**
	 * How an e-mail with an attachment is kept (the plain ones are "subject, blank line,
	 * body").
	 */
	static final String WITH_ATTACHMENT = "siapkerja-mail-with-attachment\n";

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	/**
	 * Queues a form POST to a service (e.g. an OIDC back-channel logout token), retried
	 * like any message until the service answers 2xx.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID httpPost(String uri, String formBody) {
		return put(Channel.HTTP, uri, formBody);
	}

	public Delivery delivery(UUID id) {
		return this.jdbc
			.sql("select attempts, sent_at is not null as sent, abandoned_at is not null as abandoned"
					+ " from outbox_message where id = ?")
			.param(id)
			.query((rs, row) -> new Delivery(rs.getInt("attempts"), rs.getBoolean("sent"), rs.getBoolean("abandoned")))
			.optional()
			.orElse(new Delivery(0, false, true));
	}

	/** An SMS or a plain-text e-mail, for {@link #putAll}. */
	public record Message(boolean sms, String to, String subject, String text) {

		public static Message sms(String to, String text) {
			return new Message(true, to, null, text);
		}

		public static Message email(String to, String subject, String body) {
			return new Message(false, to, subject, body);
		}

	}

	/**
	 * Queues many messages in one round trip per thousand (a reminder to every follower).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void putAll(java.util.List<Message> messages) {
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		java.util.List<Object[]> rows = new java.util.ArrayList<>(messages.size());
		for (Message message : messages) {
			String content = message.sms() ? message.text() : message.subject() + "\n\n" + message.text();
			rows.add(new Object[] { UUID.randomUUID(), (message.sms() ? Channel.SMS : Channel.EMAIL).name(),
					message.to(), this.seal.seal(content), now, now });
		}
		for (int from = 0; from < rows.size(); from += 1000) {
			this.jdbcTemplate
				.batchUpdate("insert into outbox_message (id, channel, recipient, content, created_at, next_attempt_at)"
						+ " values (?, ?, ?, ?, ?, ?)", rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

	private UUID put(Channel channel, String to, String content) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into outbox_message (id, channel, recipient, content, created_at, next_attempt_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(id, channel.name(), to, this.seal.seal(content), java.sql.Timestamp.from(now),
					java.sql.Timestamp.from(now))
			.update();
		return id;
	}

	enum Channel {

		SMS, EMAIL, HTTP

	}

}
