package id.siapkerja.jobfair.entry.web;

import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The e-mail address of a new gate staff member ("petugas pintu"). */
record StaffForm(@NotBlank @Email(message = "{entry.staff.email.invalid}") @Size(max = 254) String email) {

	StaffForm {
		email = Forms.line(email);
	}

	static StaffForm empty() {
		return new StaffForm("");
	}

}
