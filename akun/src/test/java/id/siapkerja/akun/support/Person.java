package id.siapkerja.akun.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A made-up resident for a test: a well-formed NIK that agrees with the birth date and
 * gender, and an e-mail and mobile number no other test uses.
 */
public record Person(String nik, String motherName, String email, String phoneTyped, String phoneE164, String password,
		String fullName, String birthPlace, LocalDate birthDate, boolean woman) {

	public static Person random() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		boolean woman = random.nextBoolean();
		LocalDate birthDate = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365));
		String nik = "320101" + "%02d%02d%02d".formatted(birthDate.getDayOfMonth() + (woman ? 40 : 0),
				birthDate.getMonthValue(), birthDate.getYear() % 100) + "%04d".formatted(random.nextInt(1, 9000));
		String digits = "%08d".formatted(random.nextInt(100_000_000));
		String tag = Long.toString(System.nanoTime(), 36) + random.nextInt(1000);
		return new Person(nik, "Siti Rahayu", "warga." + tag + "@contoh.id", "0812" + digits, "+62812" + digits,
				"Kopi Tubruk Pagi Hari " + random.nextInt(100), woman ? "Dewi Lestari" : "Agus Salim", "Bogor",
				birthDate, woman);
	}

	public String gender() {
		return this.woman ? "FEMALE" : "MALE";
	}

	/**
	 * The same person with a name and mother's name nobody else in the test database has,
	 * so a search for them finds only this person.
	 */
	public Person withUniqueNames(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 6; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return new Person(this.nik, this.motherName + " " + word, this.email, this.phoneTyped, this.phoneE164,
				this.password, this.fullName + " " + word, this.birthPlace, this.birthDate, this.woman);
	}

	public Person withPhone(String digits8) {
		return new Person(this.nik, this.motherName, this.email, "0812" + digits8, "+62812" + digits8, this.password,
				this.fullName, this.birthPlace, this.birthDate, this.woman);
	}

}
