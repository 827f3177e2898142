package id.siapkerja.jobfair.participation;

import java.time.Instant;
import java.util.Optional;

import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.participation.Participations.Refusal;

/**
 * What a company may offer in a fair (J-C-h … k), in one place: a first request only
 * while the fair is published and its registration open; more vacancies afterwards while
 * the fair is published or running, unless the request was rejected; never nothing.
 */
final class Offering {

	private Offering() {
	}

	/**
	 * Why the company may not offer these vacancies now; empty when it may.
	 * @param participation the company's request in this fair, if it made one
	 * @param vacancies how many open vacancies it offers
	 */
	static Optional<Refusal> refusal(Optional<Participation.Status> participation, FairStatus fair, Instant now,
			Instant registrationDeadline, int vacancies) {
		if (participation.isEmpty()) {
			if (fair != FairStatus.PUBLISHED || !now.isBefore(registrationDeadline)) {
				return Optional.of(Refusal.NOT_OPEN);
			}
			return vacancies == 0 ? Optional.of(Refusal.NO_VACANCY) : Optional.empty();
		}
		if (participation.get() == Participation.Status.REJECTED) {
			return Optional.of(Refusal.REJECTED);
		}
		if (fair != FairStatus.PUBLISHED && fair != FairStatus.ONGOING) {
			return Optional.of(Refusal.FAIR_OVER);
		}
		return vacancies == 0 ? Optional.of(Refusal.NO_VACANCY) : Optional.empty();
	}

}
