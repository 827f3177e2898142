package id.siapkerja.jobfair.akun;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * akun as Jobfair's one OpenID Connect provider, found by discovery from its issuer. The
 * discovery happens at the first login rather than at start-up, so Jobfair starts (and
 * shows its public pages) while akun is still starting or briefly down; a failed
 * discovery is tried again at the next login.
 */
@Component
public class AkunClientRegistrations implements ClientRegistrationRepository {

	public static final String REGISTRATION_ID = "akun";

	private static final Logger log = LoggerFactory.getLogger(AkunClientRegistrations.class);

	private final String issuer;

	private final String clientId;

	private final String clientSecret;

	private volatile ClientRegistration registration;

	AkunClientRegistrations(@Value("${siapkerja.jobfair.sso.issuer}") String issuer,
			@Value("${siapkerja.jobfair.sso.client-id}") String clientId,
			@Value("${siapkerja.jobfair.sso.client-secret}") String clientSecret) {
		this.issuer = issuer;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration found = this.registration;
		if (found == null) {
			synchronized (this) {
				if (this.registration == null) {
					log.info("Discovering the SSO provider at {}", this.issuer);
					this.registration = ClientRegistrations.fromIssuerLocation(this.issuer)
						.registrationId(REGISTRATION_ID)
						.clientId(this.clientId)
						.clientSecret(this.clientSecret)
						.scope("openid", "profile", "email", "phone")
						.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
						.userNameAttributeName("sub")
						.build();
				}
				found = this.registration;
			}
		}
		return found;
	}

}
