package id.siapkerja.akun.account;

import java.time.LocalDate;

import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.akun.shared.Gender;
import id.siapkerja.akun.shared.MaritalStatus;
import id.siapkerja.akun.shared.Nik;
import id.siapkerja.akun.shared.PhoneNumber;

/** Everything a registration gives, checked, before the account exists. */
public record NewAccount(Nik nik, String motherName, EmailAddress email, PhoneNumber phone, String passwordHash,
		String fullName, String birthPlace, LocalDate birthDate, Gender gender, MaritalStatus maritalStatus,
		String villageCode, String street, String locale) {

	@Override
	public String toString() {
		return "NewAccount[" + this.nik.masked() + "]";
	}

}
