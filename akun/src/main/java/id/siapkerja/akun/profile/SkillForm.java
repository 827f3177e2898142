package id.siapkerja.akun.profile;

import id.siapkerja.webkit.catalog.Catalogs;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** "Keahlian" (A-P-g): a skill, named as the catalog names it, and how well. */
record SkillForm(
		@NotBlank(message = "{profile.field.required}") @Size(max = 80,
				message = "{profile.field.too-long}") String skill,
		@NotNull(message = "{profile.skill.level.required}") Profile.SkillLevel level) implements CrossChecked {

	SkillForm {
		skill = Forms.line(skill);
	}

	static SkillForm empty() {
		return new SkillForm("", null);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (!this.skill.isEmpty() && Catalogs.normalize(this.skill).isEmpty()) {
			errors.rejectValue("skill", "profile.field.required");
		}
	}

}
