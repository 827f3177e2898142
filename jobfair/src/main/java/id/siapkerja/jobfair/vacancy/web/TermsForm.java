package id.siapkerja.jobfair.vacancy.web;

import java.time.LocalDate;

import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.form.Upcoming;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * "Buat lowongan", step 3: pay and deadline (J-C-j). Pay is written as people write it
 * ("Rp 5.000.000"); the upper bound is not below the lower, and a pay shown is given.
 */
record TermsForm(@Pattern(regexp = MONEY, message = "{vacancy.salary.invalid}") String salaryMin,
		@Pattern(regexp = MONEY, message = "{vacancy.salary.invalid}") String salaryMax, Boolean showSalary,
		@NotNull(message = "{vacancy.deadline.required}") @Upcoming(
				message = "{vacancy.deadline.range}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
		String action) implements CrossChecked {

	/** Rupiah as typed: optional "Rp", then digits with dots or spaces between. */
	static final String MONEY = "^$|^(?:Rp\\.?\\s*)?[0-9][0-9. ]{0,20}$";

	TermsForm {
		salaryMin = Forms.line(salaryMin);
		salaryMax = Forms.line(salaryMax);
		showSalary = Boolean.TRUE.equals(showSalary);
	}

	static TermsForm of(Vacancy vacancy) {
		return new TermsForm(vacancy.salaryMin() == null ? "" : String.valueOf(vacancy.salaryMin()),
				vacancy.salaryMax() == null ? "" : String.valueOf(vacancy.salaryMax()), vacancy.showSalary(),
				vacancy.deadline(), null);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (errors.hasFieldErrors("salaryMin") || errors.hasFieldErrors("salaryMax")) {
			return;
		}
		for (String field : new String[] { "salaryMin", "salaryMax" }) {
			String typed = "salaryMin".equals(field) ? this.salaryMin : this.salaryMax;
			if (typed.replaceAll("[^0-9]", "").length() > 12) {
				errors.rejectValue(field, "vacancy.salary.invalid");
			}
		}
		if (errors.hasFieldErrors("salaryMin") || errors.hasFieldErrors("salaryMax")) {
			return;
		}
		terms().problem().ifPresent((problem) -> {
			switch (problem) {
				case SALARY_ORDER -> errors.rejectValue("salaryMax", "vacancy.salary.order");
				case SALARY_MISSING -> errors.rejectValue("salaryMin", "vacancy.salary.missing");
			}
		});
	}

	/** "Buka lowongan" rather than keeping it a draft. */
	boolean opens() {
		return "buka".equals(this.action);
	}

	Vacancies.Terms terms() {
		return new Vacancies.Terms(rupiah(this.salaryMin), rupiah(this.salaryMax), this.showSalary, this.deadline);
	}

	private static Long rupiah(String typed) {
		String digits = typed.replace("Rp", "").replaceAll("[^0-9]", "");
		return digits.isEmpty() ? null : Long.parseLong(digits);
	}

}
