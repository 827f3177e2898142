package id.siapkerja.jobfair;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import id.siapkerja.jobfair.support.SecondInstance;
import id.siapkerja.webkit.postgres.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under a running Jobfair (issue 20, item 11): requests are
 * answered within seconds with a translated "Layanan sedang gangguan" (503,
 * {@code Retry-After}) instead of hanging or an error page, for a page, a session being
 * read and a script; when the database is back, the same requests are served again with
 * nothing restarted. The application has a PostgreSQL of its own, so stopping it touches
 * no other test.
 */
class DatabaseOutageTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theDatabaseDownAnswersAtOnceThatTheServiceIsDisruptedAndComesBackByItself() throws Exception {
		Path dataDir = Files.createDirectories(Path.of(System.getProperty("siapkerja.data-dir", "target/test-data"))
			.resolve("outage-" + UUID.randomUUID()));
		EmbeddedPostgres postgres = null;
		try (ConfigurableApplicationContext app = SecondInstance.alone(dataDir)) {
			postgres = EmbeddedPostgres.acquire(dataDir, 0);
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(get(base + "/", "id").statusCode()).isEqualTo(200);

			postgres.stopNow();
			long began = System.nanoTime();
			HttpResponse<String> page = get(base + "/", "id");
			Duration took = Duration.ofNanos(System.nanoTime() - began);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(took).as("answered within the pool's few seconds, not after a hang")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains("Layanan sedang gangguan").contains("tidak hilang");
			assertThat(get(base + "/", "en").body()).contains("The service is disrupted");

			HttpResponse<String> withSession = this.http.send(HttpRequest.newBuilder(URI.create(base + "/"))
				.header("Cookie", "SESSION=" + UUID.randomUUID())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(withSession.statusCode()).as("a session that cannot be read").isEqualTo(503);
			assertThat(withSession.body()).contains("Layanan sedang gangguan");

			HttpResponse<String> script = this.http.send(
					HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(script.statusCode()).isEqualTo(503);
			assertThat(script.body()).contains("\"error\":\"unavailable\"");

			postgres.startAgain();
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> get(base + "/", "id").statusCode() == 200);
		}
		finally {
			if (postgres != null) {
				postgres.release();
			}
		}
	}

	private HttpResponse<String> get(String url, String language) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/html")
			.header("Accept-Language", language)
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
