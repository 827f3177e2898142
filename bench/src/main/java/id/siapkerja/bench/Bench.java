package id.siapkerja.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bench's command: {@code java -jar bench/target/siapkerja-bench.jar [full|smoke]
 * [scenario ...] [--name=value ...]}. Each scenario starts what it needs (the stack's jar
 * on a fresh data directory, Keycloak where named), seeds, runs Gatling, checks, stops
 * everything it started and writes its report.
 */
public final class Bench {

	/** The scenarios in the order {@code all} runs them. */
	static final List<String> SCENARIOS = List.of("startup", "sso-logins", "matching", "fair-opening", "scale-out",
			"reminders-and-outbox", "crash-mid-load", "outcome-dashboard");

	private Bench() {
	}

	/** Where a run keeps its work and writes its reports. */
	record Run(Scale scale, Path stackJar, Path workDir, Path reportsDir) {

		/** A fresh, empty folder for one part of a scenario. */
		Path freshDir(String name) {
			Path dir = this.workDir.resolve(name);
			delete(dir);
			try {
				Files.createDirectories(dir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return dir;
		}

	}

	public static void main(String[] args) throws Exception {
		System.exit(run(args));
	}

	/**
	 * Runs the scenarios the arguments name; 0 when every one ran and its checks held.
	 */
	static int run(String[] args) throws Exception {
		Path root = projectRoot();
		boolean smoke = false;
		List<String> scenarios = new ArrayList<>();
		Map<String, String> sizes = new LinkedHashMap<>();
		Path reports = null;
		Path work = root.resolve("bench/target/work");
		Path stackJar = root.resolve("stack/target/siapkerja-stack.jar");
		for (String arg : args) {
			if (arg.equals("smoke")) {
				smoke = true;
			}
			else if (arg.equals("pictures")) {
				scenarios.add(arg);
			}
			else if (arg.equals("full") || arg.equals("all")) {
				// the default
			}
			else if (arg.startsWith("--reports=")) {
				reports = Path.of(arg.substring("--reports=".length()));
			}
			else if (arg.startsWith("--work=")) {
				work = Path.of(arg.substring("--work=".length()));
			}
			else if (arg.startsWith("--stack-jar=")) {
				stackJar = Path.of(arg.substring("--stack-jar=".length()));
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				sizes.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (SCENARIOS.contains(arg)) {
				scenarios.add(arg);
			}
			else {
				System.err.println("Unknown argument " + arg + ". Usage: java -jar bench/target/siapkerja-bench.jar "
						+ "[full|smoke] [" + String.join("|", SCENARIOS) + " ...] [--reports=DIR] [--size=value ...]");
				return 2;
			}
		}
		if (!Files.exists(stackJar)) {
			System.err.println("No stack jar at " + stackJar + ": build first with ./mvnw -q -DskipTests package");
			return 2;
		}
		Scale scale = (smoke ? Scale.smoke() : Scale.full()).with(sizes);
		if (reports == null) {
			reports = root.resolve(smoke ? "bench/target/smoke-reports" : "bench/reports");
		}
		Run run = new Run(scale, stackJar.toAbsolutePath(), work.toAbsolutePath(), reports.toAbsolutePath());
		int failed = 0;
		int passed = 0;
		if (scenarios.equals(List.of("pictures"))) {
			Pictures.shareAssets(run.reportsDir());
			System.out.println("   " + Pictures.take(run.reportsDir()) + " pictures of Gatling's reports");
			return 0;
		}
		scenarios.remove("pictures");
		for (String scenario : scenarios.isEmpty() ? SCENARIOS : scenarios) {
			System.out.println("== bench: " + scenario + " (" + scale.name + ")");
			long began = System.nanoTime();
			boolean held = switch (scenario) {
				case "startup" -> new Startup(run).run();
				case "sso-logins" -> new SsoLogins(run).run();
				case "matching" -> new Matching(run).run();
				case "fair-opening" -> new FairOpening(run).run();
				case "scale-out" -> new ScaleOut(run).run();
				case "reminders-and-outbox" -> new RemindersAndOutbox(run).run();
				case "crash-mid-load" -> new CrashMidLoad(run).run();
				case "outcome-dashboard" -> new OutcomeDashboard(run).run();
				default -> throw new IllegalStateException(scenario);
			};
			System.out.printf("== bench: %s %s in %.0f s; report in %s%n", scenario,
					held ? "done" : "FAILED its checks", (System.nanoTime() - began) / 1e9,
					run.reportsDir().resolve(scenario + ".md"));
			if (held) {
				passed++;
			}
			else {
				failed++;
			}
		}
		Pictures.shareAssets(run.reportsDir());
		System.out.println("   " + Pictures.take(run.reportsDir()) + " pictures of Gatling's reports");
		System.out.println("bench: " + passed + " passed, " + failed + " failed");
		return failed == 0 ? 0 : 1;
	}

	/** The checkout: two folders above the bench's jar, or the working directory. */
	private static Path projectRoot() {
		String classPath = System.getProperty("java.class.path", "");
		String first = classPath.split(java.io.File.pathSeparator)[0];
		if (first.endsWith("siapkerja-bench.jar")) {
			return Path.of(first).toAbsolutePath().getParent().getParent().getParent();
		}
		Path here = Path.of("").toAbsolutePath();
		return Files.exists(here.resolve("bench")) ? here : here.getParent();
	}

	/** Copies a folder's files into another, leaving out files of the names given. */
	static void copyTree(Path from, Path to, java.util.Set<String> leftOut) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.toList()) {
				if (leftOut.contains(source.getFileName().toString())) {
					continue;
				}
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
