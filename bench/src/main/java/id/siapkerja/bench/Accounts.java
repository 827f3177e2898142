package id.siapkerja.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Active SIAPkerja accounts written straight into akun's schema: the NIK and the mother's
 * name sealed with the data directory's development keys as akun seals them, every
 * account with the same password and so one Argon2id hash with akun's parameters (19 MiB,
 * t=2), computed once.
 */
final class Accounts {

	static final String PASSWORD = "Bench#Siapkerja2026";

	private static final SecureRandom random = new SecureRandom();

	/** NIKs handed out in this run so far. */
	private static final java.util.concurrent.atomic.AtomicInteger niks = new java.util.concurrent.atomic.AtomicInteger();

	private Accounts() {
	}

	/** A seeded account: akun's subject is the account's id. */
	record Account(String sub, String email, String name, String phone) {
	}

	/** akun's stored form of {@link #PASSWORD}, as its {@code Passwords} writes it. */
	static String akunHash() {
		return "{argon2id-19m-2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
	}

	/**
	 * Writes {@code count} active accounts named {@code prefix-N}; akun must have started
	 * once.
	 */
	static List<Account> seed(Connection akun, Path dataDir, String prefix, int count) throws SQLException {
		Properties keys = new Properties();
		try (Reader in = Files.newBufferedReader(dataDir.resolve("akun").resolve("keys.properties"))) {
			keys.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SecretKeySpec encryption = new SecretKeySpec(Base64.getDecoder().decode(keys.getProperty("encryption").strip()),
				"AES");
		SecretKeySpec index = new SecretKeySpec(Base64.getDecoder().decode(keys.getProperty("index").strip()),
				"HmacSHA256");
		String hash = akunHash();
		List<Account> accounts = new ArrayList<>(count);
		Timestamp now = Timestamp.from(Instant.now());
		akun.setAutoCommit(false);
		try (PreparedStatement insert = akun.prepareStatement("""
				insert into account (id, status, nik_index, nik_encrypted, nik_masked, mother_name_encrypted, email,
					email_verified, phone, password_hash, full_name, birth_place, birth_date, gender, marital_status,
					village_code, street, locale, created_at, activated_at)
				values (?, 'ACTIVE', ?, ?, ?, ?, ?, true, ?, ?, ?, 'Bogor', ?, ?, 'BELUM_KAWIN', '32.01.01.1001',
					'Jl. Bench', 'id', ?, ?)
				""")) {
			int run = random.nextInt(1_000_000);
			// several seeds into one database (seekers, then applicants, then a
			// recruiter)
			// take NIKs one after the other
			int first = niks.getAndAdd(count);
			for (int i = 1; i <= count; i++) {
				UUID id = UUID.randomUUID();
				// a synthetic NIK: a regency code no real one has (32.99), the birth date
				// (DDMMYY), a serial number
				int n = first + i;
				LocalDate born = LocalDate.of(1990, 1, 1).plusDays(n / 9000);
				String nik = "329901" + String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(),
						born.getYear() % 100) + String.format("%04d", 1 + n % 9000);
				String email = prefix + "-" + i + "@bench.siapkerja.id";
				String phone = "+62899" + String.format("%08d", (run * 50_000L + i) % 100_000_000L);
				String name = "Pencaker Bench " + i;
				insert.setObject(1, id);
				insert.setBytes(2, hmac(index, nik));
				insert.setBytes(3, seal(encryption, nik));
				insert.setString(4, nik.substring(0, 4) + "********" + nik.substring(12));
				insert.setBytes(5, seal(encryption, "Ibu Bench"));
				insert.setString(6, email);
				insert.setString(7, phone);
				insert.setString(8, hash);
				insert.setString(9, name);
				insert.setDate(10, Date.valueOf(born));
				insert.setString(11, i % 2 == 0 ? "FEMALE" : "MALE");
				insert.setTimestamp(12, now);
				insert.setTimestamp(13, now);
				insert.addBatch();
				if (i % 1000 == 0) {
					insert.executeBatch();
				}
				accounts.add(new Account(id.toString(), email, name, phone));
			}
			insert.executeBatch();
			akun.commit();
		}
		finally {
			akun.setAutoCommit(true);
		}
		return accounts;
	}

	private static byte[] seal(SecretKeySpec key, String plain) {
		try {
			byte[] nonce = new byte[12];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(SecretKeySpec key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
