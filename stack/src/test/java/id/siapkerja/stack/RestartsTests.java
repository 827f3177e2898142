package id.siapkerja.stack;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A crashed app starts again after a growing wait; a crash loop is left stopped. */
class RestartsTests {

	private final Instant start = Instant.parse("2026-12-06T08:00:00Z");

	@Test
	void waitsLongerAfterEachCrashThenGivesUpOnACrashLoop() {
		Restarts restarts = new Restarts();
		assertThat(restarts.crashed(this.start)).isEqualTo(Duration.ofSeconds(1));
		assertThat(restarts.crashed(this.start.plusSeconds(30))).isEqualTo(Duration.ofSeconds(2));
		assertThat(restarts.crashed(this.start.plusSeconds(60))).isEqualTo(Duration.ofSeconds(4));
		assertThat(restarts.crashed(this.start.plusSeconds(90))).isEqualTo(Duration.ofSeconds(8));
		assertThat(restarts.crashed(this.start.plusSeconds(120))).as("the fifth crash in ten minutes").isNull();
		assertThat(restarts.recent()).isEqualTo(Restarts.CRASH_LOOP);
	}

	@Test
	void anAppThatRanWellForAWhileStartsAgainAtOnce() {
		Restarts restarts = new Restarts();
		restarts.crashed(this.start);
		restarts.crashed(this.start.plusSeconds(10));
		restarts.crashed(this.start.plusSeconds(20));
		assertThat(restarts.crashed(this.start.plus(Restarts.WINDOW).plusSeconds(60))).isEqualTo(Duration.ofSeconds(1));
	}

}
