package id.siapkerja.webkit.postgres;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A process that uses the embedded PostgreSQL of a data directory the way an app does,
 * driven line by line on stdin: {@code insert <text>}, {@code count}, {@code release}.
 * Used by {@link EmbeddedPostgresTests} to run several processes against one data
 * directory.
 */
public final class EmbeddedPostgresProbe {

	private EmbeddedPostgresProbe() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.acquire(Path.of(args[0]), 0);
		postgres.ensureDatabase("probe");
		String url = postgres.jdbcUrl("probe");
		try (var connection = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
			connection.createStatement().execute("create table if not exists note (text varchar(100))");
		}
		System.out.println("READY " + postgres.port());
		var in = new BufferedReader(new InputStreamReader(System.in));
		String line;
		while ((line = in.readLine()) != null) {
			if (line.equals("release")) {
				postgres.release();
				System.out.println("RELEASED");
				return;
			}
			try (var connection = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
				if (line.startsWith("insert ")) {
					var insert = connection.prepareStatement("insert into note values (?)");
					insert.setString(1, line.substring(7));
					insert.executeUpdate();
					System.out.println("INSERTED");
				}
				else if (line.equals("count")) {
					var rows = connection.createStatement().executeQuery("select count(*) from note");
					rows.next();
					System.out.println("COUNT " + rows.getLong(1));
				}
			}
		}
	}

}
