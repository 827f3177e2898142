package id.siapkerja.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * SsoLogins: browser-style logins through akun, then through Keycloak in the same run
 * with the same number of accounts, the same client (public, PKCE S256, no consent) and
 * the same concurrency; with full scale also akun once more under server JVM options.
 */
@RequiredArgsConstructor
final class SsoLogins {

	/**
	 * akun's dev profile gets a first-party public client like Keycloak's (no consent
	 * page).
	 */
	static final String BENCH_CLIENT = "{\"siapkerja\":{\"akun\":{\"clients\":{\"" + Keycloak.CLIENT
			+ "\":{\"name\":\"SIAPkerja bench\",\"redirect-uris\":\"" + SsoLoginsSimulation.REDIRECT
			+ "\",\"first-party\":true,\"scopes\":\"openid,profile,email\"}}}}}";

	static final String SERVER_OPTIONS = "-XX:+UseSerialGC -Xmx768m";

	private final Bench.Run run;

	/** One measured provider. */
	record Measured(String who, String jvm, GatlingStats stats, double cpuSeconds) {

		GatlingStats.Row logins() {
			return this.stats.row("login").orElseThrow();
		}

		/**
		 * Successful logins per second over the simulation (Gatling's count per second).
		 */
		double rate() {
			GatlingStats.Row logins = logins();
			return logins.total() == 0 ? 0 : logins.perSecond() * logins.ok() / logins.total();
		}

	}

	boolean run() throws Exception {
		Scale scale = this.run.scale();
		int accounts = scale.number("sso-accounts");
		List<Measured> measured = new ArrayList<>();
		Report report = new Report(this.run.reportsDir(), "sso-logins", "SsoLogins: akun beside Keycloak");
		measured.add(akun("akun", null, report));
		measured.add(keycloak(report));
		if (scale.yes("server-options-run")) {
			measured.add(akun("akun-server-options", SERVER_OPTIONS, report));
		}
		double argon2 = argon2Millis();
		Measured akun = measured.get(0);
		Measured keycloak = measured.get(1);
		report.heading("What was measured")
			.paragraph("Each login is what a browser does: `GET /authorize` (PKCE S256, a new browser without cookies) "
					+ "→ the provider's HTML login form → `POST` the password (with akun's CSRF token) → the redirect "
					+ "with the code (akun passes once more through `/oauth2/authorize`) → `POST /token` with the "
					+ "code verifier. " + scale.number("sso-concurrency") + " browsers log in at the same time, "
					+ "again and again, each time with the next of " + accounts + " distinct accounts, for "
					+ scale.seconds("sso-seconds").toSeconds() + " s after a warm-up of "
					+ scale.seconds("sso-warm-up-seconds").toSeconds() + " s (not counted). Both providers hash with "
					+ "Argon2id: akun with 19 MiB, t=2, p=1 (OWASP's minimum); Keycloak with its default. "
					+ "Both get a public client with PKCE and no consent page (akun's is registered first-party "
					+ "for the bench through `SPRING_APPLICATION_JSON`).")
			.heading("Figures")
			.table(List.of("provider", "JVM options", "logins", "errors", "logins/s", "p50 ms", "p95 ms",
					"CPU s per login"), measured.stream().map(SsoLogins::row).toList())
			.paragraph(Report.format("**akun ÷ Keycloak = %.2f** (logins per second, default options).%s",
					akun.rate() / keycloak.rate(),
					measured.size() > 2 ? Report.format(" Under server options akun makes %.2f× Keycloak's rate.",
							measured.get(2).rate() / keycloak.rate()) : ""))
			.paragraph(Report.format(
					"One Argon2id check at akun's parameters takes %.0f ms of CPU in the bench's JVM (Bouncy Castle, "
							+ "after warm-up): %.0f%% of the CPU akun spent per login. CPU per login is the provider's "
							+ "processes (with PostgreSQL for akun, Keycloak's embedded H2 runs inside Keycloak) over "
							+ "the measured run divided by the logins.",
					argon2, 100 * argon2 / 1000 / (akun.cpuSeconds() / akun.logins().ok())))
			.paragraph(Report.format("Around the hash akun spends %.0f ms of CPU per login (its processes' CPU per "
					+ "login less one Argon2id check): the five requests, sessions, the authorization's storage, "
					+ "two RS256 signatures, rendering and PostgreSQL. At 2× Keycloak's rate akun could spend %.0f ms "
					+ "per login in all, of which Argon2id at these parameters takes %.0f.",
					1000 * akun.cpuSeconds() / Math.max(1, akun.logins().ok()) - argon2,
					1000 * keycloak.cpuSeconds() / Math.max(1, keycloak.logins().ok()) / 2, argon2))
			.heading("Per request")
			.paragraph("akun, default options:")
			.requests(akun.stats())
			.paragraph("Keycloak " + Keycloak.VERSION + ":")
			.requests(keycloak.stats());
		Path file = report.write();
		System.out.println("   " + Report.format("akun %.1f/s, Keycloak %.1f/s", akun.rate(), keycloak.rate()));
		return measured.stream().allMatch((m) -> m.logins().ok() > 0 && (!scale.isSmoke() || m.logins().ko() == 0))
				&& file != null;
	}

