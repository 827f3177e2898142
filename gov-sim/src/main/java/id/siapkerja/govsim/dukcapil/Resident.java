package id.siapkerja.govsim.dukcapil;

import java.time.LocalDate;

/** A synthetic resident of the simulated civil registry. */
public record Resident(String nik, String fullName, String motherName, String birthPlace, LocalDate birthDate,
		String gender, String maritalStatus, String provinceCode, String regencyCode, String districtCode,
		String villageCode, String street, Status status) {

	/** What the registry knows of the record beyond the data. */
	public enum Status {

		/**
		 * A living resident with one record: the registry answers MATCH when the data
		 * agrees.
		 */
		ACTIVE,
		/** The record is not active (e.g. moved abroad). */
		INACTIVE,
		/** The resident has died. */
		DECEASED,
		/** The NIK has more than one record. */
		DUPLICATE

	}

}
