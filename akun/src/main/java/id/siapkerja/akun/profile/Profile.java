package id.siapkerja.akun.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person's profile as the dashboard, the steps and the API show it. */
public record Profile(UUID account, boolean hasPhoto, Instant photoUpdatedAt, String description,
		String domicileVillage, String domicileStreet, String domicilePostalCode, boolean seekingTraining,
		List<String> desiredJobs, Education education, Set<ProfileStep> doneSteps, Instant completedAt,
		List<Experience> experiences, List<Training> trainings, List<Certification> certifications,
		List<Skill> skills) {

	/** Education levels, ordered (for matching). */
	public enum EducationLevel {

		TIDAK_BELUM_SEKOLAH, SD, SMP, SMA, SMK, D1, D2, D3, D4, S1, S2, S3

	}

	public enum EmploymentType {

		PENUH_WAKTU, PARUH_WAKTU, KONTRAK, MAGANG, LEPAS

	}

	public enum SkillLevel {

		DASAR, MENENGAH, MAHIR

	}

	public record Education(EducationLevel level, String institution, String major, Integer year, String grade) {
	}

	/** A job; {@code end} is null while the person still works there. */
	public record Experience(UUID id, String company, String position, YearMonth start, YearMonth end,
			EmploymentType employmentType, String description) {

		public boolean current() {
			return this.end == null;
		}

	}

	public record Training(UUID id, String name, String institution, int year, String certificateNumber) {
	}

	public record Certification(UUID id, String name, String issuer, String number, LocalDate issuedOn,
			LocalDate expiresOn) {
	}

	public record Skill(String normalized, String name, SkillLevel level) {
	}

	/** The first step not yet saved or skipped; empty when all are. */
	public Optional<ProfileStep> nextStep() {
		for (ProfileStep step : ProfileStep.values()) {
			if (!this.doneSteps.contains(step)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	/** Completeness in percent: each of the seven steps with content counts. */
	public int completeness() {
		int filled = 0;
		filled += this.hasPhoto ? 1 : 0;
		filled += this.description != null ? 1 : 0;
		filled += this.experiences.isEmpty() ? 0 : 1;
		filled += this.trainings.isEmpty() ? 0 : 1;
		filled += this.education != null ? 1 : 0;
		filled += this.certifications.isEmpty() ? 0 : 1;
		filled += this.skills.isEmpty() ? 0 : 1;
		return filled * 100 / 7;
	}

	public boolean complete() {
		return this.completedAt != null;
	}

}
