package id.siapkerja.jobfair.vacancy.web;

import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.form.RegionCode;
import id.siapkerja.webkit.region.Region;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** "Buat lowongan", step 1: the position (J-C-j). */
record PositionForm(@NotBlank @Size(min = 3, max = 120, message = "{form.size}") String title,
		@NotBlank @Size(min = 20, max = 5000, message = "{form.size}") String description,
		@NotNull(message = "{form.choose.required}") Vacancy.EmploymentType employmentType,
		@NotNull(message = "{form.choose.required}") Vacancy.WorkArrangement workArrangement,
		@NotBlank(message = "{company.province.required}") @RegionCode(value = Region.Level.PROVINCE,
				message = "{company.province.required}") String province,
		@RegionCode(value = Region.Level.REGENCY, message = "{company.regency.invalid}") String regency,
		@NotNull(message = "{vacancy.number.required}") @Min(value = 1, message = "{vacancy.number.range}") @Max(
				value = 10000, message = "{vacancy.number.range}") Integer openings)
		implements
			CrossChecked {

	PositionForm {
		title = Forms.line(title);
		description = Forms.text(description);
		province = Forms.line(province);
		regency = Forms.line(regency);
	}

	/** A new vacancy: where the company is, one person. */
	static PositionForm at(Company company) {
		String region = company.regionCode();
		return new PositionForm("", "", null, null, region.substring(0, 2), region.length() > 2 ? region : "", 1);
	}

	static PositionForm of(Vacancy vacancy) {
		String region = vacancy.regionCode();
		return new PositionForm(vacancy.title(), vacancy.description(), vacancy.employmentType(),
				vacancy.workArrangement(), region.substring(0, 2), region.length() > 2 ? region : "",
				vacancy.openings());
	}

	@Override
	public void checkTogether(Errors errors) {
		if (!this.regency.isEmpty() && !this.regency.startsWith(this.province + ".")) {
			errors.rejectValue("regency", "company.regency.invalid");
		}
	}

	Vacancies.Position position() {
		return new Vacancies.Position(this.title, this.description, this.employmentType, this.workArrangement,
				this.regency.isEmpty() ? this.province : this.regency, this.openings);
	}

}
