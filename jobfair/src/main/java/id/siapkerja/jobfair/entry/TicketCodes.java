package id.siapkerja.jobfair.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The code on a ticket: 5 random bytes (the ticket's id) and 5 bytes of their HMAC-SHA256
 * under the ticket key, written in Crockford's Base32 as {@code XXXX-XXXX-XXXX-XXXX} (no
 * I, L, O or U: read aloud and typed at a gate without mix-ups). Unguessable, holding
 * nothing of the person, and checked at the gate before any look-up: a code not made here
 * is refused at once.
 * <p>
 * The key is {@code siapkerja.jobfair.keys.tickets} (Base64 of 32 bytes); outside the
 * {@code prod} profile a missing key is generated once into
 * {@code <data-dir>/jobfair/keys.properties}.
 */
@Component
class TicketCodes {

	static final int ID_BYTES = 5;

	private static final int MAC_BYTES = 5;

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	TicketCodes(Environment environment, @Value("${siapkerja.data-dir:data}") String dataDir) {
		String configured = environment.getProperty("siapkerja.jobfair.keys.tickets");
		if (configured == null) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new IllegalStateException(
						"Missing secret: set SIAPKERJA_JOBFAIR_KEYS_TICKETS (Base64 of 32 random bytes) for the prod profile");
			}
			configured = developmentKey(Path.of(dataDir, "jobfair", "keys.properties"));
		}
		byte[] bytes = Base64.getDecoder().decode(configured.strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("siapkerja.jobfair.keys.tickets must be 32 bytes, Base64-encoded");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** A new ticket id. */
	byte[] newId() {
		byte[] id = new byte[ID_BYTES];
		this.random.nextBytes(id);
		return id;
	}

	/** The code of a ticket id, grouped for reading. */
	String code(byte[] id) {
		byte[] whole = new byte[ID_BYTES + MAC_BYTES];
		System.arraycopy(id, 0, whole, 0, ID_BYTES);
		System.arraycopy(mac(id), 0, whole, ID_BYTES, MAC_BYTES);
		String plain = encode(whole);
		return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-"
				+ plain.substring(12, 16);
	}

	/** The ticket id of a code as typed or scanned, when it was made here. */
	Optional<byte[]> id(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String plain = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[^0-9A-Z]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		if (plain.length() != 16) {
			return Optional.empty();
		}
		byte[] whole = decode(plain);
		if (whole == null) {
			return Optional.empty();
		}
		byte[] id = Arrays.copyOf(whole, ID_BYTES);
		byte[] expected = Arrays.copyOf(mac(id), MAC_BYTES);
		return MessageDigest.isEqual(expected, Arrays.copyOfRange(whole, ID_BYTES, whole.length)) ? Optional.of(id)
				: Optional.empty();
	}

	private byte[] mac(byte[] id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(id);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC failed", ex);
		}
	}

	/** 10 bytes as 16 characters of 5 bits. */
	private static String encode(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		long bits = 0;
		int count = 0;
		for (byte b : bytes) {
			bits = (bits << 8) | (b & 0xff);
			count += 8;
			while (count >= 5) {
				text.append(ALPHABET.charAt((int) ((bits >> (count - 5)) & 31)));
				count -= 5;
			}
		}
		return text.toString();
	}

	private static byte[] decode(String text) {
		byte[] bytes = new byte[ID_BYTES + MAC_BYTES];
		long bits = 0;
		int count = 0;
		int at = 0;
		for (char c : text.toCharArray()) {
			int value = ALPHABET.indexOf(c);
			if (value < 0) {
				return null;
			}
			bits = (bits << 5) | value;
			count += 5;
			if (count >= 8) {
				bytes[at++] = (byte) ((bits >> (count - 8)) & 0xff);
				count -= 8;
			}
		}
		return bytes;
	}

	private String developmentKey(Path file) {
		try {
			Files.createDirectories(file.getParent());
			if (!Files.exists(file)) {
				// written whole, then moved into place: a second instance starting at the
				// same moment keeps the first one's key
				byte[] fresh = new byte[32];
				this.random.nextBytes(fresh);
				Properties created = new Properties();
				created.setProperty("tickets", Base64.getEncoder().encodeToString(fresh));
				Path temp = Files.createTempFile(file.getParent(), "keys", ".tmp");
				try (var out = Files.newOutputStream(temp)) {
					created.store(out,
							"Jobfair development keys (generated; set siapkerja.jobfair.keys.* in production)");
				}
				try {
					// link(2) fails when the name exists: never replaces another's key
					Files.createLink(file, temp);
				}
				catch (FileAlreadyExistsException ex) {
					// the other instance was first
				}
				finally {
					Files.deleteIfExists(temp);
				}
			}
			Properties keys = new Properties();
			try (var in = Files.newInputStream(file)) {
				keys.load(in);
			}
			return keys.getProperty("tickets");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the development ticket key in " + file, ex);
		}
	}

}
