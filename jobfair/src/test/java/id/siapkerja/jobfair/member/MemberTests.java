package id.siapkerja.jobfair.member;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for how and in which language a person is written to. */
class MemberTests {

	@Test
	void writtenToInTheirLanguageIndonesianUnlessEnglishWasChosen() {
		assertThat(member("en", "a@contoh.id", true, true, "+6281", true).language()).isEqualTo(Locale.ENGLISH);
		assertThat(member("id", "a@contoh.id", true, true, "+6281", true).language().getLanguage()).isEqualTo("id");
		assertThat(member("fr", "a@contoh.id", true, true, "+6281", true).language().getLanguage()).isEqualTo("id");
	}

	@Test
	void anEmailOnlyToAVerifiedAddressOfSomeoneWhoWantsThem() {
		assertThat(member("id", "a@contoh.id", true, true, null, false).wantsEmail()).isTrue();
		assertThat(member("id", "a@contoh.id", false, true, null, false).wantsEmail()).as("not verified").isFalse();
		assertThat(member("id", "a@contoh.id", true, false, null, false).wantsEmail()).as("turned off").isFalse();
		assertThat(member("id", null, true, true, null, false).wantsEmail()).as("no address").isFalse();
	}

	@Test
	void anSmsOnlyToAKnownNumberOfSomeoneWhoWantsThem() {
		assertThat(member("id", null, false, false, "+628123", true).wantsSms()).isTrue();
		assertThat(member("id", null, false, false, "+628123", false).wantsSms()).isFalse();
		assertThat(member("id", null, false, false, null, true).wantsSms()).isFalse();
	}

	private static Member member(String locale, String email, boolean verified, boolean wantsEmail, String phone,
			boolean wantsSms) {
		return new Member("sub", "Nama", email, verified, phone, locale, List.of(), Instant.EPOCH, Instant.EPOCH,
				wantsSms, wantsEmail);
	}

}
