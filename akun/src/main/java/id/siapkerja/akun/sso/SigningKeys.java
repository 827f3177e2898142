package id.siapkerja.akun.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The RSA keys that sign ID and access tokens, with rotation: the newest key signs; a key
 * stays published in the JWK set for {@link #STILL_PUBLISHED} after a newer one took
 * over, so tokens it signed keep validating until they expire.
 * <p>
 * In production the keys come from {@code siapkerja.akun.jwks} (a JWK set with private
 * keys, the newest signing); otherwise they live in {@code <data-dir>/akun/jwks.json}, a
 * new one generated when the newest is older than {@code siapkerja.akun.key-rotation}.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

	/**
	 * Longer than any token signed with a key lives (access and ID tokens: 10 minutes).
	 */
	static final Duration STILL_PUBLISHED = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private final Path file;

	private final Duration rotation;

	private final Clock clock;

	private final boolean fromConfiguration;

	private volatile List<RSAKey> keys;

	SigningKeys(Environment environment, SsoProperties properties, Clock clock,
			@Value("${siapkerja.data-dir:data}") String dataDir) {
		this.file = Path.of(dataDir, "akun", "jwks.json");
		this.rotation = properties.getKeyRotation();
		this.clock = clock;
		String configured = environment.getProperty("siapkerja.akun.jwks");
		this.fromConfiguration = configured != null && !configured.isBlank();
		if (this.fromConfiguration) {
			this.keys = parse(configured);
		}
		else if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException(
					"Missing secret: set SIAPKERJA_AKUN_JWKS (a JWK set with the private RSA signing keys) for the prod profile");
		}
		else {
			this.keys = load();
			rotateIfDue();
		}
	}

	/** The key id that signs now. */
	public String currentKeyId() {
		return current().getKeyID();
	}

	/** The published public keys, newest first. */
	public JWKSet publicKeys() {
		return new JWKSet(new ArrayList<JWK>(published())).toPublicJWKSet();
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(new JWKSet(new ArrayList<JWK>(published())));
	}

	/** Starts signing with a new key now (development keys only). */
	public synchronized void rotate() {
		if (this.fromConfiguration) {
			throw new IllegalStateException("Keys from configuration are rotated by changing the configuration");
		}
		List<RSAKey> next = new ArrayList<>(this.keys);
		next.add(generate());
		next.removeIf((key) -> created(key).isBefore(this.clock.instant().minus(this.rotation).minus(STILL_PUBLISHED))
				&& next.size() > 1);
		save(next);
		this.keys = sorted(next);
		log.info("Signing key rotated; {} now signs", currentKeyId());
	}

	private synchronized void rotateIfDue() {
		if (this.keys.isEmpty() || created(this.keys.get(0)).isBefore(this.clock.instant().minus(this.rotation))) {
			rotate();
		}
	}

	private RSAKey current() {
		if (!this.fromConfiguration) {
			rotateIfDue();
		}
		return this.keys.get(0);
	}

	private List<RSAKey> published() {
		RSAKey current = current();
		Instant cutOff = this.clock.instant().minus(STILL_PUBLISHED);
		List<RSAKey> published = new ArrayList<>();
		for (int i = 0; i < this.keys.size(); i++) {
			RSAKey key = this.keys.get(i);
			// a key stops being published a day after its successor took over
			Instant retired = (i == 0) ? null : created(this.keys.get(i - 1));
			if (key == current || this.fromConfiguration || retired == null || retired.isAfter(cutOff)) {
				published.add(key);
			}
		}
		return published;
	}

	private RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			Instant now = this.clock.instant();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID("akun-" + now.getEpochSecond() + "-" + UUID.randomUUID().toString().substring(0, 8))
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.issueTime(Date.from(now))
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant created(RSAKey key) {
		return key.getIssueTime() == null ? Instant.EPOCH : key.getIssueTime().toInstant();
	}

	private static List<RSAKey> sorted(List<RSAKey> keys) {
		List<RSAKey> sorted = new ArrayList<>(keys);
		sorted.sort(Comparator.comparing(SigningKeys::created).reversed());
		return List.copyOf(sorted);
	}

	private List<RSAKey> load() {
		if (!Files.exists(this.file)) {
			return List.of();
		}
		try {
			return parse(Files.readString(this.file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the signing keys in " + this.file, ex);
		}
	}

	private static List<RSAKey> parse(String json) {
		try {
			List<RSAKey> keys = new ArrayList<>();
			for (JWK jwk : JWKSet.parse(json).getKeys()) {
				keys.add(jwk.toRSAKey());
			}
			return sorted(keys);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The signing keys are not a valid JWK set", ex);
		}
	}

	private void save(List<RSAKey> keys) {
		try {
			Files.createDirectories(this.file.getParent());
			Path temporary = Files.createTempFile(this.file.getParent(), "jwks", ".tmp");
			Files.writeString(temporary, new JWKSet(new ArrayList<JWK>(keys)).toString(false), StandardCharsets.UTF_8);
			Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the signing keys to " + this.file, ex);
		}
	}

}
