package id.siapkerja.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import id.siapkerja.webkit.postgres.EmbeddedPostgres;

/**
 * The whole platform with one command: the embedded PostgreSQL, then gov-sim, akun and
 * jobfair as child processes. It waits until each app is ready, prints where everything
 * is, restarts an app that crashes (with backoff, not in a crash loop), and on Ctrl-C or
 * SIGTERM stops the apps and then the database. Each app watches the stack's process and
 * stops on its own if the stack is killed hard, and the last one out stops the database,
 * so nothing is left behind.
 */
public final class Stack {

	private static final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	/** Tomcat's list of trusted proxies: this machine (nginx in front of Jobfair). */
	static final String LOOPBACK_PROXY = "127.0.0.1/32, ::1/128";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final StackOptions options;

	private final List<App> apps;

	private EmbeddedPostgres postgres;

	private final CountDownLatch stopped = new CountDownLatch(1);

	/** Set as soon as stopping begins: apps stopping then are not crashes. */
	private volatile boolean stopping;

	private final AotCaches aot;

	private Stack(StackOptions options) {
		this.options = options;
		this.aot = new AotCaches(options.dataDir());
		Path logs = options.dataDir().resolve("logs");
		this.apps = List.of(new App("gov-sim", "gov-sim (Dukcapil, WLKP, SMS, SMTP)", options.govsimPort(), logs),
				new App("akun", "Akun SIAPkerja", options.akunPort(), logs),
				new App("jobfair", "Jobfair", options.jobfairPort(), logs));
	}

