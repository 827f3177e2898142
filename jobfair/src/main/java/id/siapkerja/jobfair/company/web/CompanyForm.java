package id.siapkerja.jobfair.company.web;

import java.util.Arrays;
import java.util.Locale;

import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyRegistry;
import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.form.RegionCode;
import id.siapkerja.webkit.form.Telephone;
import id.siapkerja.webkit.region.Region;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The company profile as typed (J-C-a … c), and its checks: the regency, when chosen,
 * lies in the province.
 */
record CompanyForm(String wlkpCode, @NotBlank @Size(min = 3, max = 150, message = "{form.size}") String name,
		@NotNull(message = "{form.choose.required}") Company.LegalForm legalForm,
		@NotBlank @Size(min = 2, max = 100, message = "{form.size}") String sector,
		@NotNull(message = "{form.choose.required}") Company.Size size,
		@NotBlank(message = "{company.province.required}") @RegionCode(value = Region.Level.PROVINCE,
				message = "{company.province.required}") String province,
		@RegionCode(value = Region.Level.REGENCY, message = "{company.regency.invalid}") String regency,
		@NotBlank @Size(min = 5, max = 300, message = "{form.size}") String address,
		@NotBlank @Telephone(message = "{organizer.phone.invalid}") String phone,
		@NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{organizer.email.invalid}") String email,
		@Size(max = 200) @Pattern(regexp = "^$|https?://\\S+", message = "{organizer.website.invalid}") String website,
		@Size(max = 3000) String description, MultipartFile logo) implements CrossChecked {

	CompanyForm {
		wlkpCode = Forms.line(wlkpCode).toUpperCase(Locale.ROOT);
		name = Forms.line(name);
		sector = Forms.line(sector);
		province = Forms.line(province);
		regency = Forms.line(regency);
		address = Forms.line(address);
		phone = Forms.line(phone);
		email = Forms.line(email);
		website = Forms.line(website);
		description = Forms.text(description);
	}

	/** A new company, written to at the account's address. */
	static CompanyForm of(String email) {
		return new CompanyForm("", "", null, "", null, "", "", "", "", email, "", "", null);
	}

	static CompanyForm of(Company company) {
		String region = company.regionCode();
		return new CompanyForm(company.wlkpCode(), company.name(), company.legalForm(), company.sector(),
				company.size(), region.length() >= 2 ? region.substring(0, 2) : "", region.length() > 2 ? region : "",
				company.address(), company.phone(), company.email(), company.website(), company.description(), null);
	}

	/** The official fields from WLKP's answer; phone and e-mail as typed, else WLKP's. */
	CompanyForm with(CompanyRegistry.Found found) {
		String region = found.regionCode();
		return new CompanyForm(found.code(), found.name(), constant(Company.LegalForm.values(), found.legalForm()),
				found.sector(), constant(Company.Size.values(), found.size()),
				region.length() >= 2 ? region.substring(0, 2) : "", region, found.address(),
				this.phone.isBlank() ? found.phone() : this.phone, this.email.isBlank() ? found.email() : this.email,
				this.website, this.description, this.logo);
	}

	/**
	 * The same form under the company's own WLKP code, which the profile page cannot
	 * change.
	 */
	CompanyForm withCode(String code) {
		return new CompanyForm(code, this.name, this.legalForm, this.sector, this.size, this.province, this.regency,
				this.address, this.phone, this.email, this.website, this.description, this.logo);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (!this.regency.isEmpty() && !this.regency.startsWith(this.province + ".")) {
			errors.rejectValue("regency", "company.regency.invalid");
		}
	}

	Company company() {
		return new Company(null, this.wlkpCode.isEmpty() ? null : this.wlkpCode, this.name, this.legalForm, this.sector,
				this.size, this.regency.isEmpty() ? this.province : this.regency, this.address, this.phone, this.email,
				this.website, this.description);
	}

	private static <E extends Enum<E>> E constant(E[] constants, String name) {
		return Arrays.stream(constants).filter((constant) -> constant.name().equals(name)).findFirst().orElse(null);
	}

}
