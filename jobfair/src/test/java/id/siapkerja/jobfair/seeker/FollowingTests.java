package id.siapkerja.jobfair.seeker;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * J-S-d without Spring: a seeker sees a fair's companies and matching vacancies only when
 * checked in to that fair while it runs.
 */
class FollowingTests {

	static final Instant FOLLOWED = Instant.parse("2026-12-01T02:00:00Z");

	static final Instant CHECKED_IN = Instant.parse("2026-12-10T01:00:00Z");

	final FairId fairId = FairId.random();

	@Test
	void checkedInToTheRunningFairIsInside() {
		assertThat(new Followers.Following(this.fairId, FOLLOWED, CHECKED_IN).inside(fair(FairStatus.ONGOING)))
			.isTrue();
	}

	@Test
	void followingWithoutCheckingInIsNot() {
		assertThat(new Followers.Following(this.fairId, FOLLOWED, null).inside(fair(FairStatus.ONGOING))).isFalse();
	}

	@Test
	void beforeTheStartOrAfterTheEndIsNot() {
		Followers.Following following = new Followers.Following(this.fairId, FOLLOWED, CHECKED_IN);
		for (FairStatus status : FairStatus.values()) {
			assertThat(following.inside(fair(status))).as(status.name()).isEqualTo(status == FairStatus.ONGOING);
		}
	}

	@Test
	void aCheckInToAnotherFairDoesNotCount() {
		assertThat(new Followers.Following(FairId.random(), FOLLOWED, CHECKED_IN).inside(fair(FairStatus.ONGOING)))
			.isFalse();
	}

	private Fair fair(FairStatus status) {
		Instant starts = Instant.parse("2026-12-10T02:00:00Z");
		return new Fair(this.fairId, "jobfair-bogor", UUID.randomUUID(), "Jobfair Bogor", "Lowongan di Bogor",
				Fair.Type.OFFLINE, "Stadion Pakansari", "3201", ZoneId.of("Asia/Jakarta"), starts,
				starts.plusSeconds(7 * 3600), starts.minusSeconds(86400), "Budi", "+62811000000", "", status, null,
				Fair.Rules.NONE);
	}

}
