package id.siapkerja.akun.sso;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * akun asking a service for a person's data ("Unduh data saya"): a token signed with
 * akun's OpenID Connect keys (so the service checks it against the key set it already
 * trusts), of its own type {@value #PERSONAL_DATA_TYPE} so no ID, access or logout token
 * can stand in for it, for that one service and person, valid two minutes.
 */
@Component
public class ServiceTokens {

	public static final String PERSONAL_DATA_TYPE = "personal-data+jwt";

	public static final String PERSONAL_DATA_SCOPE = "personal-data.read";

	/** A service that gives its part of a person's archive. */
	public record Service(String clientId, String name, URI personalDataUri) {
	}

	private final NimbusJwtEncoder encoder;

	private final SigningKeys keys;

	private final SsoProperties properties;

	private final Clock clock;

	ServiceTokens(SigningKeys keys, SsoProperties properties, Clock clock) {
		this.encoder = new NimbusJwtEncoder(keys);
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/** The registered services that keep data of their own, in their configured order. */
	public List<Service> withPersonalData() {
		return this.properties.getClients()
			.entrySet()
			.stream()
			.filter((client) -> StringUtils.hasText(client.getValue().getPersonalDataUri()))
			.map((client) -> new Service(client.getKey(),
					StringUtils.hasText(client.getValue().getName()) ? client.getValue().getName() : client.getKey(),
					URI.create(client.getValue().getPersonalDataUri())))
			.toList();
	}

	/** The token that asks this service for this person's data. */
	public String personalData(String account, String clientId, String issuer) {
		return sign(PERSONAL_DATA_TYPE, account, clientId, issuer, Duration.ofMinutes(2),
				Map.of("scope", PERSONAL_DATA_SCOPE));
	}

	/**
	 * A token about one person for one service, signed with the current key: its type,
	 * lifetime and own claims say what it is for.
	 */
	String sign(String type, String account, String clientId, String issuer, Duration lifetime,
			Map<String, Object> claims) {
		Instant now = this.clock.instant();
		JwtClaimsSet.Builder set = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(account)
			.audience(List.of(clientId))
			.issuedAt(now)
			.expiresAt(now.plus(lifetime))
			.id(UUID.randomUUID().toString());
		claims.forEach(set::claim);
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keys.currentKeyId()).type(type).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, set.build())).getTokenValue();
	}

}
