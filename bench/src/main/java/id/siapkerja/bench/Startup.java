package id.siapkerja.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Startup: the stack from its command to "ready" (every app answering its readiness
 * check), on a fresh data directory (the first start: database created, migrations, keys,
 * demo data) and again on the same directory (a restart); with full scale also under
 * server JVM options (full JIT).
 */
final class Startup {

	private final Bench.Run run;

	Startup(Bench.Run run) {
		this.run = run;
	}

	boolean run() {
		List<List<String>> rows = new ArrayList<>();
		List<String> options = new ArrayList<>();
		options.add(null);
		if (this.run.scale().yes("server-options-run")) {
			options.add(SsoLogins.SERVER_OPTIONS);
		}
		for (String javaOptions : options) {
			Path dir = this.run.freshDir(javaOptions == null ? "startup" : "startup-server-options");
			for (String start : List.of("first start (fresh data directory)", "restart (same data directory)")) {
				try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), javaOptions,
						Map.of())) {
					Map<String, Double> cpu = stack.cpuSeconds();
					rows.add(List.of(start, "`" + stack.appJavaOptionsShown() + "`",
							Report.format("%.1f", stack.readySeconds), stack.appReadyTimes(),
							Report.format("%.1f", cpu.values().stream().mapToDouble(Double::doubleValue).sum())));
					System.out.println("   " + start + ": " + Report.format("%.1f s", stack.readySeconds));
				}
			}
		}
		new Report(this.run.reportsDir(), "startup", "Startup: the stack from start to ready")
			.paragraph("`java -jar stack/target/siapkerja-stack.jar` with a data directory and free ports, timed from "
					+ "the process's start to the stack's line \"SIAPkerja siap / is ready\", which it prints once "
					+ "gov-sim, akun and Jobfair answer their readiness checks. The stack starts the embedded "
					+ "PostgreSQL 18, then launches the three apps at once; they start side by side on the 2 cores.")
			.table(List.of("start", "apps' JVM options", "ready after s", "each app ready after s",
					"CPU s of apps and PostgreSQL until ready"), rows)
			.write();
		return true;
	}

}
