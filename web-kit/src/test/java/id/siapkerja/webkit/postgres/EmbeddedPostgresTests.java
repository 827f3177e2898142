package id.siapkerja.webkit.postgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL as the apps use it: real PostgreSQL 18 processes, real JVMs
 * sharing one data directory.
 */
class EmbeddedPostgresTests {

	private Path dataDir;

	private final List<Probe> probes = new ArrayList<>();

	@BeforeEach
	void freshDataDirectory() throws IOException {
		Path base = Path.of(System.getProperty("siapkerja.data-dir", "target/test-data"));
		// not a temp directory (mode 700): when the tests run as root, the server runs as
		// nobody and must reach it
		this.dataDir = Files.createDirectories(base.resolve("pg-" + java.util.UUID.randomUUID()));
	}

	@AfterEach
	void stopProbes() {
		for (Probe probe : this.probes) {
			probe.process.destroyForcibly();
		}
	}

	@Test
	void startsPostgres18AndKeepsTheDataAcrossRestarts() throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.acquire(this.dataDir, 0);
		int port = postgres.port();
		postgres.ensureDatabase("akun");
		postgres.ensureDatabase("akun"); // twice is fine
		try (var connection = DriverManager.getConnection(postgres.jdbcUrl("akun"), postgres.username(),
				postgres.password())) {
			var version = connection.createStatement().executeQuery("show server_version_num");
			version.next();
			assertThat(version.getInt(1)).isBetween(180000, 189999);
			var preloaded = connection.createStatement().executeQuery("show shared_preload_libraries");
			preloaded.next();
			assertThat(preloaded.getString(1)).as("where the database's time goes can be seen")
				.contains("pg_stat_statements");
			connection.createStatement().execute("create table kept (id int)");
			connection.createStatement().execute("insert into kept values (42)");
		}
		postgres.release();
		assertThat(accepts(port)).as("stopped after the last user released it").isFalse();

		EmbeddedPostgres again = EmbeddedPostgres.acquire(this.dataDir, 0);
		try (var connection = DriverManager.getConnection(again.jdbcUrl("akun"), again.username(), again.password())) {
			var rows = connection.createStatement().executeQuery("select id from kept");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(42);
		}
		finally {
			again.release();
		}
	}

	@Test
	void twoProcessesShareOneServerAndTheLastOneStopsIt() throws Exception {
		Probe first = start();
		Probe second = start();
		assertThat(second.port).as("the second process joins the first one's server").isEqualTo(first.port);

		first.send("insert from the first");
		assertThat(first.read()).isEqualTo("INSERTED");
		first.send("release");
		assertThat(first.read()).isEqualTo("RELEASED");

		second.send("count");
		assertThat(second.read()).as("the server outlives the process that started it").isEqualTo("COUNT 1");
		second.send("release");
		assertThat(second.read()).isEqualTo("RELEASED");
		assertThat(accepts(first.port)).as("stopped by the last process").isFalse();
	}

	@Test
	void aProcessKilledHardLeavesNothingThatStopsTheNextStart() throws Exception {
		Probe killed = start();
		killed.send("insert before the kill");
		assertThat(killed.read()).isEqualTo("INSERTED");
		killed.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

		Probe next = start();
		next.send("count");
		assertThat(next.read()).isEqualTo("COUNT 1");
		next.send("release");
		assertThat(next.read()).isEqualTo("RELEASED");
		assertThat(accepts(next.port)).as("the dead process's lease does not keep the server up").isFalse();
		try (var leases = Files.list(this.dataDir.resolve("postgres/leases"))) {
			assertThat(leases.toList()).as("stale leases are cleaned up").isEmpty();
		}
	}

	private Probe start() throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresProbe.class.getName(), this.dataDir.toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		Probe probe = new Probe(process);
		this.probes.add(probe);
		String ready = probe.read();
		assertThat(ready).startsWith("READY ");
		probe.port = Integer.parseInt(ready.substring(6));
		return probe;
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static final class Probe {

		final Process process;

		final BufferedReader out;

		final PrintWriter in;

		int port;

		Probe(Process process) {
			this.process = process;
			this.out = new BufferedReader(new InputStreamReader(process.getInputStream()));
			this.in = new PrintWriter(process.getOutputStream(), true);
		}

		void send(String line) {
			this.in.println(line);
		}

		String read() throws IOException {
			String line;
			while ((line = this.out.readLine()) != null) {
				if (line.matches("[A-Z]+( .*)?")) {
					return line;
				}
			}
			throw new IOException("The probe ended without answering");
		}

	}

}
