package id.siapkerja.jobfair.vacancy.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * "Buat lowongan", step 2: what is required (J-C-j) — only education, majors, skills and
 * experience, so a vacancy cannot ask for age, gender or looks.
 */
record RequirementsForm(@NotNull(message = "{form.choose.required}") Vacancy.Education minEducation,
		@Size(max = 1000) String majors, @Size(max = 1500) String skills,
		@NotNull(message = "{vacancy.number.required}") @Min(value = 0, message = "{vacancy.number.range}") @Max(
				value = 40, message = "{vacancy.number.range}") Integer minExperienceYears,
		Boolean disabilityFriendly) implements CrossChecked {

	static final int MAX_SKILLS = 20;

	static final int MAX_MAJORS = 10;

	RequirementsForm {
		majors = Forms.text(majors);
		skills = Forms.text(skills);
		disabilityFriendly = Boolean.TRUE.equals(disabilityFriendly);
	}

	static RequirementsForm of(Vacancy vacancy) {
		return new RequirementsForm(vacancy.minEducation(), String.join(", ", vacancy.majors()),
				String.join(", ", vacancy.skillNames()), vacancy.minExperienceYears(), vacancy.disabilityFriendly());
	}

	@Override
	public void checkTogether(Errors errors) {
		List<String> majors = majorList();
		if (majors.size() > MAX_MAJORS || majors.stream().anyMatch((major) -> major.length() > 100)) {
			errors.rejectValue("majors", "vacancy.majors.too-many");
		}
		List<String> skills = skillList();
		if (skills.size() > MAX_SKILLS || skills.stream().anyMatch((skill) -> skill.length() > 60)) {
			errors.rejectValue("skills", "vacancy.skills.too-many");
		}
	}

	List<String> majorList() {
		return items(this.majors);
	}

	List<String> skillList() {
		return items(this.skills);
	}

	/** Items separated by commas or lines, tidied, without repeats. */
	private static List<String> items(String text) {
		LinkedHashSet<String> items = new LinkedHashSet<>();
		for (String item : text.split("[,\\n;]")) {
			String tidy = Forms.line(item);
			if (!tidy.isEmpty()) {
				items.add(tidy);
			}
		}
		return new ArrayList<>(items);
	}

}
