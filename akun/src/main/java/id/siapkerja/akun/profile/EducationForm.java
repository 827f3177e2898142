package id.siapkerja.akun.profile;

import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.form.YearSince;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * "Pendidikan" (A-P-e): the last level reached; the school and the year unless the person
 * never went to school.
 */
record EducationForm(@NotNull(message = "{profile.education.level.required}") Profile.EducationLevel level,
		@Size(max = 150, message = "{profile.field.too-long}") String institution,
		@Size(max = 100, message = "{profile.field.too-long}") String major,
		@YearSince(value = 1950, message = "{profile.year.invalid}") Integer year,
		@Size(max = 10, message = "{profile.field.too-long}") String grade) implements CrossChecked {

	EducationForm {
		institution = Forms.line(institution);
		major = Forms.line(major);
		grade = Forms.line(grade);
	}

	static EducationForm of(Profile.Education education) {
		return education == null ? new EducationForm(null, "", "", null, "") : new EducationForm(education.level(),
				education.institution(), education.major(), education.year(), education.grade());
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.level == null || this.level == Profile.EducationLevel.TIDAK_BELUM_SEKOLAH) {
			return;
		}
		if (this.institution.isEmpty()) {
			errors.rejectValue("institution", "profile.field.required");
		}
		if (this.year == null && !errors.hasFieldErrors("year")) {
			errors.rejectValue("year", "profile.year.invalid");
		}
	}

	Profile.Education education() {
		return new Profile.Education(this.level, this.institution, this.major, this.year, this.grade);
	}

}
