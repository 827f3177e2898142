package id.siapkerja.akun.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules, without Spring. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	private final PasswordPolicy.PersonalWords budi = new PasswordPolicy.PersonalWords("3201011505950003",
			"+6281234567890", "budi.santoso@contoh.id", "Budi Santoso");

	@Test
	void lengthBetween8And128WithoutCompositionRules() {
		assertThat(this.policy.check("Ab1!", this.budi)).contains(PasswordPolicy.Problem.TOO_SHORT);
		assertThat(this.policy.check("kucing oren suka tidur siang", this.budi)).isEmpty();
		assertThat(this.policy.check("a".repeat(129), this.budi)).contains(PasswordPolicy.Problem.TOO_LONG);
	}

	@Test
	void commonAndWeakPasswordsAreRefused() {
		for (String weak : new String[] { "password", "12345678", "qwertyuiop", "iloveyou", "indonesia" }) {
			assertThat(this.policy.check(weak, this.budi)).as(weak).contains(PasswordPolicy.Problem.TOO_WEAK);
		}
	}

	@Test
	void personalDataIsRefused() {
		assertThat(this.policy.check("x3201011505950003x", this.budi))
			.contains(PasswordPolicy.Problem.CONTAINS_PERSONAL_DATA);
		assertThat(this.policy.check("hp081234567890!", this.budi))
			.contains(PasswordPolicy.Problem.CONTAINS_PERSONAL_DATA);
		assertThat(this.policy.check("Budi.Santoso#2026", this.budi))
			.contains(PasswordPolicy.Problem.CONTAINS_PERSONAL_DATA);
	}

	@Test
	void theMeterGrowsWithStrength() {
		assertThat(this.policy.score("password")).isLessThan(2);
		assertThat(this.policy.score("Kopi Tubruk Pagi Hari")).isGreaterThanOrEqualTo(3);
	}

}
