package id.siapkerja.webkit.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached (down, restarting, no connection within the pool's
 * few seconds, a statement past its timeout), a request is answered at once with a
 * translated "Layanan sedang gangguan" (503, {@code Retry-After}) instead of an error
 * page or a wait; nothing else changes. It sits outside the session filter, so a session
 * that cannot be read gets the same answer. When the database is back, requests are
 * served again with nothing to restart: the pool opens new connections.
 */
public class DatabaseOutage extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 15;

	private static final Log log = LogFactory.getLog(DatabaseOutage.class);

	private static final long LOG_EVERY_NANOS = 10_000_000_000L;

	private static final BriefAnswer OUTAGE = new BriefAnswer("unavailable", "Layanan sedang gangguan",
			"Layanan sedang gangguan",
			"SIAPkerja tidak dapat menjangkau datanya saat ini. Yang sudah tersimpan sebelumnya tidak hilang."
					+ " Silakan coba lagi dalam %s detik.",
			"Service disruption", "The service is disrupted",
			"SIAPkerja cannot reach its data right now. What was saved before is not lost."
					+ " Please try again in %s seconds.");

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	private final AtomicLong answered = new AtomicLong();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!unreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			this.answered.incrementAndGet();
			logNowAndThen(ex);
			response.reset();
			OUTAGE.write(request, response, RETRY_AFTER_SECONDS);
		}
	}

	/** Requests answered "layanan sedang gangguan" since the start. */
	public long answered() {
		return this.answered.get();
	}

	/** Whether the failure is the database being out of reach, rather than a bug. */
	static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			// a commit or rollback that could not reach the database (a pooled connection
			// whose server went away) ends as TransactionSystemException
			if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
					|| cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			// 08: connection exception; 57P: the server shut down or cannot connect now;
			// 57014: the statement ran past its timeout
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("57014"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One line every ten seconds at most: an outage under load does not flood the log.
	 */
	private void logNowAndThen(Throwable failure) {
		long last = this.lastLogged.get();
		long now = System.nanoTime();
		if (now - last >= LOG_EVERY_NANOS && this.lastLogged.compareAndSet(last, now)) {
			Throwable root = failure;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			log.warn("Database out of reach, answering 503 (" + this.answered.get() + " so far): "
					+ root.getClass().getSimpleName());
		}
	}

}
