package id.siapkerja.jobfair.shared;

import java.time.Duration;

import id.siapkerja.webkit.postgres.AdvisoryLocks;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs again, every minute, the listeners of events between modules that failed (an
 * exception, or a run that never finished: Spring Modulith marks those failed after the
 * staleness configured in application.properties), so what a listener owes is done once
 * the cause is gone. One instance at a time does it (a PostgreSQL advisory lock), so two
 * instances never run the same listener twice.
 */
@Component
@RequiredArgsConstructor
class FailedEvents {

	private static final Logger log = LoggerFactory.getLogger(FailedEvents.class);

	/** The advisory lock's key: "SIAPkerja events". */
	private static final long LOCK = 0x5349_4150_4556_5453L;

	private final FailedEventPublications failed;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	@Scheduled(fixedDelayString = "${siapkerja.jobfair.events.retry:PT1M}",
			initialDelayString = "${siapkerja.jobfair.events.retry:PT1M}")
	void runAgain() {
		this.transactions.executeWithoutResult((status) -> {
			if (AdvisoryLocks.tryTake(this.jdbc, LOCK)) {
				int waiting = this.jdbc.sql("select count(*) from event_publication where status = 'FAILED'")
					.query(Integer.class)
					.single();
				if (waiting > 0) {
					log.info("Running {} failed event listener(s) again", waiting);
					this.failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(1)));
				}
			}
		});
	}

}
