package id.siapkerja.akun.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Only Indonesian mobile numbers, in every way people type them, stored as E.164. */
class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "081234567890", "0812-3456-7890", "+62 812 3456 7890", "6281234567890", "+6281234567890" })
	void indonesianMobilesBecomeE164(String typed) {
		assertThat(PhoneNumber.parse(typed)).map(PhoneNumber::e164).contains("+6281234567890");
	}

	@ParameterizedTest
	@ValueSource(strings = { "021-5255733", "+62215255733", "+60123456789", "0812", "bukan nomor", "" })
	void landlinesForeignAndNonsenseAreRefused(String typed) {
		assertThat(PhoneNumber.parse(typed)).isEmpty();
	}

	@Test
	void maskedKeepsThePrefixAndTheLastFourDigits() {
		assertThat(PhoneNumber.parse("081234567890").orElseThrow().masked()).isEqualTo("+62812****7890");
		assertThat(PhoneNumber.parse("081234567890").orElseThrow().toString()).doesNotContain("3456");
	}

}