	public static void main(String[] args) {
		System.setProperty("java.util.logging.SimpleFormatter.format", "  %5$s%6$s%n");
		StackOptions options;
		try {
			options = StackOptions.parse(args, System.getenv());
		}
		catch (IllegalArgumentException | IOException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Stack stack = new Stack(options);
		Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "siapkerja-stack-stop"));
		try {
			stack.start();
		}
		catch (RuntimeException | IOException ex) {
			System.err.println();
			System.err.println("SIAPkerja tidak dapat dimulai / could not start: " + ex.getMessage());
			System.exit(1);
		}
		stack.watch();
	}

	private void start() throws IOException {
		long began = System.nanoTime();
		out.println("SIAPkerja: memulai platform / starting the platform");
		Files.createDirectories(this.options.dataDir().resolve("logs"));
		checkPortsAreFree();
		Map<String, String> env = new HashMap<>();
		if (this.options.externalDatabaseUrl() == null) {
			out.println("  PostgreSQL 18 (embedded), data in " + this.options.dataDir());
			this.postgres = EmbeddedPostgres.acquire(this.options.dataDir(), this.options.pgPort());
			for (String database : List.of("govsim", "akun", "jobfair")) {
				this.postgres.ensureDatabase(database);
			}
			env.put("SIAPKERJA_PG_PORT", String.valueOf(this.postgres.port()));
		}
		else {
			out.println("  PostgreSQL: the external server of SPRING_DATASOURCE_URL (databases govsim, akun, jobfair)");
		}
		env.put("SIAPKERJA_DATA_DIR", this.options.dataDir().toString());
		env.put("SIAPKERJA_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
		env.put("SIAPKERJA_URLS_AKUN", "http://localhost:" + this.options.akunPort());
		// behind a proxy (e.g. nginx in front of several Jobfair instances) Jobfair's
		// public URL is the proxy's
		env.put("SIAPKERJA_URLS_JOBFAIR", this.options.jobfairUrl() != null ? this.options.jobfairUrl()
				: "http://localhost:" + this.options.jobfairPort());

		env.put("SIAPKERJA_URLS_GOVSIM", "http://localhost:" + this.options.govsimPort());
		env.put("SIAPKERJA_GOVSIM_SMTP_PORT", String.valueOf(this.options.smtpPort()));
		env.put("SPRING_MAIL_PORT", String.valueOf(this.options.smtpPort()));

		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> javaOptions = Arrays.stream(this.options.javaOptions().trim().split("\\s+"))
			.filter((option) -> !option.isEmpty())
			.toList();
		List<Runnable> training = new java.util.ArrayList<>();
		for (App app : this.apps) {
			Map<String, String> appEnv = new HashMap<>(env);
			appEnv.put("SERVER_PORT", String.valueOf(app.port));
			if (app.name.equals("jobfair") && this.options.jobfairUrl() != null) {
				// Jobfair behind a proxy on this machine: its forwarding headers count
				// (akun's and gov-sim's, reached directly, never)
				appEnv.put("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", LOOPBACK_PROXY);
			}
			String database = app.name.replace("-", "");
			if (this.options.externalDatabaseUrl() != null) {
				appEnv.put("SPRING_DATASOURCE_URL", withDatabase(this.options.externalDatabaseUrl(), database));
			}
			Path jar = this.options.appsDir().resolve(app.name + ".jar");
			AotCaches.Launch launch = this.options.aot() && Files.isRegularFile(jar) ? this.aot.launch(app.name, jar)
					: new AotCaches.Launch(jar, List.of(), false);
			List<String> appOptions = new java.util.ArrayList<>(javaOptions);
			appOptions.addAll(launch.options());
			app.start(java, appOptions, launch.jar(), appEnv);
			out.println("  " + app.name + ": dimulai / starting (pid " + app.pid()
					+ (launch.cached() ? ", AOT cache" : "") + ", log " + app.log + ")");
			if (this.options.aot() && !launch.cached()) {
				training.add(() -> train(java, javaOptions, app, jar, appEnv));
			}
		}
		awaitReady(began);
		printWelcome(began);
		if (!training.isEmpty()) {
			Thread trainer = new Thread(() -> {
				training.forEach(Runnable::run);
				if (!this.aot.cancelled()) {
					out.println(AOT_READY);
				}
			}, "siapkerja-aot-training");
			trainer.setDaemon(true);
			trainer.start();
		}
	}

	/** Said when the caches of this build are trained: the next start is fast. */
	static final String AOT_READY = "SIAPkerja: cache AOT siap, start berikutnya lebih cepat / AOT caches ready, the next start is faster";

	private void train(String java, List<String> javaOptions, App app, Path jar, Map<String, String> env) {
		if (this.aot.cancelled()) {
			return;
		}
		try {
			Path log = this.options.dataDir().resolve("logs").resolve(app.name + "-aot.log");
			boolean trained = this.aot.train(java, javaOptions, app.name, jar, env, log);
			if (this.aot.cancelled()) {
				return; // the stack is stopping: not a failure to report
			}
			out.println("  " + app.name + ": " + (trained ? "cache AOT dilatih / AOT cache trained"
					: "cache AOT tidak jadi / no AOT cache (see " + log + ")"));
		}
		catch (IOException ex) {
			out.println("  " + app.name + ": no AOT cache (" + ex.getMessage() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitReady(long began) {
		long deadline = began + START_TIMEOUT.toNanos();
		List<App> waiting = new java.util.ArrayList<>(this.apps);
		while (!waiting.isEmpty()) {
			for (App app : List.copyOf(waiting)) {
				if (!app.isAlive()) {
					throw new IllegalStateException(app.name + " stopped with exit code " + app.exitValue()
							+ ". The end of its log (" + app.log + "):" + System.lineSeparator() + app.logTail(40));
				}
				if (app.isReady()) {
					waiting.remove(app);
					out.printf("  %s: siap / ready (%.1f s)%n", app.name, seconds(began));
				}
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("not ready within " + START_TIMEOUT.toSeconds() + " s: "
						+ waiting.stream().map((app) -> app.name + " (log " + app.log + ")").toList());
			}
			sleep(100); // each look is a refused connection or one small GET: cheap, and
						// the
						// welcome comes as soon as the last app is ready
		}
	}

	private void printWelcome(long began) {
		String line = "=".repeat(72);
		out.println(line);
		out.printf("SIAPkerja siap / is ready (%.0f s)%n", seconds(began));
		out.println();
		for (App app : this.apps) {
			out.printf("  %-40s %s%n", app.title, app.url());
		}
		out.printf("  %-40s %s%n", "Kotak surat / mailbox (SMTP " + this.options.smtpPort() + ")",
				"http://localhost:" + this.options.govsimPort() + "/mail");
		if (this.postgres != null) {
			out.printf("  %-40s %s%n", "PostgreSQL 18",
					"127.0.0.1:" + this.postgres.port() + " (akun, jobfair, govsim)");
		}
		out.printf("  %-40s %s%n", "Data", this.options.dataDir());
		out.printf("  %-40s %s%n", "Log", this.options.dataDir().resolve("logs"));
		out.println();
		out.println("Akun demo / demo accounts:");
		for (String account : DemoAccounts.list()) {
			out.println("  " + account);
		}
		out.println();
		out.println("Tekan Ctrl-C untuk berhenti / press Ctrl-C to stop.");
		out.println(line);
	}

	/**
	 * Supervises the apps until the stack is stopped: an app that stops on its own (a
	 * crash, {@code kill -9}, out of memory) is reported and started again with the same
	 * options after a growing wait ({@link Restarts}); one in a crash loop is reported
	 * and left stopped while the others go on.
	 */
	private void watch() {
		Map<App, Instant> restartAt = new HashMap<>();
		java.util.Set<App> givenUp = new java.util.HashSet<>();
		while (this.stopped.getCount() > 0) {
			Instant now = Instant.now();
			for (App app : this.apps) {
				if (this.stopping || app.isAlive() || givenUp.contains(app)) {
					continue;
				}
				Instant due = restartAt.get(app);
				if (due == null) {
					Duration wait = app.restarts.crashed(now);
					out.println(now + " " + app.name + " berhenti / stopped (exit code " + app.exitValue() + "); see "
							+ app.log);
					if (wait == null) {
						givenUp.add(app);
						out.println(now + " " + app.name + ": berhenti " + app.restarts.recent() + " kali dalam "
								+ Restarts.WINDOW.toMinutes() + " menit, tidak dimulai ulang / crash loop ("
								+ app.restarts.recent() + " stops in " + Restarts.WINDOW.toMinutes()
								+ " min), not restarted. The end of its log:" + System.lineSeparator()
								+ app.logTail(20));
					}
					else {
						restartAt.put(app, now.plus(wait));
						out.println(now + " " + app.name + ": dimulai ulang dalam / restarting in " + wait.toSeconds()
								+ " s");
					}
				}
				else if (!now.isBefore(due)) {
					restartAt.remove(app);
					restart(app);
				}
			}
			try {
				if (this.stopped.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Starts a crashed app again, unless the stack is stopping meanwhile. */
	private synchronized void restart(App app) {
		if (this.stopping) {
			return;
		}
		try {
			app.restart();
			out.println(Instant.now() + " " + app.name + ": dimulai ulang / restarted (pid " + app.pid() + ", log "
					+ app.log + ")");
		}
		catch (IOException ex) {
			out.println(Instant.now() + " " + app.name + ": tidak dapat dimulai ulang / could not restart: "
					+ ex.getMessage());
		}
	}

	private void stop() {
		this.stopping = true;
		stopEverything();
	}

	private synchronized void stopEverything() {
		if (this.stopped.getCount() == 0) {
			return;
		}
		out.println();
		out.println("SIAPkerja: menghentikan / stopping ...");
		// an AOT training step is an app of its own with a lease on the database: it goes
		// first
		this.aot.cancel(STOP_GRACE);
		for (App app : this.apps.reversed()) {
			app.stop(STOP_GRACE);
			out.println("  " + app.name + ": berhenti / stopped");
		}
		if (this.postgres != null) {
			this.postgres.release();
			out.println("  PostgreSQL: berhenti / stopped");
		}
		this.stopped.countDown();
	}

	private void checkPortsAreFree() {
		Map<String, Integer> ports = new java.util.LinkedHashMap<>();
		for (App app : this.apps) {
			ports.put(app.name, app.port);
		}
		ports.put("SMTP (gov-sim)", this.options.smtpPort());
		for (var entry : ports.entrySet()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", entry.getValue()), 300);
				throw new IllegalStateException("port " + entry.getValue() + " for " + entry.getKey()
						+ " is already in use (is SIAPkerja already running?). Stop that program, or choose other ports, e.g. --akun-port=18080 --jobfair-port=18081 --govsim-port=18090 --smtp-port=13025");
			}
			catch (IOException free) {
				// nothing listens: good
			}
		}
	}

	/**
	 * The JDBC URL of the external server with the app's own database in place of the one
	 * given.
	 */
	static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//");
		int pathStart = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
		if (pathStart < 0) {
			int query = url.indexOf('?');
			return query < 0 ? url + "/" + database : url.substring(0, query) + "/" + database + url.substring(query);
		}
		int query = url.indexOf('?', pathStart);
		return url.substring(0, pathStart + 1) + database + (query < 0 ? "" : url.substring(query));
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
