package id.siapkerja.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the bench ran on: processor, cores, memory, system and the bench's own JVM. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		return cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + " memory, "
				+ System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
	}

	/** The bench's own JVM options (the load generator, Gatling in this JVM). */
	static String benchJvmOptions() {
		String options = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
		return options.isBlank() ? "JVM defaults (G1, heap 1/4 of memory)" : options;
	}

	static String gatlingVersion() {
		String version = io.gatling.app.Gatling.class.getPackage().getImplementationVersion();
		return version != null ? version : "3.15.1";
	}

	private static String cpu() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).strip();
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return System.getProperty("os.arch");
	}

	private static String memory() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kb = Long.parseLong(line.replaceAll("\\D", ""));
					return String.format(java.util.Locale.ROOT, "%.0f GiB", kb / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB (JVM)";
	}

}
