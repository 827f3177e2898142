package id.siapkerja.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Keycloak, side by side with akun: its Quarkus distribution from Maven Central (fetched
 * once into the user's cache, its SHA-1 checked), started with {@code start-dev} on
 * loopback with a realm of the same number of users and a public PKCE client. Users get
 * their passwords in clear in the realm file: Keycloak hashes them at import with its
 * default (Argon2id), as it does for every user it creates.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class Keycloak implements AutoCloseable {

	static final String VERSION = "26.7.3";

	static final String REALM = "bench";

	static final String CLIENT = "siapkerja-bench";

	private static final String CENTRAL = "https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/";

	private final Process process;

	final int port;

	final double readySeconds;

	final String javaOptions;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Unpacks Keycloak into {@code workDir}, imports a realm with the accounts, starts
	 * it.
	 */
	static Keycloak start(Path workDir, List<Accounts.Account> users, String redirectUri) {
		try {
			Path home = unpack(workDir);
			Path imports = home.resolve("data").resolve("import");
			Files.createDirectories(imports);
			Files.writeString(imports.resolve(REALM + "-realm.json"), realm(users, redirectUri));
			int[] ports = StackProcess.freePorts(2);
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
					"--import-realm", "--http-host=127.0.0.1", "--http-port=" + ports[0],
					"--http-management-port=" + ports[1], "--health-enabled=true", "--hostname-strict=false",
					"--log-level=warn")
				.redirectErrorStream(true)
				.redirectOutput(workDir.resolve("keycloak.log").toFile());
			String java = Path.of(StackProcess.javaCommand()).getParent().getParent().toString();
			builder.environment().put("JAVA_HOME", java);
			builder.environment().remove("JAVA_OPTS");
			long began = System.nanoTime();
			Process process = builder.start();
			String base = "http://localhost:" + ports[0];
			long deadline = began + Duration.ofMinutes(6).toNanos();
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("Keycloak stopped; see " + workDir.resolve("keycloak.log"));
				}
				if (answers(base + "/realms/" + REALM + "/.well-known/openid-configuration")) {
					return new Keycloak(process, ports[0], (System.nanoTime() - began) / 1e9,
							"kc.sh's default for start-dev (-Xms64m -Xmx512m, G1, "
									+ "-XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m)");
				}
				StackProcess.sleep(500);
			}
			process.destroyForcibly();
			throw new IllegalStateException("Keycloak not ready in 6 minutes; see " + workDir.resolve("keycloak.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CPU seconds Keycloak's JVM took so far. */
	double cpuSeconds() {
		double total = ProcessCpu.seconds(this.process.pid());
		for (ProcessHandle child : this.process.toHandle().descendants().toList()) {
			total += ProcessCpu.seconds(child.pid());
		}
		return total;
	}

	private static boolean answers(String url) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String realm(List<Accounts.Account> users, String redirectUri) {
		StringBuilder json = new StringBuilder();
		json.append("{\"realm\":\"").append(REALM).append("\",\"enabled\":true,\"sslRequired\":\"none\",");
		json.append("\"clients\":[{\"clientId\":\"").append(CLIENT).append("\",\"publicClient\":true,");
		json.append("\"standardFlowEnabled\":true,\"directAccessGrantsEnabled\":false,\"consentRequired\":false,");
		json.append("\"redirectUris\":[\"").append(redirectUri).append("\"],");
		json.append("\"attributes\":{\"pkce.code.challenge.method\":\"S256\"}}],\"users\":[");
		for (int i = 0; i < users.size(); i++) {
			Accounts.Account user = users.get(i);
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"username\":\"").append(user.email()).append("\",\"email\":\"").append(user.email());
			json.append("\",\"firstName\":\"Pencaker\",\"lastName\":\"Bench ").append(i + 1);
			json.append("\",\"enabled\":true,\"emailVerified\":true,\"credentials\":[{\"type\":\"password\",");
			json.append("\"value\":\"").append(Accounts.PASSWORD).append("\",\"temporary\":false}]}");
		}
		return json.append("]}").toString();
	}

	private static Path unpack(Path workDir) throws IOException {
		Path archive = fetch();
		Path home = workDir.resolve("keycloak-" + VERSION);
		if (Files.isDirectory(home)) {
			return home;
		}
		Files.createDirectories(workDir);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path target = workDir.resolve(entry.getName()).normalize();
				if (!target.startsWith(workDir)) {
					throw new IOException("entry outside the folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0) {
						Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
					}
				}
			}
		}
		return home;
	}

	/**
	 * The distribution in ~/.cache/siapkerja-bench, downloaded from Maven Central once.
	 */
	private static Path fetch() throws IOException {
		Path cache = Path.of(System.getProperty("user.home"), ".cache", "siapkerja-bench");
		String name = "keycloak-quarkus-dist-" + VERSION + ".tar.gz";
		Path archive = cache.resolve(name);
		if (Files.exists(archive)) {
			return archive;
		}
		Files.createDirectories(cache);
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		String url = CENTRAL + VERSION + "/" + name;
		try {
			String sha1 = client
				.send(HttpRequest.newBuilder(URI.create(url + ".sha1")).build(), HttpResponse.BodyHandlers.ofString())
				.body()
				.strip()
				.split("\\s+")[0];
			Path partial = cache.resolve(name + ".part");
			HttpResponse<Path> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofFile(partial));
			if (response.statusCode() != 200) {
				throw new IOException("Maven Central answered " + response.statusCode() + " for " + url);
			}
			MessageDigest digest = MessageDigest.getInstance("SHA-1");
			try (InputStream in = Files.newInputStream(partial)) {
				byte[] buffer = new byte[1 << 16];
				int read;
				while ((read = in.read(buffer)) > 0) {
					digest.update(buffer, 0, read);
				}
			}
			if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(sha1)) {
				Files.delete(partial);
				throw new IOException("SHA-1 of " + url + " does not match");
			}
			Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
			return archive;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.process.toHandle().descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
