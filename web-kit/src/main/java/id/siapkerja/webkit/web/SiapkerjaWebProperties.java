package id.siapkerja.webkit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the shared web layer ({@code siapkerja.*}). */
@ConfigurationProperties("siapkerja")
public class SiapkerjaWebProperties {

	private final Urls urls = new Urls();

	private final Web web = new Web();

	private final Capacity capacity = new Capacity();

	public Capacity getCapacity() {
		return this.capacity;
	}

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

		/**
		 * Whether the app has a privacy page at {@code /privasi}, linked from every
		 * page's footer (akun and Jobfair do; the simulator of outside systems does not).
		 */
		private boolean privacyPage;

		/**
		 * Paths (and the paths below them) whose pages may use the camera (to read QR
		 * codes); everywhere else the camera is denied.
		 */
		private java.util.List<String> cameraPaths = new java.util.ArrayList<>();

		public java.util.List<String> getCameraPaths() {
			return this.cameraPaths;
		}

		public void setCameraPaths(java.util.List<String> cameraPaths) {
			this.cameraPaths = cameraPaths;
		}

		public boolean isPrivacyPage() {
			return this.privacyPage;
		}

		public void setPrivacyPage(boolean privacyPage) {
			this.privacyPage = privacyPage;
		}

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

	/**
	 * What an instance takes on at once ({@link Admission}): requests beyond
	 * {@code concurrent} wait in a queue of {@code queue} for at most {@code wait} (those
	 * not yet inside for at most {@code newcomerWait}), the rest are asked to come back
	 * after {@code retryAfter}; a session let in during the last {@code inside} goes
	 * before newcomers.
	 */
	public static class Capacity {

		private boolean enabled = true;

		/** Requests worked on at once; by default 8 per processor, at least 8. */
		private int concurrent = Math.max(8, 8 * Runtime.getRuntime().availableProcessors());

		private int queue = 4000;

		private java.time.Duration wait = java.time.Duration.ofSeconds(5);

		private java.time.Duration retryAfter = java.time.Duration.ofSeconds(5);

		/**
		 * How long someone not yet inside waits for a place before being asked to come
		 * back; when the line is longer than that, the answer comes at once.
		 */
		private java.time.Duration newcomerWait = java.time.Duration.ofMillis(500);

		public java.time.Duration getNewcomerWait() {
			return this.newcomerWait;
		}

		public void setNewcomerWait(java.time.Duration newcomerWait) {
			this.newcomerWait = newcomerWait;
		}

		private java.time.Duration inside = java.time.Duration.ofMinutes(2);

		public java.time.Duration getInside() {
			return this.inside;
		}

		public void setInside(java.time.Duration inside) {
			this.inside = inside;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getConcurrent() {
			return this.concurrent;
		}

		public void setConcurrent(int concurrent) {
			this.concurrent = concurrent;
		}

		public int getQueue() {
			return this.queue;
		}

		public void setQueue(int queue) {
			this.queue = queue;
		}

		public java.time.Duration getWait() {
			return this.wait;
		}

		public void setWait(java.time.Duration wait) {
			this.wait = wait;
		}

		public java.time.Duration getRetryAfter() {
			return this.retryAfter;
		}

		public void setRetryAfter(java.time.Duration retryAfter) {
			this.retryAfter = retryAfter;
		}

	}

}
