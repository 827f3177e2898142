package id.siapkerja.akun.registration;

import id.siapkerja.akun.shared.MobileNumber;
import id.siapkerja.akun.shared.ValidEmail;
import id.siapkerja.akun.shared.ValidNik;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Page 1 of registration, "Identitas & Akun" (A-R-a), as typed, with the checks that need
 * no one else; Dukcapil, the accounts already registered and the password policy are
 * asked by the controller.
 */
public class IdentityForm {

	/** A name as Dukcapil writes it: letters first, then letters, spaces and . , ' - */
	static final String NAME = "[\\p{L}][\\p{L} .,'\\-]{0,99}";

	@ValidNik
	private String nik = "";

	@NotBlank(message = "{registration.mother-name.required}")
	@Pattern(regexp = "^$|" + NAME, message = "{registration.mother-name.invalid}")
	private String motherName = "";

	@ValidEmail
	private String email = "";

	@MobileNumber
	private String phone = "";

	private String password = "";

	private String passwordConfirmation = "";

	@AssertTrue(message = "{registration.consent.required}")
	private boolean consent;

	public String getNik() {
		return this.nik;
	}

	/** Digits only: spaces, dots and dashes typed between them are dropped. */
	public void setNik(String nik) {
		this.nik = nik == null ? "" : nik.replaceAll("[\\s.\\-]", "");
	}

	public String getMotherName() {
		return this.motherName;
	}

	/** As typed, one space between words. */
	public void setMotherName(String motherName) {
		this.motherName = motherName == null ? "" : motherName.strip().replaceAll("\\s+", " ");
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return this.passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	@Override
	public String toString() {
		return "IdentityForm";
	}

}
