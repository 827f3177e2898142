package id.siapkerja.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where PostgreSQL's time went during a phase, from {@code pg_stat_statements} (the
 * embedded server loads it): reset before, the statements that took the most time after,
 * over every database of the server.
 */
final class Statements {

	private Statements() {
	}

	/** Forgets what was counted so far (creating the extension on first use). */
	static void reset(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_stat_statements");
			statement.execute("select pg_stat_statements_reset()");
		}
	}

	/**
	 * The statements that took the most execution time since the reset, as table rows:
	 * database, calls, total ms, mean ms, share of all, the statement.
	 */
	static List<List<String>> top(Connection connection, int count) throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("""
				select d.datname, s.calls, s.total_exec_time, s.mean_exec_time,
				  s.total_exec_time / nullif(sum(s.total_exec_time) over (), 0) as share, s.query
				from pg_stat_statements s join pg_database d on d.oid = s.dbid
				order by s.total_exec_time desc limit %d""".formatted(count))) {
			while (result.next()) {
				String query = result.getString(6).replaceAll("\\s+", " ").strip();
				if (query.length() > 140) {
					query = query.substring(0, 137) + "…";
				}
				rows.add(List.of(result.getString(1), Report.format("%,d", result.getLong(2)),
						Report.format("%,.0f", result.getDouble(3)), Report.format("%.2f", result.getDouble(4)),
						Report.format("%.0f%%", 100 * result.getDouble(5)), "`" + query.replace("|", "\\|") + "`"));
			}
		}
		return rows;
	}

	static final List<String> HEADINGS = List.of("database", "calls", "total ms", "mean ms", "share", "statement");

}
