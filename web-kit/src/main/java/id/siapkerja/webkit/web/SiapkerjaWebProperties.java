package id.siapkerja.webkit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the shared web layer ({@code siapkerja.*}). */
@ConfigurationProperties("siapkerja")
public class SiapkerjaWebProperties {

	private final Urls urls = new Urls();

	private final Web web = new Web();

	public Urls getUrls() {
		return this.urls;
	}

	public Web getWeb() {
		return this.web;
	}

	String getContentSecurityPolicy() {
		String policy = this.web.getContentSecurityPolicy();
		if (this.web.getFormActionSources().isEmpty()) {
			return policy;
		}
		return policy.replace("form-action 'self'",
				"form-action 'self' " + String.join(" ", this.web.getFormActionSources()));
	}

	/** Where the sibling services are, for links between them. */
	public static class Urls {

		private String akun = "http://localhost:8080";

		private String jobfair = "http://localhost:8081";

		private String govsim = "http://localhost:8090";

		public String getAkun() {
			return this.akun;
		}

		public void setAkun(String akun) {
			this.akun = akun;
		}

		public String getJobfair() {
			return this.jobfair;
		}

		public void setJobfair(String jobfair) {
			this.jobfair = jobfair;
		}

		public String getGovsim() {
			return this.govsim;
		}

		public void setGovsim(String govsim) {
			this.govsim = govsim;
		}

	}

	/** Response headers. */
	public static class Web {

		private String contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; "
				+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";

		/**
		 * Other origins a form may lead to, through the redirects after it is sent (a
		 * login that returns to the service that asked for it, a logout at the SSO
		 * provider): added to {@code form-action}, which browsers also apply to
		 * redirects.
		 */
		private java.util.List<String> formActionSources = new java.util.ArrayList<>();

		/**
		 * The folders of static files: links into them are fingerprinted and the
		 * fingerprinted files cached for a year ({@link StaticAssets}).
		 */
		private java.util.List<String> assetFolders = new java.util.ArrayList<>(
				java.util.List.of("/webjars/", "/webkit/", "/css/", "/js/", "/img/"));

		public java.util.List<String> getAssetFolders() {
			return this.assetFolders;
		}

		public void setAssetFolders(java.util.List<String> assetFolders) {
			this.assetFolders = assetFolders;
		}

		public java.util.List<String> getFormActionSources() {
			return this.formActionSources;
		}

		public void setFormActionSources(java.util.List<String> formActionSources) {
			this.formActionSources = formActionSources;
		}

		public String getContentSecurityPolicy() {
			return this.contentSecurityPolicy;
		}

		public void setContentSecurityPolicy(String contentSecurityPolicy) {
			this.contentSecurityPolicy = contentSecurityPolicy;
		}

	}

}
