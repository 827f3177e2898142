package id.siapkerja.webkit.postgres;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no {@code spring.datasource.url}, points the app at its database
 * ({@code siapkerja.database.name}) on the embedded PostgreSQL of the data directory,
 * starting that server or joining it; the server is released when the application shuts
 * down.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * The port the embedded server starts on unless {@code SIAPKERJA_PG_PORT} says
	 * otherwise.
	 */
	public static final int DEFAULT_PORT = 54329;

	private final Log log;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String database = environment.getProperty("siapkerja.database.name");
		if (database == null || environment.containsProperty("spring.datasource.url")
				|| !environment.getProperty("siapkerja.embedded-postgres.enabled", Boolean.class, true)) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("siapkerja.data-dir", "data"));
		int port = environment.getProperty("siapkerja.embedded-postgres.port", Integer.class,
				environment.getProperty("siapkerja.pg-port", Integer.class, DEFAULT_PORT));
		EmbeddedPostgres postgres = EmbeddedPostgres.acquire(dataDir, port);
		SpringApplication.getShutdownHandlers().add(postgres::release);
		postgres.ensureDatabase(database);
		this.log.info("Using the database " + database + " on the embedded PostgreSQL at 127.0.0.1:" + postgres.port()
				+ " (data directory " + dataDir.toAbsolutePath().normalize() + ")");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("siapkerjaEmbeddedPostgres",
					Map.of("spring.datasource.url", postgres.jdbcUrl(database), "spring.datasource.username",
							postgres.username(), "spring.datasource.password", postgres.password())));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
