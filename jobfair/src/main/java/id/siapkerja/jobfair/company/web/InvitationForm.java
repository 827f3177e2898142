package id.siapkerja.jobfair.company.web;

import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Undang Pengguna" as typed (J-C-d): the address the invitation goes to, a name if
 * known.
 */
record InvitationForm(@NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
		message = "{organizer.email.invalid}") String email, @Size(max = 100) String name) {

	InvitationForm {
		email = Forms.line(email);
		name = Forms.line(name);
	}

	static InvitationForm empty() {
		return new InvitationForm("", "");
	}

}
