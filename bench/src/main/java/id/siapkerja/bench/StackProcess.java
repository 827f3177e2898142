package id.siapkerja.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The platform as users run it: the stack's jar started as a child process on a data
 * directory of its own and free ports, ready when the stack says so, stopped with SIGTERM
 * like Ctrl-C. Knows the apps' processes, to read the CPU time they took.
 */
final class StackProcess implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

	/** The stack's line for one app: " akun: siap / ready (21.4 s)". */
	private static final java.util.regex.Pattern READY_LINE = java.util.regex.Pattern
		.compile("^\\s*(\\S+): siap / ready \\(([0-9.]+) s\\)");

	final Path dataDir;

	final int akunPort;

	final int jobfairPort;

	final int govsimPort;

	final int smtpPort;

	final int pgPort;

	final String appJavaOptions;

	private final Process process;

	private final Path stackJar;

	private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

	/** Seconds from the start of the process to the stack's "ready" line. */
	final double readySeconds;

	/** When the stack's process was started ({@link System#nanoTime()}). */
	private long began;

	private StackProcess(Path stackJar, Path dataDir, String appJavaOptions, Map<String, String> environment)
			throws IOException {
		this.dataDir = dataDir;
		this.stackJar = stackJar;
		this.appJavaOptions = appJavaOptions;
		int[] ports = freePorts(5);
		this.akunPort = ports[0];
		this.jobfairPort = ports[1];
		this.govsimPort = ports[2];
		this.smtpPort = ports[3];
		this.pgPort = ports[4];
		List<String> command = new ArrayList<>(List.of(javaCommand(), "-jar", stackJar.toString(),
				"--data-dir=" + dataDir, "--akun-port=" + this.akunPort, "--jobfair-port=" + this.jobfairPort,
				"--govsim-port=" + this.govsimPort, "--smtp-port=" + this.smtpPort, "--pg-port=" + this.pgPort));
		if (appJavaOptions != null) {
			command.add("--app-java-opts=" + appJavaOptions);
		}
		if (!environment.containsKey("SIAPKERJA_AOT")) {
			// a fresh data directory would train the AOT caches in the background during
			// the measurement: only the startup scenario asks for them
			command.add("--aot=false");
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		this.began = System.nanoTime();
		long began = this.began;
		this.process = builder.start();
		Thread reader = new Thread(() -> read(this.process.getInputStream()), "stack-output");
		reader.setDaemon(true);
		reader.start();
		this.readySeconds = awaitReady(began);
	}

	/**
	 * Starts the stack on {@code dataDir} (created when missing) and waits until it is
	 * ready.
	 */
	static StackProcess start(Path stackJar, Path dataDir, String appJavaOptions, Map<String, String> environment) {
		try {
			Files.createDirectories(dataDir);
			return new StackProcess(stackJar, dataDir, appJavaOptions, environment);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String akun() {
		return "http://localhost:" + this.akunPort;
	}

	String jobfair() {
		return "http://localhost:" + this.jobfairPort;
	}

	String govsim() {
		return "http://localhost:" + this.govsimPort;
	}

	/** The apps' jars the stack starts ({@code apps/} beside the stack's jar). */
	Path appsDir() {
		return this.stackJar.toAbsolutePath().getParent().resolve("apps");
	}

	/** The process of the stack's Jobfair. */
	long jobfairPid() {
		return this.process.toHandle()
			.descendants()
			.filter((handle) -> handle.info().commandLine().orElse("").contains("jobfair.jar"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no Jobfair process under the stack"))
			.pid();
	}

	/** A connection to one of the apps' databases on the embedded server. */
	Connection database(String name) throws SQLException {
		Properties credentials = new Properties();
		try (Reader in = Files.newBufferedReader(this.dataDir.resolve("postgres").resolve("credentials.properties"))) {
			credentials.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Properties props = new Properties();
		props.setProperty("user", credentials.getProperty("username"));
		props.setProperty("password", credentials.getProperty("password"));
		props.setProperty("reWriteBatchedInserts", "true");
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + this.pgPort + "/" + name, props);
	}

	/**
	 * CPU seconds taken so far by each app and by PostgreSQL (all its processes), read
	 * from /proc.
	 */
	Map<String, Double> cpuSeconds() {
		Map<String, Double> cpu = new LinkedHashMap<>();
		this.process.toHandle().descendants().forEach((handle) -> {
			String commandLine = handle.info().commandLine().orElse("");
			String name = commandLine.contains("akun.jar") ? "akun" : commandLine.contains("jobfair.jar") ? "jobfair"
					: commandLine.contains("gov-sim.jar") ? "gov-sim" : null;
			if (name != null) {
				cpu.merge(name, ProcessCpu.seconds(handle.pid()), Double::sum);
			}
		});
		// pg_ctl detaches the postmaster: found through its pid file; ended backends are
		// counted in the postmaster's children's time
		postmaster().ifPresent((postmaster) -> {
			double total = ProcessCpu.withEndedChildren(postmaster.pid());
			for (ProcessHandle backend : postmaster.descendants().toList()) {
				total += ProcessCpu.seconds(backend.pid());
			}
			cpu.put("postgresql", total);
		});
		return cpu;
	}

	private java.util.Optional<ProcessHandle> postmaster() {
		try (var files = Files.walk(this.dataDir.resolve("postgres"), 3)) {
			return files.filter((file) -> file.getFileName().toString().equals("postmaster.pid"))
				.findFirst()
				.flatMap((file) -> {
					try {
						return ProcessHandle.of(Long.parseLong(Files.readAllLines(file).get(0).strip()));
					}
					catch (IOException | RuntimeException ex) {
						return java.util.Optional.empty();
					}
				});
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

	/** When each app said it was ready, as the stack printed it ("akun 21.4, …"). */
	String appReadyTimes() {
		List<String> times = new ArrayList<>();
		synchronized (this.output) {
			for (String line : this.output) {
				java.util.regex.Matcher ready = READY_LINE.matcher(line);
				if (ready.find()) {
					times.add(ready.group(1) + " " + ready.group(2));
				}
			}
		}
		return String.join(", ", times);
	}

	/** The JVM options each app runs with, as the stack passes them. */
	String appJavaOptionsShown() {
		return this.appJavaOptions != null ? this.appJavaOptions : "the stack's default (" + defaultJavaOptions() + ")";
	}

	static String defaultJavaOptions() {
		return "-XX:+UseSerialGC -Xmx768m";
	}

	private double awaitReady(long began) {
		long deadline = began + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			synchronized (this.output) {
				for (String line : this.output) {
					if (line.contains("SIAPkerja siap / is ready")) {
						return (System.nanoTime() - began) / 1e9;
					}
				}
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the stack stopped (exit code " + this.process.exitValue() + "):\n"
						+ String.join("\n", this.output));
			}
			sleep(100);
		}
		close();
		throw new IllegalStateException("the stack was not ready within " + READY_TIMEOUT.toSeconds() + " s:\n"
				+ String.join("\n", this.output));
	}

	/**
	 * Waits until the stack prints a line containing the text; the seconds since the
	 * stack's start, or -1 when it did not come in time.
	 */
	double awaitLine(String text, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && this.process.isAlive()) {
			synchronized (this.output) {
				for (String line : this.output) {
					if (line.contains(text)) {
						return (System.nanoTime() - this.began) / 1e9;
					}
				}
			}
			sleep(250);
		}
		return -1;
	}

	/** Answers 200 at the app's readiness endpoint. */
	static boolean ready(String baseUrl) {
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void read(java.io.InputStream in) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				this.output.add(line);
			}
		}
		catch (IOException ex) {
			// the stack ended
		}
	}

	/** Stops the stack as Ctrl-C does: the apps, then the database. */
	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(90, TimeUnit.SECONDS)) {
					this.process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static String javaCommand() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	static int[] freePorts(int count) throws IOException {
		return id.siapkerja.webkit.net.FreePorts.some(count);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
