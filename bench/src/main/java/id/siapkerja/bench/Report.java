package id.siapkerja.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario's report, {@code <reports>/<scenario>.md}: when and where it ran, the JVM
 * options of every process, the data sizes, the figures, and links to the Gatling HTML
 * reports copied beside it.
 */
final class Report {

	private final String scenario;

	private final Path reportsDir;

	private final StringBuilder text = new StringBuilder();

	private final List<String> charts = new ArrayList<>();

	Report(Path reportsDir, String scenario, String title) {
		this.reportsDir = reportsDir;
		this.scenario = scenario;
		this.text.append("# ").append(title).append("\n\n");
		this.text.append("Written by `bench` on ")
			.append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
			.append(". Machine: ")
			.append(Machine.describe())
			.append(". Load generator: Gatling ")
			.append(Machine.gatlingVersion())
			.append(" in the bench's JVM on the same machine (`")
			.append(Machine.benchJvmOptions())
			.append("`). Database: the stack's embedded PostgreSQL 18 with its default settings.\n\n");
	}

	Report heading(String heading) {
		this.text.append("## ").append(heading).append("\n\n");
		return this;
	}

	Report paragraph(String paragraph) {
		this.text.append(paragraph).append("\n\n");
		return this;
	}

	Report bullets(List<String> items) {
		for (String item : items) {
			this.text.append("- ").append(item).append('\n');
		}
		this.text.append('\n');
		return this;
	}

	Report table(List<String> header, List<List<String>> rows) {
		this.text.append("| ").append(String.join(" | ", header)).append(" |\n|");
		for (int i = 0; i < header.size(); i++) {
			this.text.append(i == 0 ? "---|" : "---:|");
		}
		this.text.append('\n');
		for (List<String> row : rows) {
			this.text.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		this.text.append('\n');
		return this;
	}

	/** Gatling's statistics as a table, one row per request (and group). */
	Report requests(GatlingStats stats) {
		List<List<String>> rows = new ArrayList<>();
		for (GatlingStats.Row row : stats.rows()) {
			rows.add(List.of(row.name(), String.valueOf(row.total()), String.valueOf(row.ko()),
					format("%.2f", row.perSecond()), String.valueOf(row.p50()), String.valueOf(row.p95()),
					String.valueOf(row.p99()), String.valueOf(row.max())));
		}
		return table(List.of("request", "count", "errors", "per second", "p50 ms", "p95 ms", "p99 ms", "max ms"), rows);
	}

	/**
	 * Copies a Gatling HTML report under {@code <reports>/<scenario>/<name>/} and links
	 * it (its charts: response times over time, percentiles, requests per second).
	 */
	Report gatling(Path gatlingReport, String name, String caption) {
		Path target = this.reportsDir.resolve(this.scenario).resolve(name);
		copy(gatlingReport, target);
		this.charts.add("[" + this.scenario + "/" + name + "/index.html](" + this.scenario + "/" + name
				+ "/index.html): " + caption);
		return this;
	}

	Path write() {
		try {
			Files.createDirectories(this.reportsDir);
			Path file = this.reportsDir.resolve(this.scenario + ".md");
			StringBuilder all = new StringBuilder(this.text);
			if (!this.charts.isEmpty()) {
				all.append("## Gatling's reports\n\nWith their charts: response times over time, their percentiles, ")
					.append("requests and responses per second, active users.\n\n");
				for (String chart : this.charts) {
					all.append("- ").append(chart).append('\n');
				}
			}
			Files.writeString(file, all.toString());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String format(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args);
	}

	private static void copy(Path from, Path to) {
		Bench.delete(to);
		// the binary log is Gatling's input, not part of the report
		Bench.copyTree(from, to, java.util.Set.of("simulation.log"));
	}

}
