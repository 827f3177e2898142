package id.siapkerja.jobfair.statistics;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

/** The vacancies of a fair by how many applications each had. */
@RequiredArgsConstructor
public enum PerVacancy {

	NONE(0), FEW(1), SOME(5), MANY(20), CROWDED(100);

	private final int from;

	/** The band of a vacancy with this many applications. */
	public static PerVacancy of(int applications) {
		PerVacancy band = NONE;
		for (PerVacancy candidate : values()) {
			if (applications >= candidate.from) {
				band = candidate;
			}
		}
		return band;
	}

	public String messageKey() {
		return "outcome.per-vacancy." + name().toLowerCase(Locale.ROOT);
	}

}
