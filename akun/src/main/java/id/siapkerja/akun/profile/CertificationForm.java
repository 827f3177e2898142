package id.siapkerja.akun.profile;

import java.time.LocalDate;

import id.siapkerja.webkit.form.CrossChecked;
import id.siapkerja.webkit.form.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** "Sertifikasi" (A-P-f): a certificate, who issued it, when, until when. */
record CertificationForm(
		@NotBlank(message = "{profile.field.required}") @Size(max = 150,
				message = "{profile.field.too-long}") String name,
		@NotBlank(message = "{profile.field.required}") @Size(max = 150,
				message = "{profile.field.too-long}") String issuer,
		@Size(max = 50, message = "{profile.field.too-long}") String number,
		@NotNull(message = "{profile.date.required}") @PastOrPresent(
				message = "{profile.date.future}") LocalDate issuedOn,
		LocalDate expiresOn) implements CrossChecked {

	CertificationForm {
		name = Forms.line(name);
		issuer = Forms.line(issuer);
		number = Forms.line(number);
	}

	static CertificationForm empty() {
		return new CertificationForm("", "", "", null, null);
	}

	@Override
	public void checkTogether(Errors errors) {
		if (this.expiresOn != null && this.issuedOn != null && !this.expiresOn.isAfter(this.issuedOn)) {
			errors.rejectValue("expiresOn", "profile.certification.expiry.before-issue");
		}
	}

	Profile.Certification certification() {
		return new Profile.Certification(null, this.name, this.issuer, this.number, this.issuedOn, this.expiresOn);
	}

}
