package id.siapkerja.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two apps started by hand, without the stack, on one data directory: the second joins
 * the embedded PostgreSQL the first started, the server outlives the first, and the last
 * one out stops it.
 */
class AppsByHandTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopAll() {
		this.started.forEach(Process::destroyForcibly);
	}

	@Test
	void akunAndJobfairShareOneEmbeddedPostgres() throws Exception {
		Path dataDir = Files.createDirectories(Path.of(System.getProperty("siapkerja.e2e.work-dir", "target/e2e"))
			.resolve("by-hand-" + System.nanoTime()));
		int akunPort = RunningStack.freePort();
		int jobfairPort = RunningStack.freePort();
		Process akun = start("akun", akunPort, dataDir);
		Process jobfair = start("jobfair", jobfairPort, dataDir);
		awaitHealthy(akunPort, akun, dataDir.resolve("akun.log"));
		awaitHealthy(jobfairPort, jobfair, dataDir.resolve("jobfair.log"));

		String akunLog = Files.readString(dataDir.resolve("akun.log"));
		String jobfairLog = Files.readString(dataDir.resolve("jobfair.log"));
		String akunServer = akunLog.replaceAll("(?s).*embedded PostgreSQL at (127\\.0\\.0\\.1:\\d+).*", "$1");
		String jobfairServer = jobfairLog.replaceAll("(?s).*embedded PostgreSQL at (127\\.0\\.0\\.1:\\d+).*", "$1");
		assertThat(akunServer).startsWith("127.0.0.1:").isEqualTo(jobfairServer);
		int postgresPort = Integer.parseInt(akunServer.substring("127.0.0.1:".length()));

		akun.destroy(); // SIGTERM, as Ctrl-C
		assertThat(akun.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(get(jobfairPort, "/actuator/health")).as("jobfair keeps its database after akun stopped")
			.contains("\"status\":\"UP\"");
		assertThat(RunningStack.listening(postgresPort)).isTrue();

		jobfair.destroy();
		assertThat(jobfair.waitFor(60, TimeUnit.SECONDS)).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> !RunningStack.listening(postgresPort));
	}

	private Process start(String app, int port, Path dataDir) throws Exception {
		Path jar = Path.of(System.getProperty("siapkerja.stack-jar", "../stack/target/siapkerja-stack.jar"))
			.resolveSibling("apps")
			.resolve(app + ".jar");
		ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolve(app + ".log").toFile());
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		builder.environment().put("SIAPKERJA_DATA_DIR", dataDir.toString());
		builder.environment().put("SIAPKERJA_PG_PORT", "0");
		Process process = builder.start();
		this.started.add(process);
		return process;
	}

	private void awaitHealthy(int port, Process process, Path log) {
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.untilAsserted(() -> {
				assertThat(process.isAlive()).as("still running; log: %s", log).isTrue();
				assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");
			});
	}

	private String get(int port, String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
