package id.siapkerja.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Java 25's ahead-of-time cache for each app (JEP 483, 514, 515: classes read, linked and
 * profiled in advance), so that the apps start fast with the full JIT compilers. A cache
 * belongs to one build of an app's jar: it lies in {@code data/aot/<app>-<build>/} beside
 * the jar extracted there (the cache reads classes from plain jars, not from the nested
 * jars of the executable one). The first start of a build runs the jar as built and, once
 * the platform is ready, trains the caches in the background: each app is started once
 * more with the same options and settings, up to the end of its context refresh
 * ({@code spring.context.exit=onRefresh}: no port, no scheduled job), and the JVM writes
 * the cache as it exits. Every later start uses it.
 */
final class AotCaches {

	private final Path root;

	/** The training step under way, if any: stopped first when the stack stops. */
	private Process training;

	private boolean cancelled;

	AotCaches(Path dataDir) {
		this.root = dataDir.resolve("aot");
	}

	/** How to start an app: its jar and the options that go with it. */
	record Launch(Path jar, List<String> options, boolean cached) {
	}

	/** The app from its trained cache when there is one for this build, else as built. */
	Launch launch(String app, Path jar) throws IOException {
		Path folder = folder(app, jar);
		Path cache = folder.resolve(app + ".aot");
		Path extracted = folder.resolve(jar.getFileName());
		if (Files.isRegularFile(cache) && Files.isRegularFile(extracted)) {
			return new Launch(extracted, List.of("-XX:AOTCache=" + cache), true);
		}
		return new Launch(jar, List.of(), false);
	}

	/**
	 * Extracts the jar and trains its cache with the app's options and settings; waits
	 * for it. {@code false} (and the reason in the log) when it did not work out: the app
	 * then simply starts without a cache.
	 */
	boolean train(String java, List<String> javaOptions, String app, Path jar, Map<String, String> env, Path log)
			throws IOException, InterruptedException {
		Path folder = folder(app, jar);
		forgetOtherBuilds(app, folder);
		Files.createDirectories(folder);
		Path extracted = folder.resolve(jar.getFileName());
		if (!Files.isRegularFile(extracted)) {
			List<String> extract = new ArrayList<>(dieWithTheStack());
			extract.addAll(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
					folder.toString(), "--force"));
			if (run(extract, Map.of(), log, 2) != 0) {
				return false;
			}
		}
		Path cache = folder.resolve(app + ".aot");
		Path configuration = folder.resolve(app + ".aotconf");
		// two steps, each a child of the stack (and killed with it where setpriv can ask
		// for that): the app records what it loads, then a JVM without the app writes
		// the cache from that record
		List<String> record = new ArrayList<>(dieWithTheStack());
		record.add(java);
		record.addAll(javaOptions);
		record.add("-XX:AOTMode=record");
		record.add("-XX:AOTConfiguration=" + configuration);
		record.add("-Dspring.context.exit=onRefresh");
		record.add("-jar");
		record.add(extracted.toString());
		Map<String, String> training = new java.util.HashMap<>(env);
		training.put("SERVER_PORT", "0");
		if (run(record, training, log, 5) != 0 || !Files.isRegularFile(configuration)) {
			return false;
		}
		List<String> create = new ArrayList<>(dieWithTheStack());
		create.add(java);
		create.addAll(javaOptions);
		create.add("-XX:AOTMode=create");
		create.add("-XX:AOTConfiguration=" + configuration);
		create.add("-XX:AOTCache=" + cache);
		create.add("-cp");
		create.add(extracted.toString());
		boolean created = run(create, Map.of(), log, 5) == 0 && Files.isRegularFile(cache);
		Files.deleteIfExists(configuration);
		return created;
	}

	/**
	 * On Linux, {@code setpriv --pdeathsig KILL}: the training step dies with the stack
	 * even when the stack is killed hard.
	 */
	private static List<String> dieWithTheStack() {
		for (String candidate : List.of("/usr/bin/setpriv", "/bin/setpriv")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return List.of(candidate, "--pdeathsig", "KILL", "--");
			}
		}
		return List.of();
	}

	private int run(List<String> command, Map<String, String> env, Path log, int minutes)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().putAll(env);
		Process process;
		synchronized (this) {
			if (this.cancelled) {
				return -1;
			}
			process = builder.start();
			this.training = process;
		}
		try {
			if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}
		finally {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
			synchronized (this) {
				this.training = null;
			}
		}
	}

	/** Whether the training was stopped because the stack stops. */
	synchronized boolean cancelled() {
		return this.cancelled;
	}

	/**
	 * Stops the training for good and waits for its step to end: a training app holds a
	 * lease on the embedded PostgreSQL, so it must be gone before the stack lets the
	 * database go, or the database would outlive the stack. Asked gracefully first (the
	 * app gives its lease back as it stops), forced after the grace period.
	 */
	void cancel(java.time.Duration grace) {
		Process process;
		synchronized (this) {
			this.cancelled = true;
			process = this.training;
		}
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** The caches of an app's earlier builds are of no use any more. */
	private void forgetOtherBuilds(String app, Path keep) throws IOException {
		if (!Files.isDirectory(this.root)) {
			return;
		}
		try (var folders = Files.list(this.root)) {
			for (Path other : folders.filter((p) -> p.getFileName().toString().startsWith(app + "-"))
				.filter((p) -> !p.equals(keep))
				.toList()) {
				try (var tree = Files.walk(other)) {
					for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(path);
					}
				}
			}
		}
	}

	/** The folder of one build of an app: named by the jar's size and time. */
	Path folder(String app, Path jar) throws IOException {
		long size = Files.size(jar);
		long modified = Files.getLastModifiedTime(jar).toMillis();
		return this.root.resolve(app + "-" + Long.toHexString(size) + "-" + Long.toHexString(modified));
	}

}
