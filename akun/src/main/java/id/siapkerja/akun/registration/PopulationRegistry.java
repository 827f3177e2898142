package id.siapkerja.akun.registration;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The port to the civil registry (Dukcapil): does this NIK belong to a living person with
 * one record, and do the mother's maiden name and, when given, the name and birth date
 * agree with it?
 */
interface PopulationRegistry {

	Answer verify(Query query) throws Unavailable;

	/** What is asked. The name and birth date may be null on the first page. */
	record Query(String nik, String motherName, String fullName, LocalDate birthDate) {

		@Override
		public String toString() {
			return "Query[" + (this.nik == null || this.nik.length() < 16 ? "?"
					: this.nik.substring(0, 4) + "********" + this.nik.substring(12)) + "]";
		}

	}

	/** The registry's answers; each has its message for the person. */
	enum Answer {

		MATCH, NOT_FOUND, MOTHER_NAME_MISMATCH, IDENTITY_MISMATCH, INACTIVE, DECEASED, DUPLICATE;

		String messageKey() {
			return "registry.answer." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** The field of the registration the answer concerns. */
		String field() {
			return switch (this) {
				case MATCH -> null;
				case MOTHER_NAME_MISMATCH -> "motherName";
				case IDENTITY_MISMATCH -> "fullName";
				case NOT_FOUND, INACTIVE, DECEASED, DUPLICATE -> "nik";
			};
		}

	}

	/** The registry did not answer in time, or answered with an error. */
	class Unavailable extends Exception {

		Unavailable(String reason, Throwable cause) {
			super(reason, cause);
		}

	}

}
