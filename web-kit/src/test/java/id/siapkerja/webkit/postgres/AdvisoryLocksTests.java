package id.siapkerja.webkit.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' jobs in two transactions on a real PostgreSQL: one gets the lock, the
 * other skips, and the lock is free again when the first transaction ends.
 */
class AdvisoryLocksTests {

	@Test
	void oneTransactionAtATimeHoldsALock() throws Exception {
		Path dataDir = Files.createDirectories(Path.of(System.getProperty("siapkerja.data-dir", "target/test-data"))
			.resolve("pg-" + UUID.randomUUID()));
		EmbeddedPostgres postgres = EmbeddedPostgres.acquire(dataDir, 0);
		try (Connection first = open(postgres); Connection second = open(postgres)) {
			JdbcClient one = JdbcClient.create(new SingleConnectionDataSource(first, true));
			JdbcClient other = JdbcClient.create(new SingleConnectionDataSource(second, true));

			assertThat(AdvisoryLocks.tryTake(one, 42L)).isTrue();
			assertThat(AdvisoryLocks.tryTake(one, 42L)).as("held by the same transaction again").isTrue();
			assertThat(AdvisoryLocks.tryTake(other, 42L)).as("the other instance skips its turn").isFalse();
			assertThat(AdvisoryLocks.tryTake(other, 43L)).as("another job's lock").isTrue();
			assertThat(AdvisoryLocks.tryTake(one, "statistics:a")).isTrue();
			assertThat(AdvisoryLocks.tryTake(other, "statistics:a")).isFalse();
			assertThat(AdvisoryLocks.tryTake(other, "statistics:b")).isTrue();

			first.commit();
			assertThat(AdvisoryLocks.tryTake(other, 42L)).as("free once the first transaction ended").isTrue();
			assertThat(AdvisoryLocks.tryTake(other, "statistics:a")).isTrue();
			second.rollback();
		}
		finally {
			postgres.release();
		}
	}

	private static Connection open(EmbeddedPostgres postgres) throws Exception {
		Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
				postgres.password());
		connection.setAutoCommit(false);
		return connection;
	}

}
