package id.siapkerja.akun.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** AES-GCM and the blind index, with development keys kept in the data directory. */
class DataProtectionTests {

	@TempDir
	Path dataDir;

	@Test
	void encryptsWithAFreshNonceAndDecryptsBack() {
		DataProtection protection = new DataProtection(new MockEnvironment(), this.dataDir.toString());
		byte[] one = protection.encrypt("3201010101900001");
		byte[] two = protection.encrypt("3201010101900001");
		assertThat(one).isNotEqualTo(two);
		assertThat(new String(one, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("3201010101900001");
		assertThat(protection.decrypt(one)).isEqualTo("3201010101900001");
		assertThat(protection.index("a")).isEqualTo(protection.index("a")).isNotEqualTo(protection.index("b"));
	}

	@Test
	void developmentKeysSurviveARestart() {
		DataProtection first = new DataProtection(new MockEnvironment(), this.dataDir.toString());
		byte[] sealed = first.encrypt("Siti Aminah");
		DataProtection second = new DataProtection(new MockEnvironment(), this.dataDir.toString());
		assertThat(second.decrypt(sealed)).isEqualTo("Siti Aminah");
		assertThat(Files.exists(this.dataDir.resolve("akun/keys.properties"))).isTrue();
	}

	@Test
	void tamperingIsDetected() {
		DataProtection protection = new DataProtection(new MockEnvironment(), this.dataDir.toString());
		byte[] sealed = protection.encrypt("Siti Aminah");
		sealed[sealed.length - 1] ^= 1;
		assertThatIllegalStateException().isThrownBy(() -> protection.decrypt(sealed));
	}

	@Test
	void productionWithoutKeysStopsWithTheirName() {
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> new DataProtection(prod, this.dataDir.toString()))
			.withMessageContaining("SIAPKERJA_AKUN_KEYS_ENCRYPTION");
	}

}
