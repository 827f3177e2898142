package id.siapkerja.akun.profile;

import java.time.YearMonth;

import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** "Pengalaman kerja" (A-P-c): one job, from a month until a month or still. */
record ExperienceForm(
		@NotBlank(message = "{profile.field.required}") @Size(max = 100,
				message = "{profile.field.too-long}") String company,
		@NotBlank(message = "{profile.field.required}") @Size(max = 100,
				message = "{profile.field.too-long}") String position,
		@NotNull(message = "{profile.month.required}") @PastOrPresent(
				message = "{profile.month.future}") YearMonth start,
		@PastOrPresent(message = "{profile.month.future}") YearMonth end, Boolean current,
		@NotNull(message = "{profile.experience.type.required}") Profile.EmploymentType employmentType,
		@Size(max = 1000, message = "{profile.description.too-long}") String description) implements CrossChecked {

	ExperienceForm {
		company = Forms.line(company);
		position = Forms.line(position);
		current = Boolean.TRUE.equals(current);
		end = current ? null : end;
		description = Forms.text(description);
	}

	static ExperienceForm empty() {
		return new ExperienceForm("", "", null, null, false, null, "");
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.current || errors.hasFieldErrors("end")) {
			return;
		}
		if (this.end == null) {
			errors.rejectValue("end", "profile.experience.end.required");
		}
		else if (this.start != null && this.end.isBefore(this.start)) {
			errors.rejectValue("end", "profile.experience.end.before-start");
		}
	}

	Profile.Experience experience() {
		return new Profile.Experience(null, this.company, this.position, this.start, this.end, this.employmentType,
				this.description);
	}

}
