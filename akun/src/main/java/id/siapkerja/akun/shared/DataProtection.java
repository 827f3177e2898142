package id.siapkerja.akun.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import id.siapkerja.webkit.outbox.OutboxSeal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Protects personal data at rest (UU 27/2022): AES-256-GCM for what must be read back
 * (NIK, mother's maiden name, outgoing messages) and HMAC-SHA256 for what is only looked
 * up or compared (the NIK's blind index, one-time codes).
 * <p>
 * The two keys come from {@code siapkerja.akun.keys.encryption} and
 * {@code siapkerja.akun.keys.index} (Base64 of 32 bytes). Outside the {@code prod}
 * profile, missing keys are generated once into {@code <data-dir>/akun/keys.properties};
 * in {@code prod} a missing key stops start-up with its name.
 */
@Component
public class DataProtection implements OutboxSeal {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec indexKey;

	DataProtection(Environment environment, @Value("${siapkerja.data-dir:data}") String dataDir) {
		String encryption = environment.getProperty("siapkerja.akun.keys.encryption");
		String index = environment.getProperty("siapkerja.akun.keys.index");
		if (encryption == null || index == null) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new IllegalStateException("Missing secret: set "
						+ (encryption == null ? "SIAPKERJA_AKUN_KEYS_ENCRYPTION" : "SIAPKERJA_AKUN_KEYS_INDEX")
						+ " (Base64 of 32 random bytes) for the prod profile");
			}
			Properties generated = developmentKeys(Path.of(dataDir, "akun", "keys.properties"));
			encryption = (encryption != null) ? encryption : generated.getProperty("encryption");
			index = (index != null) ? index : generated.getProperty("index");
		}
		this.encryptionKey = new SecretKeySpec(key(encryption, "siapkerja.akun.keys.encryption"), "AES");
		this.indexKey = new SecretKeySpec(key(index, "siapkerja.akun.keys.index"), "HmacSHA256");
	}

	/** Encrypts text: a fresh nonce followed by the ciphertext and tag. */
	public byte[] encrypt(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/** SMS and e-mail wait in the outbox encrypted like personal data. */
	@Override
	public byte[] seal(String content) {
		return encrypt(content);
	}

	@Override
	public String open(byte[] sealed) {
		return decrypt(sealed);
	}

	/** Decrypts what {@link #encrypt} made; fails when it was tampered with. */
	public String decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey,
					new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE_BYTES)));
			return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed", ex);
		}
	}

	/** The keyed hash of a value, for look-ups and comparisons without keeping it. */
	public byte[] index(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.indexKey);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC failed", ex);
		}
	}

	private static byte[] key(String base64, String name) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not Base64", ex);
		}
		if (key.length != 32) {
			throw new IllegalStateException(name + " must be 32 bytes, Base64-encoded");
		}
		return key;
	}

	private Properties developmentKeys(Path file) {
		Properties keys = new Properties();
		try {
			Files.createDirectories(file.getParent());
			synchronized (DataProtection.class) {
				if (!Files.exists(file)) {
					Properties fresh = new Properties();
					fresh.setProperty("encryption", randomKey());
					fresh.setProperty("index", randomKey());
					Path temporary = Files.createTempFile(file.getParent(), "keys", ".tmp");
					try {
						Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
					}
					catch (UnsupportedOperationException ex) {
						// not a POSIX file system: the directory's permissions apply
					}
					try (OutputStream out = Files.newOutputStream(temporary)) {
						fresh.store(out, "akun development keys: never use these in production");
					}
					try {
						// a hard link is created atomically and never replaces: when
						// another instance wrote the keys first, theirs are used
						Files.createLink(file, temporary);
					}
					catch (FileAlreadyExistsException ex) {
						// keep the keys that were there first
					}
					finally {
						Files.deleteIfExists(temporary);
					}
				}
			}
			try (InputStream in = Files.newInputStream(file)) {
				keys.load(in);
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the development keys in " + file, ex);
		}
	}

	private String randomKey() {
		byte[] key = new byte[32];
		this.random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
