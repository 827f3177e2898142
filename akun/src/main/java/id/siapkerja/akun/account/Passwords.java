package id.siapkerja.akun.account;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords with Argon2id (19 MiB, 2 iterations, parallelism 1: the
 * OWASP minimum), behind a {@link DelegatingPasswordEncoder} so the parameters can be
 * raised later. Each hash needs 19 MiB and a few dozen milliseconds, so no more run at
 * once than there are cores; the rest wait their turn instead of exhausting memory when a
 * fair opens.
 */
@Component
public class Passwords {

	static final String ID = "argon2id-19m-2";

	private final PasswordEncoder encoder;

	private final Semaphore permits = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

	/**
	 * A stored hash to check against when there is no account: the same cost, no answer.
	 */
	private final String decoy;

	Passwords() {
		// Argon2id as Spring's Argon2PasswordEncoder stores it, its memory from a pool
		// kept for as many checks as usually run at once
		this.encoder = new DelegatingPasswordEncoder(ID, Map.of(ID,
				new PooledArgon2id(16, 32, 1, 19 * 1024, 2, Math.min(4, Runtime.getRuntime().availableProcessors()))));
		this.decoy = hash("decoy-password-that-matches-nothing");
	}

	public String hash(String password) {
		return bounded(() -> this.encoder.encode(password));
	}

	public boolean matches(String password, String hash) {
		return bounded(() -> this.encoder.matches(password, hash));
	}

	/**
	 * Spends the time of one check when no account was found, so timing tells nothing.
	 */
	public void matchNothing(String password) {
		matches(password, this.decoy);
	}

	private <T> T bounded(Supplier<T> work) {
		this.permits.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			this.permits.release();
		}
	}

}
