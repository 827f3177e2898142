package id.siapkerja.akun.registration;

import java.time.Clock;
import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.siapkerja.akun.account.Accounts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Registrations not activated within {@value #HOURS} hours are deleted, which frees their
 * NIK, e-mail and phone. One {@code DELETE} does it, so running on two instances at once
 * is harmless.
 */
@Component
@RequiredArgsConstructor
class ExpiredRegistrations {

	static final int HOURS = 24;

	private static final Logger log = LoggerFactory.getLogger(ExpiredRegistrations.class);

	private final Accounts accounts;

	private final Clock clock;

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "${siapkerja.akun.registration.expiry-check:PT5M}")
	int deleteExpired() {
		int deleted = this.accounts.deletePendingRegisteredBefore(this.clock.instant().minus(Duration.ofHours(HOURS)));
		if (deleted > 0) {
			log.info("Deleted {} registrations not activated within {} hours", deleted, HOURS);
		}
		return deleted;
	}

}
