package id.siapkerja.jobfair.application;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an interview plan, without Spring. */
class InterviewPlanTests {

	static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

	@Test
	void aPlanMayNotLieInThePastBeyondTheTimeToFillTheForm() {
		assertThat(plan(NOW.minus(Duration.ofMinutes(4))).inThePast(NOW)).isFalse();
		assertThat(plan(NOW.minus(Duration.ofMinutes(6))).inThePast(NOW)).isTrue();
		assertThat(plan(NOW.plus(Duration.ofDays(3))).inThePast(NOW)).isFalse();
	}

	@Test
	void anOnlineInterviewNeedsASecureLinkAnOnsiteOneAPlace() {
		assertThat(Interviews.Plan.reachable(Interviews.Mode.ONLINE, "https://meet.contoh.id/budi")).isTrue();
		assertThat(Interviews.Plan.reachable(Interviews.Mode.ONLINE, "http://meet.contoh.id/budi")).isFalse();
		assertThat(Interviews.Plan.reachable(Interviews.Mode.ONLINE, "Kantor PT Uji")).isFalse();
		assertThat(Interviews.Plan.reachable(Interviews.Mode.ONSITE, "Kantor PT Uji, Cibinong")).isTrue();
	}

	private static Interviews.Plan plan(Instant startsAt) {
		return new Interviews.Plan(startsAt, Interviews.Mode.ONSITE, "Kantor PT Uji", "Rina 0812", "");
	}

}
