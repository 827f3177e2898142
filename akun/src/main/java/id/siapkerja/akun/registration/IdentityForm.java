package id.siapkerja.akun.registration;

/** Page 1 of registration, "Identitas & Akun", as typed. */
public class IdentityForm {

	private String nik = "";

	private String motherName = "";

	private String email = "";

	private String phone = "";

	private String password = "";

	private String passwordConfirmation = "";

	private boolean consent;

	public String getNik() {
		return this.nik;
	}

	public void setNik(String nik) {
		this.nik = nik;
	}

	public String getMotherName() {
		return this.motherName;
	}

	public void setMotherName(String motherName) {
		this.motherName = motherName;
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
