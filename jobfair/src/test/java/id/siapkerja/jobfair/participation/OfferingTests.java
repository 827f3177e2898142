package id.siapkerja.jobfair.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.participation.Participations.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a company may offer in a fair, without Spring. */
class OfferingTests {

	static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

	static final Instant DEADLINE = NOW.plus(Duration.ofDays(2));

	@Test
	void aFirstRequestOnlyWhileTheFairIsPublishedAndRegistrationOpen() {
		assertThat(first(FairStatus.PUBLISHED, NOW, 2)).isEmpty();
		assertThat(first(FairStatus.PUBLISHED, DEADLINE, 2)).contains(Refusal.NOT_OPEN);
		assertThat(first(FairStatus.ONGOING, NOW, 2)).as("too late to join a running fair").contains(Refusal.NOT_OPEN);
		assertThat(first(FairStatus.VERIFIED, NOW, 2)).contains(Refusal.NOT_OPEN);
		assertThat(first(FairStatus.PUBLISHED, NOW, 0)).contains(Refusal.NO_VACANCY);
	}

	@Test
	void moreVacanciesWhileTheFairIsPublishedOrRunningUnlessRejected() {
		for (Participation.Status status : new Participation.Status[] { Participation.Status.REQUESTED,
				Participation.Status.ACCEPTED }) {
			assertThat(more(status, FairStatus.PUBLISHED, 1)).isEmpty();
			assertThat(more(status, FairStatus.ONGOING, 1)).as("after the deadline, while it runs").isEmpty();
			assertThat(more(status, FairStatus.FINISHED, 1)).contains(Refusal.FAIR_OVER);
			assertThat(more(status, FairStatus.CANCELLED, 1)).contains(Refusal.FAIR_OVER);
			assertThat(more(status, FairStatus.ONGOING, 0)).contains(Refusal.NO_VACANCY);
		}
		assertThat(more(Participation.Status.REJECTED, FairStatus.PUBLISHED, 1)).contains(Refusal.REJECTED);
	}

	private static Optional<Refusal> first(FairStatus fair, Instant now, int vacancies) {
		return Offering.refusal(Optional.empty(), fair, now, DEADLINE, vacancies);
	}

	private static Optional<Refusal> more(Participation.Status status, FairStatus fair, int vacancies) {
		return Offering.refusal(Optional.of(status), fair, NOW.plus(Duration.ofDays(5)), DEADLINE, vacancies);
	}

}
