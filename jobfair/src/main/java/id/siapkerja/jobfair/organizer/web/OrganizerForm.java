package id.siapkerja.jobfair.organizer.web;

import id.siapkerja.jobfair.organizer.Organizer;
import id.siapkerja.webkit.form.Forms;
import id.siapkerja.webkit.form.RegionCode;
import id.siapkerja.webkit.form.Telephone;
import id.siapkerja.webkit.region.Region;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** "Daftar sebagai Penyelenggara" as typed (J-O-b), with its checks. */
record OrganizerForm(@NotBlank @Size(max = 150) String name,
		@NotNull(message = "{organizer.type.required}") Organizer.Type type,
		@NotBlank(message = "{organizer.province.required}") @RegionCode(value = Region.Level.PROVINCE,
				message = "{organizer.province.required}") String province,
		@NotBlank @Size(max = 300) String address,
		@NotBlank @Telephone(message = "{organizer.phone.invalid}") String phone,
		@NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "{organizer.email.invalid}") String email,
		@Size(max = 200) @Pattern(regexp = WEBSITE, message = "{organizer.website.invalid}") String website,
		@Size(max = 2000) String description, @NotBlank @Size(max = 100) String personInCharge, MultipartFile logo) {

	/** An address with a domain that has a dot: what an office can be written to. */
	static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	static final String WEBSITE = "^$|https?://\\S+";

	OrganizerForm {
		name = Forms.line(name);
		province = Forms.line(province);
		address = Forms.line(address);
		phone = Forms.line(phone);
		email = Forms.line(email);
		website = Forms.line(website);
		description = Forms.text(description);
		personInCharge = Forms.line(personInCharge);
	}

	/** A new organizer, its e-mail and person in charge taken from the account. */
	static OrganizerForm of(String email, String person) {
		return new OrganizerForm("", null, "", "", "", email, "", "", person, null);
	}

	Organizer organizer() {
		return new Organizer(null, this.name, this.type, this.province, this.address, this.phone, this.email,
				this.website, this.description, this.personInCharge);
	}

}
