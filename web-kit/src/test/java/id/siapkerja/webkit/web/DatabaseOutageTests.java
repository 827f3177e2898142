package id.siapkerja.webkit.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database is out of reach" (a 503 that says so) and which are
 * bugs (a 500): the ways PostgreSQL going away surfaces through the pool, the transaction
 * manager and Spring's translation, as seen in real runs.
 */
class DatabaseOutageTests {

	@Test
	void theDatabaseGoneAwayInAllItsShapes() {
		assertThat(
				DatabaseOutage.unreachable(new ServletException("Request processing failed",
						new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
								new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))))
			.isTrue();
		assertThat(DatabaseOutage.unreachable(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException()))))
			.isTrue();
		// a pooled connection whose server went away, found out at the rollback
		assertThat(DatabaseOutage.unreachable(
				new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
		assertThat(
				DatabaseOutage.unreachable(new RuntimeException(new SQLException("terminating connection", "57P01"))))
			.isTrue();
		assertThat(DatabaseOutage.unreachable(new RuntimeException(new SQLException("canceling statement", "57014"))))
			.as("a statement past its timeout")
			.isTrue();
	}

	@Test
	void aBugIsNotAnOutage() {
		assertThat(DatabaseOutage.unreachable(new IllegalStateException("no fair"))).isFalse();
		assertThat(DatabaseOutage.unreachable(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
	}

}
