package id.siapkerja.akun.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pooled Argon2id is Spring Security's Argon2id: each checks what the other stored,
 * in the same format, with the same parameters; checks side by side that share the pool
 * still give the right answers.
 */
class PooledArgon2idTests {

	private final PooledArgon2id pooled = new PooledArgon2id(16, 32, 1, 19 * 1024, 2, 2);

	private final Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	@Test
	void checksWhatSpringSecurityStoredAndTheOtherWayRound() {
		String bySpring = this.spring.encode("Rahasia#Sekali2026");
		assertThat(this.pooled.matches("Rahasia#Sekali2026", bySpring)).isTrue();
		assertThat(this.pooled.matches("Rahasia#Sekali2027", bySpring)).isFalse();

		String pooledHash = this.pooled.encode("Kata sandi dengan spasi dan é");
		assertThat(pooledHash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.spring.matches("Kata sandi dengan spasi dan é", pooledHash)).isTrue();
		assertThat(this.spring.matches("Kata sandi dengan spasi dan e", pooledHash)).isFalse();
		assertThat(this.pooled.matches("Kata sandi dengan spasi dan é", pooledHash)).isTrue();
		assertThat(this.pooled.encode("sama")).as("a new salt each time").isNotEqualTo(this.pooled.encode("sama"));
	}

	@Test
	void whatIsNotAStoredArgon2idHashMatchesNothing() {
		for (String stored : new String[] { null, "", "plain", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
				"$argon2id$v=19$m=19456,t=2$c2FsdHNhbHQ$aGFzaGhhc2g", "$argon2id$v=19$m=x,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
				"$argon2id$v=19$m=19456,t=2,p=1$!!!$aGFzaGhhc2g" }) {
			assertThat(this.pooled.matches("apa saja", stored)).as(String.valueOf(stored)).isFalse();
		}
	}

	@Test
	void weakerStoredParametersAskForAnUpgrade() {
		Argon2PasswordEncoder weaker = new Argon2PasswordEncoder(16, 32, 1, 12 * 1024, 3);
		assertThat(this.pooled.upgradeEncoding(weaker.encode("x"))).isTrue();
		assertThat(this.pooled.upgradeEncoding(this.pooled.encode("x"))).isFalse();
	}

	@Test
	void checksSideBySideShareThePoolAndStayRight() throws Exception {
		String first = this.pooled.encode("pertama");
		String second = this.pooled.encode("kedua");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				boolean right = i % 3 != 0;
				String password = (i % 2 == 0) ? "pertama" : "kedua";
				String stored = (i % 2 == 0) ? first : second;
				checks.add(() -> this.pooled.matches(right ? password : password + "!", stored) == right);
			}
			for (Future<Boolean> check : threads.invokeAll(checks)) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			threads.shutdown();
		}
	}

}