	private static List<String> row(Measured m) {
		return List.of(m.who(), "`" + m.jvm() + "`", String.valueOf(m.logins().ok()), String.valueOf(m.logins().ko()),
				Report.format("%.1f", m.rate()), String.valueOf(m.logins().p50()), String.valueOf(m.logins().p95()),
				Report.format("%.3f", m.cpuSeconds() / Math.max(1, m.logins().ok())));
	}

	private Measured akun(String name, String javaOptions, Report report) throws Exception {
		Scale scale = this.run.scale();
		Path dir = this.run.freshDir(name);
		try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), javaOptions,
				Map.of("SPRING_APPLICATION_JSON", BENCH_CLIENT))) {
			List<Accounts.Account> accounts;
			try (Connection akun = stack.database("akun")) {
				accounts = Accounts.seed(akun, stack.dataDir, "sso", scale.number("sso-accounts"));
			}
			String base = stack.akun();
			SsoLoginsSimulation.plan = new SsoLoginsSimulation.Plan(SsoLoginsSimulation.Provider.AKUN, base, accounts,
					scale.number("sso-concurrency"), scale.seconds("sso-warm-up-seconds"));
			GatlingRun.run(SsoLoginsSimulation.class, dir.resolve("warm-up"), name + " warm-up", false);
			SsoLoginsSimulation.plan = new SsoLoginsSimulation.Plan(SsoLoginsSimulation.Provider.AKUN, base, accounts,
					scale.number("sso-concurrency"), scale.seconds("sso-seconds"));
			Map<String, Double> before = stack.cpuSeconds();
			Path gatling = GatlingRun.run(SsoLoginsSimulation.class, dir.resolve("gatling"), name, true);
			Map<String, Double> after = stack.cpuSeconds();
			double cpu = delta(before, after, "akun") + delta(before, after, "postgresql");
			report.gatling(gatling, name, name + ", " + stack.appJavaOptionsShown());
			return new Measured(name, javaOptions == null ? StackProcess.defaultJavaOptions() : javaOptions,
					GatlingStats.of(gatling), cpu);
		}
	}

	private Measured keycloak(Report report) throws Exception {
		Scale scale = this.run.scale();
		Path dir = this.run.freshDir("keycloak");
		List<Accounts.Account> accounts = new ArrayList<>();
		for (int i = 1; i <= scale.number("sso-accounts"); i++) {
			accounts
				.add(new Accounts.Account("kc-" + i, "sso-" + i + "@bench.siapkerja.id", "Pencaker Bench " + i, ""));
		}
		try (Keycloak keycloak = Keycloak.start(dir, accounts, SsoLoginsSimulation.REDIRECT)) {
			SsoLoginsSimulation.plan = new SsoLoginsSimulation.Plan(SsoLoginsSimulation.Provider.KEYCLOAK,
					keycloak.baseUrl(), accounts, scale.number("sso-concurrency"),
					scale.seconds("sso-warm-up-seconds"));
			GatlingRun.run(SsoLoginsSimulation.class, dir.resolve("warm-up"), "keycloak warm-up", false);
			SsoLoginsSimulation.plan = new SsoLoginsSimulation.Plan(SsoLoginsSimulation.Provider.KEYCLOAK,
					keycloak.baseUrl(), accounts, scale.number("sso-concurrency"), scale.seconds("sso-seconds"));
			double before = keycloak.cpuSeconds();
			Path gatling = GatlingRun.run(SsoLoginsSimulation.class, dir.resolve("gatling"), "keycloak", true);
			double cpu = keycloak.cpuSeconds() - before;
			report.gatling(gatling, "keycloak", "Keycloak " + Keycloak.VERSION + " start-dev, " + keycloak.javaOptions);
			return new Measured("Keycloak " + Keycloak.VERSION, keycloak.javaOptions, GatlingStats.of(gatling), cpu);
		}
	}

	static double delta(Map<String, Double> before, Map<String, Double> after, String process) {
		return after.getOrDefault(process, 0.0) - before.getOrDefault(process, 0.0);
	}

	/** CPU milliseconds of one Argon2id check at akun's parameters, after a warm-up. */
	static double argon2Millis() {
		Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		String hash = encoder.encode(Accounts.PASSWORD);
		for (int i = 0; i < 5; i++) {
			encoder.matches(Accounts.PASSWORD, hash);
		}
		var thread = java.lang.management.ManagementFactory.getThreadMXBean();
		long began = thread.getCurrentThreadCpuTime();
		int checks = 10;
		for (int i = 0; i < checks; i++) {
			encoder.matches(Accounts.PASSWORD, hash);
		}
		return (thread.getCurrentThreadCpuTime() - began) / 1e6 / checks;
	}

}
