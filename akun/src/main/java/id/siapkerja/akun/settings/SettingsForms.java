package id.siapkerja.akun.settings;

import id.siapkerja.akun.shared.MobileNumber;
import id.siapkerja.akun.shared.ValidEmail;
import id.siapkerja.webkit.form.CrossChecked;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.Errors;

/**
 * The forms of "Pengaturan" (A-S-b … d): each change asks for the password, or the code
 * sent to the new phone. Passwords are never shown again (password fields stay empty).
 */
final class SettingsForms {

	private SettingsForms() {
	}

	/** "Ubah e-mail". */
	record EmailChange(@ValidEmail String email, @NotBlank(message = "{settings.password.wrong}") String password) {

		EmailChange {
			email = email == null ? "" : email.strip();
		}

		static EmailChange empty() {
			return new EmailChange("", "");
		}

	}

	/**
	 * "Ubah password": the policy is the controller's (it knows the person's own words).
	 */
	record PasswordChange(@NotBlank(message = "{settings.password.wrong}") String currentPassword, String password,
			String passwordConfirmation) implements CrossChecked {

		static PasswordChange empty() {
			return new PasswordChange("", "", "");
		}

		@Override
		public void checkTogether(Errors errors) {
			if (this.password != null && !this.password.equals(this.passwordConfirmation)) {
				errors.rejectValue("passwordConfirmation", "registration.password.mismatch");
			}
		}

	}

	/** "Ubah no HP", step one: the new number and the password. */
	record PhoneChange(@MobileNumber String phone, @NotBlank(message = "{settings.password.wrong}") String password) {

		static PhoneChange empty() {
			return new PhoneChange("", "");
		}

	}

	/** "Ubah no HP", step two: the code sent to the new number. */
	record PhoneCode(@NotBlank(message = "{code.outcome.format}") String code) {

		PhoneCode {
			code = code == null ? "" : code.strip();
		}

		static PhoneCode empty() {
			return new PhoneCode("");
		}

	}

	/**
	 * "Hapus akun": the password again, and that the person read what is deleted and what
	 * is kept.
	 */
	record AccountDeletionRequest(@NotBlank(message = "{settings.password.wrong}") String password,
			@AssertTrue(message = "{delete.understood.required}") boolean understood) {

		static AccountDeletionRequest empty() {
			return new AccountDeletionRequest("", false);
		}

	}

}
