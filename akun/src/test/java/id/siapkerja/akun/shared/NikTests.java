package id.siapkerja.akun.shared;

import java.time.LocalDate;

import id.siapkerja.webkit.region.Regions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The NIK rules that need no registry, on the shipped region data. */
class NikTests {

	private final Regions regions = Regions.shipped();

	@Test
	void aManBornOnTheSeventeenthOfAugust1990() {
		// 32.01 = Kabupaten Bogor, 170890 = 17-08-1990, serial 0003
		assertThat(Nik.check("3201011708900003", this.regions, LocalDate.of(1990, 8, 17), Gender.MALE)).isEmpty();
		Nik nik = Nik.of("3201 0117 0890 0003", this.regions);
		assertThat(nik.gender()).isEqualTo(Gender.MALE);
		assertThat(nik.regencyCode()).isEqualTo("32.01");
		assertThat(nik.masked()).isEqualTo("3201********0003");
		assertThat(nik).hasToString("3201********0003");
	}

	@Test
	void aWomanHasFortyAddedToHerBirthDay() {
		// 57 = 17 + 40
		assertThat(Nik.check("3201015708950012", this.regions, LocalDate.of(1995, 8, 17), Gender.FEMALE)).isEmpty();
		assertThat(Nik.of("3201015708950012", this.regions).gender()).isEqualTo(Gender.FEMALE);
		assertThat(Nik.check("3201015708950012", this.regions, LocalDate.of(1995, 8, 17), Gender.MALE))
			.containsExactly(Nik.Problem.GENDER_DIFFERS);
	}

	@Test
	void theCenturyComesFromTheBirthDateGiven() {
		assertThat(Nik.check("3201010101050001", this.regions, LocalDate.of(2005, 1, 1), Gender.MALE)).isEmpty();
		assertThat(Nik.check("3201010101050001", this.regions, LocalDate.of(1905, 1, 1), Gender.MALE)).isEmpty();
		assertThat(Nik.check("3201010101050001", this.regions, LocalDate.of(2005, 1, 2), Gender.MALE))
			.containsExactly(Nik.Problem.BIRTH_DATE_DIFFERS);
	}

	@Test
	void wrongLengthOrLettersAreNotSixteenDigits() {
		assertThat(Nik.check("320101170890000", this.regions)).containsExactly(Nik.Problem.NOT_SIXTEEN_DIGITS);
		assertThat(Nik.check("32010117089000031", this.regions)).containsExactly(Nik.Problem.NOT_SIXTEEN_DIGITS);
		assertThat(Nik.check("32010117089O0003", this.regions)).containsExactly(Nik.Problem.NOT_SIXTEEN_DIGITS);
		assertThat(Nik.check("", this.regions)).containsExactly(Nik.Problem.NOT_SIXTEEN_DIGITS);
		assertThat(Nik.check(null, this.regions)).containsExactly(Nik.Problem.NOT_SIXTEEN_DIGITS);
	}

	@Test
	void provinceAndRegencyMustExist() {
		assertThat(Nik.check("9901011708900003", this.regions)).containsExactly(Nik.Problem.UNKNOWN_PROVINCE);
		assertThat(Nik.check("3299011708900003", this.regions)).containsExactly(Nik.Problem.UNKNOWN_REGENCY);
	}

	@Test
	void theDateMustBeReal() {
		assertThat(Nik.check("3201013102900003", this.regions)).containsExactly(Nik.Problem.NOT_A_DATE); // 31
																											// Feb
		assertThat(Nik.check("3201013213900003", this.regions)).containsExactly(Nik.Problem.NOT_A_DATE); // month
																											// 13
		assertThat(Nik.check("3201017208900003", this.regions)).containsExactly(Nik.Problem.NOT_A_DATE); // 72-40=32
		assertThat(Nik.check("3201010008900003", this.regions)).containsExactly(Nik.Problem.NOT_A_DATE); // day
																											// 0
		// 29 Feb 00: a leap day in 2000 (though not in 1900)
		assertThat(Nik.check("3201012902000003", this.regions)).isEmpty();
		assertThat(Nik.check("3201012902000003", this.regions, LocalDate.of(2000, 2, 29), Gender.MALE)).isEmpty();
	}

	@Test
	void theSerialStartsAtOne() {
		assertThat(Nik.check("3201011708900000", this.regions)).containsExactly(Nik.Problem.SERIAL_ZERO);
		assertThatIllegalArgumentException().isThrownBy(() -> Nik.of("3201011708900000", this.regions))
			.withMessageNotContaining("3201011708900000");
	}

	@Test
	void everyProblemHasAMessageKey() {
		assertThat(Nik.Problem.NOT_SIXTEEN_DIGITS.messageKey()).isEqualTo("nik.problem.not-sixteen-digits");
	}

}
