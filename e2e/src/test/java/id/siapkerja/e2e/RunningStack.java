package id.siapkerja.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The stack's jar started the way a person starts it, on free ports and its own data
 * directory, as the journeys' system under test.
 */
final class RunningStack {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

	final Path dataDir;

	final int akunPort;

	final int jobfairPort;

	final int govsimPort;

	final int smtpPort;

	private Process process;

	private Thread reader;

	private final List<String> output = Collections.synchronizedList(new ArrayList<>());

	private RunningStack(Path dataDir) throws IOException {
		this.dataDir = dataDir;
		this.akunPort = freePort();
		this.jobfairPort = freePort();
		this.govsimPort = freePort();
		this.smtpPort = freePort();
	}

	/** A stack on a fresh data directory. */
	static RunningStack fresh() throws IOException {
		Path base = Path.of(System.getProperty("siapkerja.e2e.work-dir", "target/e2e"));
		// not a temp directory (mode 700): as root the database runs as nobody and must
		// reach it
		return new RunningStack(Files.createDirectories(base.resolve("stack-" + System.nanoTime())));
	}

	/**
	 * Starts (again) on the same ports and data directory and waits until it says it is
	 * ready.
	 */
	RunningStack start(String... extraArguments) throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("siapkerja.stack-jar", "../stack/target/siapkerja-stack.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"No stack jar at " + jar.toAbsolutePath() + "; build it: ./mvnw -DskipTests package");
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		this.output.clear();
		List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--data-dir=" + this.dataDir,
				"--akun-port=" + this.akunPort, "--jobfair-port=" + this.jobfairPort,
				"--govsim-port=" + this.govsimPort, "--smtp-port=" + this.smtpPort, "--pg-port=0"));
		command.addAll(List.of(extraArguments));
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		CompletableFuture<Boolean> ready = new CompletableFuture<>();
		this.reader = new Thread(() -> {
			try (var lines = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					this.output.add(line);
					System.out.println("[stack] " + line);
					if (line.contains("press Ctrl-C to stop")) { // the last line of the
																	// welcome
						ready.complete(true);
					}
				}
			}
			catch (IOException ex) {
				// the stack ended
			}
			ready.complete(false);
		}, "stack-output");
		this.reader.setDaemon(true);
		this.reader.start();
		try {
			if (!ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				throw new IllegalStateException(
						"The stack ended before it was ready:\n" + String.join("\n", this.output));
			}
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("The stack was not ready in time:\n" + String.join("\n", this.output), ex);
		}
		return this;
	}

	String jobfairUrl() {
		return "http://localhost:" + this.jobfairPort;
	}

	String akunUrl() {
		return "http://localhost:" + this.akunPort;
	}

	String govsimUrl() {
		return "http://localhost:" + this.govsimPort;
	}

	List<String> output() {
		return List.copyOf(this.output);
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	/**
	 * Every process the stack started, with their children (the apps; PostgreSQL detaches
	 * itself).
	 */
	List<ProcessHandle> descendants() {
		return this.process.descendants().toList();
	}

	/** Stops it as Ctrl-C or SIGTERM would, and waits for it to end. */
	int stop() throws InterruptedException {
		if (this.process == null || !this.process.isAlive()) {
			return this.process == null ? 0 : this.process.exitValue();
		}
		// SIGTERM through the handle: Process.destroy() would also close the pipe and
		// lose the last lines
		this.process.toHandle().destroy();
		if (!this.process.waitFor(90, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("The stack did not stop within 90 s");
		}
		this.reader.join(5000); // the last lines it printed
		return this.process.exitValue();
	}

	/** Kills it as {@code kill -9} would. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

	static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The port of the embedded PostgreSQL, from the line the stack prints. */
	int postgresPort() {
		return this.output.stream()
			.filter((line) -> line.contains("PostgreSQL 18") && line.contains("127.0.0.1:"))
			.map((line) -> line.replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"))
			.map(Integer::parseInt)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Outside the ephemeral range, where a browser's or a pool's connection could take it
	 * first.
	 */
	static int freePort() throws IOException {
		return id.siapkerja.webkit.net.FreePorts.one();
	}

}
