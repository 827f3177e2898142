package id.siapkerja.akun.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.Gender;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.akun.shared.PhoneNumber;

/**
 * A SIAPkerja account as pages and services see it: the NIK only masked, the mother's
 * maiden name not at all.
 */
public record Account(UUID id, Status status, String nikMasked, String email, boolean emailVerified, String phone,
		String passwordHash, String fullName, String birthPlace, LocalDate birthDate, Gender gender,
		MaritalStatus maritalStatus, String villageCode, String street, String locale, Instant createdAt,
		Instant activatedAt) {

	/** PENDING until the phone is confirmed by an SMS code; then ACTIVE. */
	public enum Status {

		PENDING, ACTIVE

	}

	public boolean active() {
		return this.status == Status.ACTIVE;
	}

	public String phoneMasked() {
		return PhoneNumber.masked(this.phone);
	}

	public String emailMasked() {
		return EmailAddress.masked(this.email);
	}

	@Override
	public String toString() {
		return "Account[" + this.id + ", " + this.status + "]";
	}

}
