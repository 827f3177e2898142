package id.siapkerja.akun.signin;

import jakarta.validation.constraints.NotBlank;

/** The forms of "Lupa password" (A-L-c): who asks, then the new password. */
final class RecoveryForms {

	private RecoveryForms() {
	}

	/** "Lupa password": the e-mail, phone number or NIK, and how to send. */
	record Request(@NotBlank(message = "{recovery.identity.required}") String identitas, String channel) {

		Request {
			identitas = identitas == null ? "" : identitas.strip();
			channel = "sms".equals(channel) ? "sms" : "email";
		}

		static Request empty() {
			return new Request("", "email");
		}

		boolean bySms() {
			return "sms".equals(this.channel);
		}

	}

	/**
	 * The new password, with the code from the SMS or the link's token; the policy and
	 * the confirmation are checked against the account by
	 * {@link PasswordRecovery#problem}.
	 */
	record Reset(String code, String token, String password, String passwordConfirmation) {

		Reset {
			code = code == null ? "" : code.strip();
			token = token == null ? "" : token;
			password = password == null ? "" : password;
			passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
		}

		static Reset withToken(String token) {
			return new Reset("", token, "", "");
		}

		/** The field a password problem belongs to. */
		static String fieldOf(String problem) {
			return "registration.password.mismatch".equals(problem) ? "passwordConfirmation" : "password";
		}

	}

}
