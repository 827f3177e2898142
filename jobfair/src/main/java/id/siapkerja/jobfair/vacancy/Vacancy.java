package id.siapkerja.jobfair.vacancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.siapkerja.jobfair.company.CompanyId;

/**
 * An opening of a company. Its requirements are education, majors, skills, experience and
 * place only: never age, gender, religion, ethnicity or marital status.
 */
public record Vacancy(VacancyId id, CompanyId companyId, String title, String description,
		EmploymentType employmentType, WorkArrangement workArrangement, String regionCode, Education minEducation,
		List<String> majors, List<String> skills, List<String> skillNames, int minExperienceYears, int openings,
		Long salaryMin, Long salaryMax, boolean showSalary, LocalDate deadline, boolean disabilityFriendly,
		Status status) {

	public enum EmploymentType {

		PENUH_WAKTU, KONTRAK, MAGANG, PARUH_WAKTU;

		public String messageKey() {
			return "vacancy.employment." + name().toLowerCase(Locale.ROOT);
		}

	}

	public enum WorkArrangement {

		DI_KANTOR, HIBRIDA, JARAK_JAUH;

		public String messageKey() {
			return "vacancy.arrangement." + name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Education levels in akun's profile order; SMA and SMK are the same level for a
	 * minimum.
	 */
	public enum Education {

		TIDAK_BELUM_SEKOLAH(0), SD(1), SMP(2), SMA(3), SMK(3), D1(4), D2(5), D3(6), D4(7), S1(7), S2(8), S3(9);

		private final int rank;

		Education(int rank) {
			this.rank = rank;
		}

		public int rank() {
			return this.rank;
		}

		public String messageKey() {
			return "vacancy.education." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** DRAFT (being written) → OPEN → CLOSED, and CLOSED → OPEN again. */
	/**
	 * A vacancy's state and its moves, in one place: a draft or a closed vacancy is
	 * opened ("Buka lowongan"); an open one is closed ("Tutup").
	 */
	public enum Status {

		DRAFT, OPEN, CLOSED;

		/** What the company does to a vacancy. */
		public enum Action {

			OPEN, CLOSE

		}

		private static final Map<Status, Map<Action, Status>> MOVES = Map.of(DRAFT, Map.of(Action.OPEN, OPEN), OPEN,
				Map.of(Action.CLOSE, CLOSED), CLOSED, Map.of(Action.OPEN, OPEN));

		/** The state after the action; empty when it may not happen in this state. */
		public Optional<Status> after(Action action) {
			return Optional.ofNullable(MOVES.get(this).get(action));
		}

		public String messageKey() {
			return "vacancy.status." + name().toLowerCase(Locale.ROOT);
		}

	}

}
