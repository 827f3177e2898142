package id.siapkerja.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in this JVM (Gatling's own launcher, its report included)
 * and gives the folder of its HTML report.
 */
final class GatlingRun {

	private GatlingRun() {
	}

	static Path run(Class<?> simulation, Path resultsDir, String description, boolean reports) {
		try {
			Files.createDirectories(resultsDir);
			java.util.List<String> args = new java.util.ArrayList<>(
					java.util.List.of("--simulation", simulation.getName(), "--results-folder",
							resultsDir.toAbsolutePath().toString(), "--run-description",
							// Gatling's launchers pass the description in Base64
							java.util.Base64.getEncoder()
								.encodeToString(description.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
							"--launcher", "siapkerja-bench", "--build-tool-version", "1"));
			if (!reports) {
				args.add("--no-reports");
			}
			int status = io.gatling.app.Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
			if (status != 0 && status != 2) {
				throw new IllegalStateException("Gatling ended with status " + status + " for " + simulation.getName());
			}
			try (Stream<Path> runs = Files.list(resultsDir)) {
				return runs.filter(Files::isDirectory)
					.max(Comparator.comparing((Path dir) -> dir.toFile().lastModified()))
					.orElseThrow(() -> new IllegalStateException("no Gatling results in " + resultsDir));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
