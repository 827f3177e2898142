package id.siapkerja.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Pictures of Gatling's HTML reports: each report's charts (its page, rendered by
 * headless Chromium) as a PNG beside it, shown in the scenario's markdown report under
 * its link, so the charts can be read where HTML is not rendered. Without Chromium on the
 * PATH the reports keep their HTML only.
 */
final class Pictures {

	private static final String MARK = "/index.html): ";

	private Pictures() {
	}

	/**
	 * Gatling's reports all carry the same scripts and styles (about 600 kB each): kept
	 * once in {@code <reports>/gatling-assets}, the reports' pages point there.
	 */
	static void shareAssets(Path reportsDir) {
		Path shared = reportsDir.resolve("gatling-assets");
		try (Stream<Path> pages = Files.walk(reportsDir, 3)) {
			for (Path index : pages.filter((file) -> file.getFileName().toString().equals("index.html")).toList()) {
				Path report = index.getParent();
				if (!Files.isDirectory(report.resolve("js"))) {
					continue;
				}
				for (String assets : List.of("js", "style")) {
					if (!Files.isDirectory(shared.resolve(assets))) {
						Files.createDirectories(shared);
						Bench.copyTree(report.resolve(assets), shared.resolve(assets), java.util.Set.of());
					}
					Bench.delete(report.resolve(assets));
				}
				String up = report.relativize(shared).toString().replace('\\', '/');
				try (Stream<Path> html = Files.list(report)) {
					for (Path page : html.filter((file) -> file.toString().endsWith(".html")).toList()) {
						Files.writeString(page,
								Files.readString(page)
									.replace("src=\"js/", "src=\"" + up + "/js/")
									.replace("href=\"style/", "href=\"" + up + "/style/"));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pictures every Gatling report under {@code reportsDir}; returns how many. */
	static int take(Path reportsDir) {
		Path chromium = chromium();
		if (chromium == null || !Files.isDirectory(reportsDir)) {
			System.out.println("   no Chromium on the PATH: Gatling's reports stay HTML only");
			return 0;
		}
		int taken = 0;
		try (Stream<Path> scenarios = Files.list(reportsDir)) {
			for (Path markdown : scenarios.filter((file) -> file.toString().endsWith(".md")).toList()) {
				String scenario = markdown.getFileName().toString().replace(".md", "");
				String text = Files.readString(markdown);
				StringBuilder changed = new StringBuilder();
				for (String line : text.split("\n", -1)) {
					changed.append(line).append('\n');
					int mark = line.indexOf(MARK);
					if (line.startsWith("- [" + scenario + "/") && mark > 0) {
						String name = line.substring(("- [" + scenario + "/").length(), line.indexOf("/index.html]("));
						Path html = reportsDir.resolve(scenario).resolve(name).resolve("index.html");
						Path png = reportsDir.resolve(scenario).resolve(name + ".png");
						if (Files.exists(html) && shoot(chromium, html, png)) {
							changed.append("\n  ![Gatling's charts: ")
								.append(line.substring(mark + MARK.length()))
								.append("](")
								.append(scenario)
								.append('/')
								.append(name)
								.append(".png)\n\n");
							taken++;
						}
					}
				}
				String result = changed.substring(0, changed.length() - 1);
				Files.writeString(markdown, result.replace("\n\n\n", "\n\n"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return taken;
	}

	private static boolean shoot(Path chromium, Path html, Path png) throws IOException {
		Path profile = Files.createTempDirectory("bench-chromium");
		try {
			Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,3400",
					"--virtual-time-budget=8000", "--screenshot=" + png.toAbsolutePath(), html.toUri().toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(90, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return Files.exists(png);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			Bench.delete(profile);
		}
	}

	private static Path chromium() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

}
