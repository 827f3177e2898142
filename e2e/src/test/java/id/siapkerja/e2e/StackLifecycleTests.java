package id.siapkerja.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one command: the stack brings all three apps up, says where they are, and leaves
 * nothing behind when it is stopped, even by {@code kill -9}; the next start finds its
 * data again; an app killed hard is started again.
 */
class StackLifecycleTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private RunningStack stack;

	@AfterEach
	void stop() throws Exception {
		if (this.stack != null) {
			this.stack.stop();
		}
	}

	@Test
	void startsEverythingStopsCleanlyAndSurvivesAKill9() throws Exception {
		this.stack = RunningStack.fresh().start();
		assertThat(String.join("\n", this.stack.output())).contains(this.stack.akunUrl())
			.contains(this.stack.jobfairUrl())
			.contains(this.stack.govsimUrl())
			.contains("Akun demo / demo accounts:");
		for (String url : List.of(this.stack.akunUrl(), this.stack.jobfairUrl(), this.stack.govsimUrl())) {
			assertThat(get(url + "/actuator/health")).as(url).contains("\"status\":\"UP\"");
		}
		int postgres = this.stack.postgresPort();
		assertThat(RunningStack.listening(postgres)).isTrue();

		// kill -9: the apps notice their stack is gone and stop; the last one stops
		// PostgreSQL
		List<ProcessHandle> apps = this.stack.descendants();
		assertThat(apps).hasSizeGreaterThanOrEqualTo(3);
		this.stack.kill();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(apps.stream().filter(ProcessHandle::isAlive)).isEmpty());
		await().atMost(Duration.ofSeconds(30)).until(() -> !RunningStack.listening(postgres));

		// a second start on the same data works, and the data is still there
		this.stack.start();
		assertThat(String.join("\n", this.stack.output())).doesNotContain("Created the database");
		assertThat(get(this.stack.jobfairUrl() + "/actuator/health/readiness")).contains("\"UP\"");

		// an app killed hard is started again by the stack
		ProcessHandle jobfair = this.stack.descendants()
			.stream()
			.filter((process) -> process.info().commandLine().orElse("").contains("jobfair.jar"))
			.filter((process) -> !process.info().commandLine().orElse("").contains("AOTMode="))
			.findFirst()
			.orElseThrow();
		jobfair.destroyForcibly();
		await().atMost(Duration.ofSeconds(20)).until(() -> !jobfair.isAlive());
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.ignoreExceptions()
			.until(() -> get(this.stack.jobfairUrl() + "/actuator/health/readiness").contains("\"UP\""));
		assertThat(String.join("\n", this.stack.output())).contains("jobfair berhenti / stopped")
			.contains("jobfair: dimulai ulang / restarted");

		// SIGTERM (as Ctrl-C): everything stops, nothing is left
		List<ProcessHandle> second = this.stack.descendants();
		int exit = this.stack.stop();
		assertThat(exit).isIn(0, 130, 143);
		assertThat(second.stream().filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(RunningStack.listening(this.stack.postgresPort())).isFalse();
		assertThat(RunningStack.listening(this.stack.akunPort)).isFalse();
		assertThat(String.join("\n", this.stack.output())).as("exit code %d", exit)
			.contains("PostgreSQL: berhenti / stopped");
		this.stack = null;
	}

	private String get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
