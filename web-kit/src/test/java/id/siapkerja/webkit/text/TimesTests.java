package id.siapkerja.webkit.text;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moment late in the evening in UTC is the next morning in Indonesia: every time shown
 * says its zone and its day there.
 */
class TimesTests {

	private final Times times = new Times();

	private final Instant evening = Instant.parse("2026-12-02T20:30:00Z");

	@Test
	void aPersonsTimeIsInWibByDefaultOnItsOwnDay() {
		assertThat(this.times.at(this.evening)).isEqualTo("03-12-2026 03:30 WIB");
		assertThat(this.times.day(this.evening, null)).isEqualTo("03-12-2026");
	}

	@Test
	void aFairsTimeIsInTheFairsZone() {
		assertThat(this.times.at(this.evening, ZoneId.of("Asia/Makassar"))).isEqualTo("03-12-2026 04:30 WITA");
		assertThat(this.times.at(this.evening, ZoneId.of("Asia/Jayapura"))).isEqualTo("03-12-2026 05:30 WIT");
		assertThat(this.times.at(this.evening.atZone(ZoneId.of("Asia/Jakarta")))).isEqualTo("03-12-2026 03:30 WIB");
	}

	@Test
	void nothingToShowIsEmpty() {
		assertThat(this.times.at((Instant) null)).isEmpty();
	}

}
