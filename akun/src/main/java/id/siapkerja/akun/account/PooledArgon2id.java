package id.siapkerja.akun.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id as Spring Security's {@code Argon2PasswordEncoder} computes and stores it (the
 * PHC string {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}, Bouncy Castle's
 * implementation, the same parameters), with one difference around the hash: the 1 KiB
 * blocks of its memory come from a pool kept for the life of the app instead of 19 MiB
 * allocated and thrown away by every check. A check then leaves almost no garbage, so the
 * collector no longer copies the memory of the checks under way again and again (the
 * login bench measured the collections at several milliseconds per login). Bouncy Castle
 * clears each block before it goes back to the pool.
 */
final class PooledArgon2id implements PasswordEncoder {

	private static final Base64.Encoder b64encoder = Base64.getEncoder().withoutPadding();

	private static final Base64.Decoder b64decoder = Base64.getDecoder();

	private final SecureRandom random = new SecureRandom();

	private final int saltLength;

	private final int hashLength;

	private final int parallelism;

	private final int memoryKiB;

	private final int iterations;

	private final Argon2BytesGenerator.BlockPool pool;

	/**
	 * @param checksAtOnce how many checks run at once at most: the pool keeps their
	 * memory
	 */
	PooledArgon2id(int saltLength, int hashLength, int parallelism, int memoryKiB, int iterations, int checksAtOnce) {
		this.saltLength = saltLength;
		this.hashLength = hashLength;
		this.parallelism = parallelism;
		this.memoryKiB = memoryKiB;
		this.iterations = iterations;
		this.pool = new Argon2BytesGenerator.FixedBlockPool(checksAtOnce * memoryKiB);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		byte[] salt = new byte[this.saltLength];
		this.random.nextBytes(salt);
		Argon2Parameters parameters = parameters(salt, this.parallelism, this.memoryKiB, this.iterations);
		byte[] hash = hash(rawPassword, parameters, this.hashLength);
		return "$argon2id$v=19$m=" + this.memoryKiB + ",t=" + this.iterations + ",p=" + this.parallelism + "$"
				+ b64encoder.encodeToString(salt) + "$" + b64encoder.encodeToString(hash);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		Stored stored = Stored.parse(encodedPassword);
		if (stored == null || rawPassword == null) {
			return false;
		}
		byte[] hash = hash(rawPassword,
				parameters(stored.salt(), stored.parallelism(), stored.memoryKiB(), stored.iterations()),
				stored.hash().length);
		return MessageDigest.isEqual(stored.hash(), hash);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		Stored stored = Stored.parse(encodedPassword);
		return stored != null && (stored.memoryKiB() < this.memoryKiB || stored.iterations() < this.iterations
				|| stored.parallelism() < this.parallelism);
	}

	private Argon2Parameters parameters(byte[] salt, int parallelism, int memoryKiB, int iterations) {
		return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withSalt(salt)
			.withParallelism(parallelism)
			.withMemoryAsKB(memoryKiB)
			.withIterations(iterations)
			.withBlockPool(this.pool)
			.build();
	}

	private static byte[] hash(CharSequence rawPassword, Argon2Parameters parameters, int length) {
		byte[] hash = new byte[length];
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		generator.generateBytes(rawPassword.toString().getBytes(StandardCharsets.UTF_8), hash);
		return hash;
	}

	/** A stored Argon2id hash, as its PHC string says. */
	record Stored(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] hash) {

		/** The stored hash, or null when it is not an Argon2id hash of version 19. */
		static Stored parse(String encoded) {
			if (encoded == null) {
				return null;
			}
			String[] parts = encoded.split("\\$");
			// "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
			if (parts.length != 6 || !parts[0].isEmpty() || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
				return null;
			}
			int memory = -1;
			int iterations = -1;
			int parallelism = -1;
			try {
				for (String parameter : parts[3].split(",")) {
					int value = Integer.parseInt(parameter.substring(2));
					switch (parameter.substring(0, 2)) {
						case "m=" -> memory = value;
						case "t=" -> iterations = value;
						case "p=" -> parallelism = value;
						default -> {
							return null;
						}
					}
				}
				byte[] salt = b64decoder.decode(parts[4]);
				byte[] hash = b64decoder.decode(parts[5]);
				if (memory < 8 || iterations < 1 || parallelism < 1 || salt.length < 8 || hash.length < 4) {
					return null;
				}
				return new Stored(memory, iterations, parallelism, salt, hash);
			}
			catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
				return null;
			}
		}

	}

}
