package id.siapkerja.jobfair.fair;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The fair's state machine, every state against every action. */
class FairStatusTests {

	private static final Map<FairStatus, Map<FairStatus.Action, FairStatus>> ALLOWED = new EnumMap<>(FairStatus.class);

	static {
		for (FairStatus status : FairStatus.values()) {
			ALLOWED.put(status, new EnumMap<>(FairStatus.Action.class));
		}
		allow(FairStatus.DRAFT, FairStatus.Action.SUBMIT, FairStatus.SUBMITTED);
		allow(FairStatus.SUBMITTED, FairStatus.Action.WITHDRAW, FairStatus.DRAFT);
		allow(FairStatus.SUBMITTED, FairStatus.Action.VERIFY, FairStatus.VERIFIED);
		allow(FairStatus.SUBMITTED, FairStatus.Action.REJECT, FairStatus.REJECTED);
		allow(FairStatus.REJECTED, FairStatus.Action.SUBMIT, FairStatus.SUBMITTED);
		allow(FairStatus.VERIFIED, FairStatus.Action.PUBLISH, FairStatus.PUBLISHED);
		allow(FairStatus.PUBLISHED, FairStatus.Action.START, FairStatus.ONGOING);
		allow(FairStatus.ONGOING, FairStatus.Action.FINISH, FairStatus.FINISHED);
		for (FairStatus status : new FairStatus[] { FairStatus.DRAFT, FairStatus.SUBMITTED, FairStatus.VERIFIED,
				FairStatus.REJECTED, FairStatus.PUBLISHED, FairStatus.ONGOING }) {
			allow(status, FairStatus.Action.CANCEL, FairStatus.CANCELLED);
		}
	}

	private static void allow(FairStatus from, FairStatus.Action action, FairStatus to) {
		ALLOWED.get(from).put(action, to);
	}

	@Test
	void everyStateAgainstEveryAction() {
		int allowed = 0;
		int refused = 0;
		for (FairStatus from : FairStatus.values()) {
			for (FairStatus.Action action : FairStatus.Action.values()) {
				FairStatus expected = ALLOWED.get(from).get(action);
				if (expected != null) {
					assertThat(from.after(action)).as("%s + %s", from, action).isEqualTo(expected);
					assertThat(from.allows(action)).isTrue();
					allowed++;
				}
				else {
					assertThatExceptionOfType(FairStatus.Refused.class).as("%s + %s", from, action)
						.isThrownBy(() -> from.after(action))
						.satisfies((refusal) -> {
							assertThat(refusal.from()).isEqualTo(from);
							assertThat(refusal.action()).isEqualTo(action);
						});
					assertThat(from.allows(action)).isFalse();
					refused++;
				}
			}
		}
		assertThat(allowed).isEqualTo(14);
		assertThat(refused).isEqualTo(8 * 8 - 14);
	}

	@Test
	void onlyDraftsAndRejectedFairsAreEditableAndOnlyPublishedOnesPublic() {
		for (FairStatus status : FairStatus.values()) {
			assertThat(status.editable()).as(status.name())
				.isEqualTo(status == FairStatus.DRAFT || status == FairStatus.REJECTED);
			assertThat(status.visibleToPublic()).as(status.name())
				.isEqualTo(status == FairStatus.PUBLISHED || status == FairStatus.ONGOING
						|| status == FairStatus.FINISHED);
		}
	}

	@Test
	void theClockMovesOnlyAPublishedOrOngoingFairEveryStateAtEveryMoment() {
		java.time.Instant start = java.time.Instant.parse("2026-12-10T01:00:00Z");
		java.time.Instant end = start.plus(java.time.Duration.ofHours(8));
		java.time.Instant before = start.minusSeconds(1);
		java.time.Instant during = start.plusSeconds(60);
		for (FairStatus status : FairStatus.values()) {
			assertThat(status.at(before, start, end)).as("%s before the start", status).isEqualTo(status);
			FairStatus started = (status == FairStatus.PUBLISHED) ? FairStatus.ONGOING : status;
			assertThat(status.at(start, start, end)).as("%s at the start", status).isEqualTo(started);
			assertThat(status.at(during, start, end)).as("%s during", status).isEqualTo(started);
			FairStatus ended = (status == FairStatus.PUBLISHED || status == FairStatus.ONGOING) ? FairStatus.FINISHED
					: status;
			assertThat(status.at(end, start, end)).as("%s at the end", status).isEqualTo(ended);
		}
	}

}
