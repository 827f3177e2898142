package id.siapkerja.akun.profile;

import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.form.YearSince;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "Pelatihan" (A-P-d): a training, where and when, and its certificate number if any. */
record TrainingForm(
		@NotBlank(message = "{profile.field.required}") @Size(max = 150,
				message = "{profile.field.too-long}") String name,
		@NotBlank(message = "{profile.field.required}") @Size(max = 150,
				message = "{profile.field.too-long}") String institution,
		@NotNull(message = "{profile.year.invalid}") @YearSince(value = 1950,
				message = "{profile.year.invalid}") Integer year,
		@Size(max = 50, message = "{profile.field.too-long}") String certificateNumber) {

	TrainingForm {
		name = Forms.line(name);
		institution = Forms.line(institution);
		certificateNumber = Forms.line(certificateNumber);
	}

	static TrainingForm empty() {
		return new TrainingForm("", "", null, "");
	}

	Profile.Training training() {
		return new Profile.Training(null, this.name, this.institution, this.year, this.certificateNumber);
	}

}
