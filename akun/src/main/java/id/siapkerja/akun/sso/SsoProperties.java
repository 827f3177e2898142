package id.siapkerja.akun.sso;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The provider's configuration: {@code siapkerja.akun.issuer}, the clients under
 * {@code siapkerja.akun.clients.<client-id>.*}, the initial central admins and the
 * signing-key rotation.
 */
@ConfigurationProperties("siapkerja.akun")
public class SsoProperties {

	/** The issuer identifier: the public base URL of akun. */
	private String issuer = "http://localhost:8080";

	/** The registered clients by client id. */
	private Map<String, Client> clients = new LinkedHashMap<>();

	/**
	 * E-mail addresses of the accounts that are Admin Pusat (the initial central admins).
	 */
	private List<String> admins = new ArrayList<>();

	/** How long a signing key signs before a new one takes over. */
	private Duration keyRotation = Duration.ofDays(30);

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public Map<String, Client> getClients() {
		return this.clients;
	}

	public void setClients(Map<String, Client> clients) {
		this.clients = clients;
	}

	public List<String> getAdmins() {
		return this.admins;
	}

	/** Whether the account with this e-mail address is Admin Pusat. */
	public boolean isAdmin(String email) {
		return email != null && this.admins.stream().anyMatch((admin) -> admin.strip().equalsIgnoreCase(email.strip()));
	}

	public void setAdmins(List<String> admins) {
		this.admins = admins;
	}

	public Duration getKeyRotation() {
		return this.keyRotation;
	}

	public void setKeyRotation(Duration keyRotation) {
		this.keyRotation = keyRotation;
	}

	/**
	 * One client. Without a secret it is a public client (PKCE, no client
	 * authentication).
	 */
	public static class Client {

		/** The client's name as people see it on the consent page. */
		private String name;

		/** The secret of a confidential client; empty for a public client. */
		private String secret;

		private Set<String> redirectUris = new LinkedHashSet<>();

		private Set<String> postLogoutRedirectUris = new LinkedHashSet<>();

		/** Where akun posts the OIDC back-channel logout token; empty for none. */
		private String backchannelLogoutUri;

		/**
		 * Where akun asks for the service's part of a person's archive ("Unduh data
		 * saya"); empty for a service that keeps nothing of its own.
		 */
		private String personalDataUri;

		private Set<String> scopes = new LinkedHashSet<>(List.of("openid", "profile", "email", "phone"));

		/** A SIAPkerja service: no consent page. */
		private boolean firstParty;

		/** May use the client-credentials grant (for the event feed). */
		private boolean clientCredentials;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getSecret() {
			return this.secret;
		}

		public void setSecret(String secret) {
			this.secret = secret;
		}

		public Set<String> getRedirectUris() {
			return this.redirectUris;
		}

		public void setRedirectUris(Set<String> redirectUris) {
			this.redirectUris = redirectUris;
		}

		public Set<String> getPostLogoutRedirectUris() {
			return this.postLogoutRedirectUris;
		}

		public void setPostLogoutRedirectUris(Set<String> postLogoutRedirectUris) {
			this.postLogoutRedirectUris = postLogoutRedirectUris;
		}

		public String getBackchannelLogoutUri() {
			return this.backchannelLogoutUri;
		}

		public void setBackchannelLogoutUri(String backchannelLogoutUri) {
			this.backchannelLogoutUri = backchannelLogoutUri;
		}

		public String getPersonalDataUri() {
			return this.personalDataUri;
		}

		public void setPersonalDataUri(String personalDataUri) {
			this.personalDataUri = personalDataUri;
		}

		public Set<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(Set<String> scopes) {
			this.scopes = scopes;
		}

		public boolean isFirstParty() {
			return this.firstParty;
		}

		public void setFirstParty(boolean firstParty) {
			this.firstParty = firstParty;
		}

		public boolean isClientCredentials() {
			return this.clientCredentials;
		}

		public void setClientCredentials(boolean clientCredentials) {
			this.clientCredentials = clientCredentials;
		}

	}

}
