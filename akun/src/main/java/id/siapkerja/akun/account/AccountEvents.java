package id.siapkerja.akun.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account events services read from akun's feed, written in the transaction of the
 * change (a transactional outbox) and served in commit-safe order: a position is the pair
 * (transaction id, event id), and only events whose transaction and every older one have
 * ended are served, so a cursor never skips an event that commits later.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountEvents {

	/** The kinds of event. */
	public enum Type {

		AccountActivated, ProfileChanged, AccountDeleted

	}

	/**
	 * One event as the feed serves it; {@code position} is the cursor after it,
	 * {@code data} the account's claims after the change (name, e-mail, phone, locale).
	 */
	public record Event(String position, Type type, UUID account, Instant occurredAt, Map<String, Object> data) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Accounts accounts;

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Type type, UUID account) {
		Map<String, Object> data = new LinkedHashMap<>();
		// a deleted account's event names nobody: its id is all services need to erase
		this.accounts.byId(account).filter((found) -> type != Type.AccountDeleted).ifPresent((found) -> {
			data.put("name", found.fullName());
			data.put("email", found.email());
			data.put("email_verified", found.emailVerified());
			data.put("phone_number", found.phone());
			data.put("locale", found.locale());
			data.put("consents",
					this.jdbc.sql("select purpose from account_consent where account_id = ? and given order by purpose")
						.param(account)
						.query(String.class)
						.list());
		});
		this.jdbc.sql("insert into account_event (type, account_id, occurred_at, payload) values (?, ?, ?, ?)")
			.params(type.name(), account, Timestamp.from(this.clock.instant()), JSON.writeValueAsString(data))
			.update();
	}

	/**
	 * The events after a position (empty or null for the beginning), oldest first, at
	 * most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Event> after(String position, int limit) {
		long tx = 0;
		long id = 0;
		if (position != null && position.matches("\\d+-\\d+")) {
			tx = Long.parseLong(position.substring(0, position.indexOf('-')));
			id = Long.parseLong(position.substring(position.indexOf('-') + 1));
		}
		return this.jdbc.sql("""
				select tx::text as tx, id, type, account_id, occurred_at, payload from account_event
				where (tx, id) > (?::text::xid8, ?) and tx < pg_snapshot_xmin(pg_current_snapshot())
				order by tx, id limit ?
				""")
			.params(Long.toString(tx), id, limit)
			.query((rs, row) -> new Event(rs.getString("tx") + "-" + rs.getLong("id"),
					Type.valueOf(rs.getString("type")), rs.getObject("account_id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), payload(rs.getString("payload"))))
			.list();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> payload(String json) {
		return JSON.readValue(json, Map.class);
	}

}
