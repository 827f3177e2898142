package id.siapkerja.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the platform's apps, run from its jar as a child process of the stack. */
final class App {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final String name;

	final String title;

	final int port;

	final Path log;

	private Process process;

	/** How it was last started, to start it the same way after a crash. */
	private List<String> command;

	private Map<String, String> env;

	final Restarts restarts = new Restarts();

	App(String name, String title, int port, Path logs) {
		this.name = name;
		this.title = title;
		this.port = port;
		this.log = logs.resolve(name + ".log");
	}

	String url() {
		return "http://localhost:" + this.port;
	}

	void start(String java, List<String> javaOptions, Path jar, Map<String, String> env) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"The jar of " + this.name + " is missing at " + jar + ". Build first: ./mvnw -DskipTests package");
		}
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(javaOptions);
		command.add("-jar");
		command.add(jar.toString());
		this.command = List.copyOf(command);
		this.env = Map.copyOf(env);
		launch();
	}

	/** Starts it again as it was started last, after it stopped on its own. */
	void restart() throws IOException {
		launch();
	}

	private void launch() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().putAll(this.env);
		this.process = builder.start();
	}

	boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	int exitValue() {
		return this.process.exitValue();
	}

	long pid() {
		return this.process.pid();
	}

	/** Whether {@code /actuator/health/readiness} says UP. */
	boolean isReady() {
		try {
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Asks the app to stop (SIGTERM, a graceful shutdown), and forces it after the grace
	 * period.
	 */
	void stop(Duration grace) {
		if (this.process == null) {
			return;
		}
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		descendants.forEach(ProcessHandle::destroyForcibly);
	}

	/** The last lines of the app's log, to show when it failed. */
	String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log at " + this.log + ")";
		}
	}

}
