package id.siapkerja.akun.registration;

import java.io.Serializable;

/**
 * What page 1 accepted, kept in the session (which lives in the database) until page 2
 * completes the registration: the NIK and mother's maiden name only encrypted, the
 * password only hashed.
 */
class RegistrationDraft implements Serializable {

	static final String SESSION_KEY = "akun.registration.draft";

	final byte[] nikEncrypted;

	final byte[] motherNameEncrypted;

	final String email;

	final String phone;

	final String passwordHash;

	ProfileForm profile;

	RegistrationDraft(byte[] nikEncrypted, byte[] motherNameEncrypted, String email, String phone,
			String passwordHash) {
		this.nikEncrypted = nikEncrypted;
		this.motherNameEncrypted = motherNameEncrypted;
		this.email = email;
		this.phone = phone;
		this.passwordHash = passwordHash;
	}

}
