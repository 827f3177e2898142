package id.siapkerja.webkit.postgres;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's advisory locks held until the current transaction ends: how a scheduled
 * job runs on one instance at a time (another instance that does not get the lock skips
 * its turn) without a lock table.
 */
public final class AdvisoryLocks {

	private AdvisoryLocks() {
	}

	/**
	 * Takes the lock named by {@code key} for the current transaction; false when another
	 * transaction holds it. Must run inside a transaction.
	 */
	public static boolean tryTake(JdbcClient jdbc, long key) {
		return Boolean.TRUE
			.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(key).query(Boolean.class).single());
	}

	/** The same for a lock named by text (hashed to a key by PostgreSQL). */
	public static boolean tryTake(JdbcClient jdbc, String name) {
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
			.param(name)
			.query(Boolean.class)
			.single());
	}

}
