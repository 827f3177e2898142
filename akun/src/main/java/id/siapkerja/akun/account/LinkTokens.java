package id.siapkerja.akun.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links sent by e-mail: verifying an address, changing it, resetting a
 * password, lifting a login hold. The token has 256 random bits; only its SHA-256 is
 * stored.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LinkTokens {

	/** What a link is for. */
	public enum Purpose {

		EMAIL_VERIFICATION, EMAIL_CHANGE, PASSWORD_RESET, LOGIN_UNLOCK

	}

	/** A valid link: whose, and the address it was sent to. */
	public record Link(UUID account, String email) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** Creates a link token; earlier unused ones of the same purpose stop working. */
	@Transactional
	public String issue(UUID account, Purpose purpose, String email, Duration validFor) {
		Instant now = this.clock.instant();
		this.jdbc.sql("update link_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
			.params(Timestamp.from(now), account, purpose.name())
			.update();
		byte[] raw = new byte[32];
		this.random.nextBytes(raw);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		this.jdbc.sql("""
				insert into link_token (token_hash, account_id, purpose, email, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(hash(token), account, purpose.name(), email, Timestamp.from(now),
					Timestamp.from(now.plus(validFor)))
			.update();
		return token;
	}

	/** The link behind a token, while it is unused and not expired. */
	public Optional<Link> find(String token, Purpose purpose) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select account_id, email from link_token where token_hash = ? and purpose = ?"
					+ " and used_at is null and expires_at > ?")
			.params(hash(token), purpose.name(), Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new Link(rs.getObject("account_id", UUID.class), rs.getString("email")))
			.optional();
	}

	/** Uses a link once: the second use finds nothing. */
	@Transactional
	public Optional<Link> use(String token, Purpose purpose) {
		Optional<Link> link = find(token, purpose);
		link.ifPresent(
				(found) -> this.jdbc.sql("update link_token set used_at = ? where token_hash = ? and used_at is null")
					.params(Timestamp.from(this.clock.instant()), hash(token))
					.update());
		return link;
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
