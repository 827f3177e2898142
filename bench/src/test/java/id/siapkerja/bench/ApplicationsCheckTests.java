package id.siapkerja.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fair opening's integrity check fails when one acknowledged application is lost or
 * one is stored twice, and holds when the database has exactly what seekers were told.
 */
class ApplicationsCheckTests {

	private final List<ApplicationsCheck.Acknowledged> told = List.of(application("a"), application("b"),
			application("c"));

	@Test
	void holdsWhenEveryAcknowledgedApplicationIsStoredOnce() {
		ApplicationsCheck.Result result = ApplicationsCheck.check(this.told, this.told);
		assertThat(result.holds()).isTrue();
		assertThat(result.acknowledged()).isEqualTo(3);
		assertThat(result.stored()).isEqualTo(3);
	}

	@Test
	void oneLostApplicationFailsTheCheck() {
		List<ApplicationsCheck.Acknowledged> stored = new ArrayList<>(this.told);
		ApplicationsCheck.Acknowledged gone = stored.remove(1);
		ApplicationsCheck.Result result = ApplicationsCheck.check(this.told, stored);
		assertThat(result.holds()).isFalse();
		assertThat(result.lost()).containsExactly(gone);
		assertThat(result.duplicated()).isEmpty();
	}

	@Test
	void oneDuplicatedApplicationFailsTheCheck() {
		List<ApplicationsCheck.Acknowledged> stored = new ArrayList<>(this.told);
		stored.add(this.told.get(2));
		ApplicationsCheck.Result result = ApplicationsCheck.check(this.told, stored);
		assertThat(result.holds()).isFalse();
		assertThat(result.duplicated()).containsExactly(this.told.get(2));
		assertThat(result.lost()).isEmpty();
	}

	@Test
	void anApplicationStoredAfterTheSeekerGaveUpIsCountedNotLost() {
		List<ApplicationsCheck.Acknowledged> stored = new ArrayList<>(this.told);
		stored.add(application("d"));
		ApplicationsCheck.Result result = ApplicationsCheck.check(this.told, stored);
		assertThat(result.holds()).isTrue();
		assertThat(result.storedUnacknowledged()).isEqualTo(1);
	}

	private static ApplicationsCheck.Acknowledged application(String seeker) {
		return new ApplicationsCheck.Acknowledged("seeker-" + seeker, UUID.nameUUIDFromBytes(seeker.getBytes()));
	}

}
