package id.siapkerja.webkit.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * One PostgreSQL server per data directory, shared by every process that uses that
 * directory.
 * <p>
 * The first process to {@link #acquire acquire} it starts it (running {@code initdb} on
 * first use); later ones join it. Each process holds a lease (a locked file) while it
 * uses the server; the last one to {@link #release release} its lease stops the server. A
 * lease of a process that died (even by {@code kill -9}) is released by the operating
 * system, so a later start finds the server again, or starts it again if it went away.
 * Starting, joining and stopping happen under one file lock, so two processes starting at
 * the same time never race.
 * <p>
 * PostgreSQL refuses to run as root: when this JVM runs as root, the server runs as the
 * unprivileged user {@code nobody} through {@code runuser}.
 */
public final class EmbeddedPostgres {

	private static final System.Logger log = System.getLogger(EmbeddedPostgres.class.getName());

	private static final Map<Path, EmbeddedPostgres> inThisJvm = new HashMap<>();

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private static final String SERVER_OS_USER = "nobody";

	private final Path home;

	private final Path serverDir;

	private final Path pgdata;

	private final Path binaries;

	private final Properties credentials;

	private final FileChannel leaseChannel;

	private final Path leaseFile;

	private int port;

	private int users;

	private EmbeddedPostgres(Path home, Path binaries, Properties credentials, FileChannel leaseChannel,
			Path leaseFile) {
		this.home = home;
		this.serverDir = home.resolve("server");
		this.pgdata = this.serverDir.resolve("pgdata");
		this.binaries = binaries;
		this.credentials = credentials;
		this.leaseChannel = leaseChannel;
		this.leaseFile = leaseFile;
	}

	/**
	 * Starts or joins the embedded PostgreSQL of a data directory.
	 * @param dataDir the SIAPkerja data directory; the server lives in its
	 * {@code postgres} folder
	 * @param preferredPort the port to start the server on when it is not running yet; 0
	 * for any free port
	 * @return the running server; call {@link #release()} when done with it
	 */
	public static synchronized EmbeddedPostgres acquire(Path dataDir, int preferredPort) {
		Path home = dataDir.toAbsolutePath().normalize().resolve("postgres");
		EmbeddedPostgres running = inThisJvm.get(home);
		if (running == null) {
			running = startOrJoin(home, preferredPort);
			inThisJvm.put(home, running);
		}
		running.users++;
		return running;
	}

	private static EmbeddedPostgres startOrJoin(Path home, int preferredPort) {
		try {
			Files.createDirectories(home.resolve("leases"));
			return withStartupLock(home, () -> {
				Path leaseFile = home.resolve("leases").resolve(ProcessHandle.current().pid() + ".lease");
				FileChannel lease = FileChannel.open(leaseFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				if (lease.tryLock() == null) {
					throw new IllegalStateException("Lease file " + leaseFile + " is locked by another process");
				}
				Path binaries = PostgresBinaries.extractInto(home);
				Properties credentials = loadOrCreateCredentials(home.resolve("credentials.properties"));
				EmbeddedPostgres postgres = new EmbeddedPostgres(home, binaries, credentials, lease, leaseFile);
				postgres.startOrJoinUnderLock(preferredPort);
				return postgres;
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, ex);
		}
	}

	private void startOrJoinUnderLock(int preferredPort) throws IOException {
		boolean fresh = !Files.exists(this.pgdata.resolve("PG_VERSION"));
		if (fresh) {
			initdb();
		}
		Optional<Integer> runningPort = runningServerPort();
		if (runningPort.isPresent()) {
			this.port = runningPort.get();
			log.log(Level.INFO, "Joined the embedded PostgreSQL on port {0} (data in {1})", String.valueOf(this.port),
					this.pgdata);
		}
		else {
			this.port = choosePort(preferredPort);
			start();
			log.log(Level.INFO, "Started the embedded PostgreSQL on port {0} (data in {1})", String.valueOf(this.port),
					this.pgdata);
		}
		try (Connection ignored = connect("postgres")) {
			// the server answers with our credentials
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The embedded PostgreSQL on port " + this.port
					+ " does not accept the credentials in " + this.home.resolve("credentials.properties"), ex);
		}
	}

	/** The JDBC URL of a database on this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	public String username() {
		return this.credentials.getProperty("username");
	}

	public String password() {
		return this.credentials.getProperty("password");
	}

	public int port() {
		return this.port;
	}

	/** Creates the database unless it exists. */
	public void ensureDatabase(String database) {
		if (!DATABASE_NAME.matcher(database).matches()) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		try (Connection connection = connect("postgres")) {
			var query = connection.prepareStatement("select 1 from pg_database where datname = ?");
			query.setString(1, database);
			if (!query.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database " + database + " encoding 'UTF8'");
					log.log(Level.INFO, "Created the database {0}", database);
				}
			}
		}
		catch (SQLException ex) {
			if (!"42P04".equals(ex.getSQLState())) { // duplicate_database: another
														// process was quicker
				throw new IllegalStateException("Could not create the database " + database, ex);
			}
		}
	}

	/**
	 * Gives up this process's use of the server; the last user on the machine stops it.
	 */
	public void release() {
		synchronized (EmbeddedPostgres.class) {
			if (this.users == 0 || --this.users > 0) {
				return;
			}
			inThisJvm.remove(this.home);
			try {
				withStartupLock(this.home, () -> {
					this.leaseChannel.close();
					Files.deleteIfExists(this.leaseFile);
					if (otherLeasesAlive()) {
						log.log(Level.INFO, "The embedded PostgreSQL stays up for the other processes that use it");
					}
					else {
						stop();
					}
					return null;
				});
			}
			catch (IOException ex) {
				log.log(Level.WARNING, "Could not stop the embedded PostgreSQL cleanly", ex);
			}
		}
	}

	/**
	 * Stops the server at once, whoever else uses it (as a crash or an operator would):
	 * for fault tests of the apps on it. {@link #startAgain()} brings it back.
	 */
	public synchronized void stopNow() throws IOException {
		run(Duration.ofMinutes(1), "pg_ctl stop", bin("pg_ctl"), "-D", this.pgdata.toString(), "-m", "immediate", "-w",
				"-t", "60", "stop");
	}

	/** Starts the server again on its port after {@link #stopNow()}. */
	public synchronized void startAgain() throws IOException {
		start();
	}

	private Connection connect(String database) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", username());
		props.setProperty("password", password());
		props.setProperty("connectTimeout", "10");
		return DriverManager.getConnection(jdbcUrl(database), props);
	}

	private void initdb() throws IOException {
		deleteRecursively(this.serverDir);
		Files.createDirectories(this.serverDir);
		handToServerUser(this.serverDir);
		Path passwordFile = this.serverDir.resolve("initdb.pw");
		Files.writeString(passwordFile, password());
		handToServerUser(passwordFile);
		try {
			run(Duration.ofMinutes(3), "initdb", bin("initdb"), "-D", this.pgdata.toString(), "-U", username(),
					"--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
					"--no-instructions");
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
		Files.writeString(this.pgdata.resolve("postgresql.conf"), """

				# SIAPkerja embedded defaults: loopback only, no Unix socket, room for three apps with their pools
				listen_addresses = '127.0.0.1'
				unix_socket_directories = ''
				max_connections = 200
				shared_buffers = 128MB
				""", StandardOpenOption.APPEND);
	}

	private void start() throws IOException {
		Files.deleteIfExists(this.pgdata.resolve("postmaster.pid"));
		run(Duration.ofMinutes(2), "pg_ctl start", bin("pg_ctl"), "-D", this.pgdata.toString(), "-l",
				this.serverDir.resolve("postgres.log").toString(), "-o",
				// pg_stat_statements loaded, as most managed PostgreSQL servers do: an
				// operator
				// (or the bench) can see where the database's time goes after CREATE
				// EXTENSION
				"-p " + this.port + " -c shared_preload_libraries=pg_stat_statements", "-w", "-t", "90", "start");
	}

	private void stop() throws IOException {
		if (runningServerPort().isEmpty()) {
			return;
		}
		run(Duration.ofMinutes(2), "pg_ctl stop", bin("pg_ctl"), "-D", this.pgdata.toString(), "-m", "fast", "-w", "-t",
				"90", "stop");
		log.log(Level.INFO, "Stopped the embedded PostgreSQL");
	}

	/**
	 * The port of a server that runs on our data directory, if one does. A
	 * {@code postmaster.pid} left by a server that is gone (a crash, a reboot, a
	 * {@code kill -9}) is removed.
	 */
	private Optional<Integer> runningServerPort() throws IOException {
		Path pidFile = this.pgdata.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid = lines.isEmpty() ? -1 : parseLong(lines.get(0));
		int filePort = lines.size() > 3 ? (int) parseLong(lines.get(3)) : -1;
		boolean alive = pid > 0 && ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.map((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(true))
			.orElse(false);
		if (!alive) {
			log.log(Level.INFO, "Removing the stale postmaster.pid of a PostgreSQL that is gone");
			Files.deleteIfExists(pidFile);
			return Optional.empty();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!accepts(filePort)) {
			if (System.nanoTime() > deadline || ProcessHandle.of(pid).isEmpty()) {
				throw new IllegalStateException("A PostgreSQL (pid " + pid + ") holds " + this.pgdata
						+ " but does not answer on port " + filePort + "; stop it and start again");
			}
			sleep(200);
		}
		return Optional.of(filePort);
	}

	private boolean otherLeasesAlive() throws IOException {
		boolean alive = false;
		try (var leases = Files.list(this.home.resolve("leases"))) {
			for (Path lease : leases.toList()) {
				try (FileChannel channel = FileChannel.open(lease, StandardOpenOption.WRITE)) {
					FileLock lock = channel.tryLock();
					if (lock == null) {
						alive = true;
					}
					else {
						lock.release();
						Files.deleteIfExists(lease); // left by a process that died
					}
				}
				catch (IOException ex) {
					// gone meanwhile
				}
			}
		}
		return alive;
	}

	private static int choosePort(int preferred) throws IOException {
		if (preferred == 0) {
			return id.siapkerja.webkit.net.FreePorts.one();
		}
		if (accepts(preferred)) {
			throw new IllegalStateException("Port " + preferred
					+ " is taken by another program, so the embedded PostgreSQL cannot start there. "
					+ "Choose another port with SIAPKERJA_PG_PORT, or use an external PostgreSQL with SPRING_DATASOURCE_URL.");
		}
		return preferred;
	}

	private static boolean accepts(int port) {
		if (port <= 0) {
			return false;
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String bin(String name) {
		return this.binaries.resolve("bin").resolve(name).toString();
	}

	private void run(Duration timeout, String what, String... command) throws IOException {
		List<String> line = new ArrayList<>();
		if (runsAsRoot()) {
			line.addAll(List.of("runuser", "-u", SERVER_OS_USER, "--"));
		}
		line.addAll(List.of(command));
		Path output = Files.createTempFile("siapkerja-pg-", ".log");
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
				.start();
			if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(what + " did not finish within " + timeout.toSeconds() + " s");
			}
			if (process.exitValue() != 0) {
				String hint = runsAsRoot() ? " (the server runs as the user " + SERVER_OS_USER
						+ ", who must be able to reach " + this.home + ")" : "";
				throw new IllegalStateException(
						what + " failed" + hint + ":\n" + Files.readString(output) + serverLogTail());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(what + " was interrupted", ex);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private String serverLogTail() {
		try {
			List<String> lines = Files.readAllLines(this.serverDir.resolve("postgres.log"));
			return "\npostgres.log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "";
		}
	}

	private void handToServerUser(Path path) throws IOException {
		if (runsAsRoot()) {
			var users = path.getFileSystem().getUserPrincipalLookupService();
			Files.setOwner(path, users.lookupPrincipalByName(SERVER_OS_USER));
		}
	}

	static boolean runsAsRoot() {
		return "root".equals(System.getProperty("user.name"))
				&& System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
	}

	private static Properties loadOrCreateCredentials(Path file) throws IOException {
		Properties credentials = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				credentials.load(in);
			}
			return credentials;
		}
		byte[] secret = new byte[18];
		new SecureRandom().nextBytes(secret);
		credentials.setProperty("username", "siapkerja");
		credentials.setProperty("password", HexFormat.of().formatHex(secret));
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (var out = Files.newOutputStream(file)) {
			credentials.store(out, "Credentials of the embedded PostgreSQL (development only)");
		}
		return credentials;
	}

	private interface LockedWork<T> {

		T run() throws IOException;

	}

	private static <T> T withStartupLock(Path home, LockedWork<T> work) throws IOException {
		try (FileChannel channel = FileChannel.open(home.resolve("startup.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
			return work.run();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static long parseLong(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
