package id.siapkerja.akun.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.siapkerja.akun.shared.DataProtection;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caps the questions put to Dukcapil, so that the registration pages cannot be used to
 * find out which NIKs exist or to guess a mother's maiden name: at most
 * {@value #PER_SESSION_PER_HOUR} per browser session per hour, at most
 * {@value #MISMATCHES_PER_NIK_PER_DAY} answers other than MATCH per NIK per day, and a
 * ceiling of {@value #PER_ADDRESS_PER_HOUR} per client address per hour — high, because a
 * mobile carrier puts many people behind one address (carrier-grade NAT).
 */
@Component
@RequiredArgsConstructor
class RegistryChecks {

	static final int PER_SESSION_PER_HOUR = 10;

	static final int PER_ADDRESS_PER_HOUR = 300;

	static final int MISMATCHES_PER_NIK_PER_DAY = 5;

	private final JdbcClient jdbc;

	private final DataProtection protection;

	private final Clock clock;

	/** When the next question may be asked, if a cap is reached now. */
	Optional<Instant> refusedUntil(String clientIp, String session, String nik) {
		Instant now = this.clock.instant();
		Optional<Instant> bySession = reached("session_index = ?", index("session:" + session),
				now.minus(Duration.ofHours(1)), PER_SESSION_PER_HOUR)
			.map((oldest) -> oldest.plus(Duration.ofHours(1)));
		if (bySession.isPresent()) {
			return bySession;
		}
		Optional<Instant> byAddress = reached("client_ip = ?", clientIp, now.minus(Duration.ofHours(1)),
				PER_ADDRESS_PER_HOUR)
			.map((oldest) -> oldest.plus(Duration.ofHours(1)));
		if (byAddress.isPresent()) {
			return byAddress;
		}
		return reached("nik_index = ? and not matched", index("nik:" + nik), now.minus(Duration.ofDays(1)),
				MISMATCHES_PER_NIK_PER_DAY)
			.map((oldest) -> oldest.plus(Duration.ofDays(1)));
	}

	@Transactional
	void record(String clientIp, String session, String nik, boolean matched) {
		this.jdbc.sql("""
				insert into registry_check (client_ip, session_index, nik_index, matched, occurred_at)
				values (?, ?, ?, ?, ?)
				""")
			.params(clientIp, index("session:" + session), index("nik:" + nik), matched,
					Timestamp.from(this.clock.instant()))
			.update();
	}

	@Scheduled(fixedDelayString = "PT1H")
	void forgetOldChecks() {
		this.jdbc.sql("delete from registry_check where occurred_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(Duration.ofDays(2))))
			.update();
	}

	private Optional<Instant> reached(String where, Object value, Instant since, int limit) {
		return this.jdbc
			.sql("select count(*), min(occurred_at) from registry_check where " + where + " and occurred_at > ?")
			.params(value, Timestamp.from(since))
			.query((rs, row) -> rs.getInt(1) >= limit ? Optional.of(rs.getTimestamp(2).toInstant())
					: Optional.<Instant>empty())
			.single();
	}

	private byte[] index(String value) {
		return this.protection.index(value);
	}

}
