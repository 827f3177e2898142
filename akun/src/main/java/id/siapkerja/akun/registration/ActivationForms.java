package id.siapkerja.akun.registration;

import id.siapkerja.akun.shared.MobileNumber;
import jakarta.validation.constraints.Pattern;

/** The forms of "Aktivasi akun" (A-R-c): the code from the SMS, or another number. */
final class ActivationForms {

	private ActivationForms() {
	}

	/** The six digits sent by SMS (or e-mail). */
	record Code(@Pattern(regexp = "\\d{6}", message = "{code.outcome.format}") String code) {

		Code {
			code = code == null ? "" : code.strip();
		}

	}

	/** "Ubah no HP": the number the code should go to instead. */
	record NewPhone(@MobileNumber String phone) {

		NewPhone {
			phone = phone == null ? "" : phone.strip();
		}

	}

}
