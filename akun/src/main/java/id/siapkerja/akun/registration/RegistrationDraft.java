package id.siapkerja.akun.registration;

import java.io.Serializable;

import lombok.RequiredArgsConstructor;

/**
 * What page 1 accepted, kept in the session (which lives in the database) until page 2
 * completes the registration: the NIK and mother's maiden name only encrypted, the
 * password only hashed.
 */
@RequiredArgsConstructor
class RegistrationDraft implements Serializable {

	static final String SESSION_KEY = "akun.registration.draft";

	final byte[] nikEncrypted;

	final byte[] motherNameEncrypted;

	final String email;

	final String phone;

	final String passwordHash;

	ProfileForm profile;

}
