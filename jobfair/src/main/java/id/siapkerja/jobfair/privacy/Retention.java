package id.siapkerja.jobfair.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.siapkerja.jobfair.application.Applications;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.messaging.Conversations;
import id.siapkerja.jobfair.notification.Notifications;
import id.siapkerja.webkit.outbox.Outbox;
import id.siapkerja.webkit.postgres.AdvisoryLocks;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long Jobfair keeps personal data it no longer needs (UU 27/2022): the applications
 * of a fair that ended long ago lose their name, contact, photo, note and profile (they
 * stay counted, anonymous, like those of a deleted account), its conversations go,
 * notifications and the addresses of e-mails and SMS already sent go after their periods.
 * Each hour, on one instance at a time (an advisory lock), in one transaction. The
 * periods are on the privacy page.
 */
@Component
@EnableConfigurationProperties(Retention.Periods.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/** The advisory lock's key: "jobfair retention". */
	static final long LOCK = 0x6A6F_6266_5245_544EL;

	/** The periods, from the end of the fair or from when the thing was made. */
	@ConfigurationProperties("siapkerja.jobfair.retention")
	public record Periods(Duration applications, Duration conversations, Duration notifications,
			Duration sentMessages) {

		public Periods {
			applications = applications == null ? Duration.ofDays(730) : applications;
			conversations = conversations == null ? Duration.ofDays(365) : conversations;
			notifications = notifications == null ? Duration.ofDays(180) : notifications;
			sentMessages = sentMessages == null ? Duration.ofDays(30) : sentMessages;
		}

	}

	private final JdbcClient jdbc;

	private final Fairs fairs;

	private final Applications applications;

	private final Conversations conversations;

	private final Notifications notifications;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Periods periods;

	private final Clock clock;

	public Periods periods() {
		return this.periods;
	}

	/**
	 * Purges what is past its period; how many of each (empty: another instance is at
	 * it).
	 */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${siapkerja.jobfair.retention.check:PT1H}")
	Map<String, Integer> purge() {
		Map<String, Integer> purged = new LinkedHashMap<>();
		this.transactions.executeWithoutResult((status) -> {
			if (!AdvisoryLocks.tryTake(this.jdbc, LOCK)) {
				return;
			}
			Instant now = this.clock.instant();
			purged.put("applications",
					this.applications.anonymizeOf(endedBefore(now.minus(this.periods.applications()))));
			purged.put("conversations",
					this.conversations.forgetOf(endedBefore(now.minus(this.periods.conversations()))));
			purged.put("notifications", this.notifications.forgetBefore(now.minus(this.periods.notifications())));
			purged.put("outbox_message", this.outbox.forgetDoneBefore(now.minus(this.periods.sentMessages())));
		});
		if (purged.values().stream().anyMatch((n) -> n > 0)) {
			log.info("Retention: {}", purged);
		}
		return purged;
	}

	private List<FairId> endedBefore(Instant before) {
		return this.fairs.endedBetween(Instant.EPOCH, before).stream().map(Fair::id).toList();
	}

}
