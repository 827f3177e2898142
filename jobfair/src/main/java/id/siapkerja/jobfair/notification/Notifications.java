package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications in the page: written in the transaction of the change they tell
 * about, each linking to its object; the bell shows the unread ones.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notifications {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	/**
	 * A notification as the page shows it: a message key with its arguments and a link.
	 */
	public record Notification(UUID id, String messageKey, List<Object> arguments, String link, Instant createdAt,
			boolean read) {

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

	/** One notification of {@link #tellAll}. */
	record Told(String sub, String messageKey, List<?> arguments, String link) {
	}

	/** Many notifications in one round trip per thousand. */
	@Transactional
	void tellAll(List<Told> told) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = told.stream()
			.map((t) -> new Object[] { UUID.randomUUID(), t.sub(), t.messageKey(),
					JSON.writeValueAsString(t.arguments()), t.link(), now })
			.toList();
		for (int from = 0; from < rows.size(); from += 1000) {
			this.batches.batchUpdate("""
					insert into notification (id, sub, message_key, arguments, link, created_at)
					values (?, ?, ?, cast(? as jsonb), ?, ?)
					""", rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

	@Transactional
	public void tell(String sub, String messageKey, List<?> arguments, String link) {
		this.jdbc.sql("""
				insert into notification (id, sub, message_key, arguments, link, created_at)
				values (?, ?, ?, cast(? as jsonb), ?, ?)
				""")
			.params(UUID.randomUUID(), sub, messageKey, JSON.writeValueAsString(arguments), link,
					Timestamp.from(this.clock.instant()))
			.update();
	}

	public int unread(String sub) {
		return this.jdbc.sql("select count(*) from notification where sub = ? and read_at is null")
			.param(sub)
			.query(Integer.class)
			.single();
	}

	@SuppressWarnings("unchecked")
	public List<Notification> of(String sub) {
		return this.jdbc.sql("select * from notification where sub = ? order by created_at desc limit 100")
			.param(sub)
			.query((rs, row) -> new Notification(rs.getObject("id", UUID.class), rs.getString("message_key"),
					JSON.readValue(rs.getString("arguments"), List.class), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
			.list();
	}

	/** All the person's notifications, oldest first: for their archive (UU 27/2022). */
	@SuppressWarnings("unchecked")
	public List<Notification> allOf(String sub) {
		return this.jdbc.sql("select * from notification where sub = ? order by created_at, id")
			.param(sub)
			.query((rs, row) -> new Notification(rs.getObject("id", UUID.class), rs.getString("message_key"),
					JSON.readValue(rs.getString("arguments"), List.class), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
			.list();
	}

	@Transactional
	public void markAllRead(String sub) {
		this.jdbc.sql("update notification set read_at = ? where sub = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), sub)
			.update();
	}

	/** Retention: notifications made before the time go; how many. */
	@Transactional
	public int forgetBefore(Instant before) {
		return this.jdbc.sql("delete from notification where created_at < ?").param(Timestamp.from(before)).update();
	}

}
