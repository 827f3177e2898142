package id.siapkerja.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

/**
 * Startup: the stack from its command to "ready" (every app answering its readiness
 * check), on a fresh data directory (the first start: database created, migrations, keys,
 * demo data) and again on the same directory (a restart); with full scale also under
 * server JVM options (full JIT).
 */
@RequiredArgsConstructor
final class Startup {

	/** The stack's line once the AOT caches are trained (Stack.AOT_READY). */
	static final String AOT_READY = "AOT caches ready";

	private final Bench.Run run;

	boolean run() {
		List<List<String>> rows = new ArrayList<>();
		List<String> training = new ArrayList<>();
		List<String> options = new ArrayList<>();
		options.add(null);
		if (this.run.scale().yes("server-options-run")) {
			options.add(SsoLogins.SERVER_OPTIONS);
		}
		for (String javaOptions : options) {
			Path dir = this.run.freshDir(javaOptions == null ? "startup" : "startup-server-options");
			for (String start : List.of("first start (fresh data directory, no AOT cache yet)",
					"restart (same data directory, AOT caches trained after the first start)")) {
				// the smoke (CI) only checks that both starts work, without a minute of
				// training between them
				boolean aot = !this.run.scale().isSmoke();
				try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), javaOptions,
						aot ? Map.of("SIAPKERJA_AOT", "true") : Map.of())) {
					Map<String, Double> cpu = stack.cpuSeconds();
					rows.add(List.of(start, "`" + stack.appJavaOptionsShown() + "`",
							Report.format("%.1f", stack.readySeconds), stack.appReadyTimes(),
							Report.format("%.1f", cpu.values().stream().mapToDouble(Double::doubleValue).sum())));
					System.out.println("   " + start + ": " + Report.format("%.1f s", stack.readySeconds));
					if (aot && start.startsWith("first")) {
						double trained = stack.awaitLine(AOT_READY, java.time.Duration.ofMinutes(8));
						training.add(trained < 0 ? "the AOT caches were not trained within 8 minutes"
								: Report.format(
										"the AOT caches were trained %.0f s after the stack's start (%.0f s "
												+ "after ready), in the background",
										trained, trained - stack.readySeconds));
					}
				}
			}
		}
		new Report(this.run.reportsDir(), "startup", "Startup: the stack from start to ready")
			.paragraph("`java -jar stack/target/siapkerja-stack.jar` with a data directory and free ports, timed from "
					+ "the process's start to the stack's line \"SIAPkerja siap / is ready\", which it prints once "
					+ "gov-sim, akun and Jobfair answer their readiness checks. The stack starts the embedded "
					+ "PostgreSQL 18, then launches the three apps at once; they start side by side on the 2 cores. "
					+ "Once ready after a first start, the stack trains each app's Java 25 AOT cache in the "
					+ "background (the app started once more up to the end of its context refresh); every later "
					+ "start of the same build uses it.")
			.table(List.of("start", "apps' JVM options", "ready after s", "each app ready after s",
					"CPU s of apps and PostgreSQL until ready"), rows)
			.bullets(training)
			.write();
		return true;
	}

}
