package id.siapkerja.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the stack is told on its command line ({@code --akun-port=8080}) or in the
 * environment ({@code SIAPKERJA_AKUN_PORT=8080}); the command line wins. A port of 0
 * means any free port.
 */
record StackOptions(Path dataDir, Path appsDir, int akunPort, int jobfairPort, int govsimPort, int smtpPort, int pgPort,
		String javaOptions, String externalDatabaseUrl, String jobfairUrl, boolean aot) {

	/**
	 * Full JIT (C1 and C2): the throughput a fair opening needs; start-up is fast through
	 * the AOT caches ({@link AotCaches}) instead of giving up C2.
	 */
	static final String DEFAULT_JAVA_OPTIONS = "-XX:+UseSerialGC -Xmx768m";

	static StackOptions parse(String[] args, Map<String, String> env) throws IOException {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException(
						"Unknown argument " + arg + "; use --name=value, e.g. --akun-port=8080");
			}
			given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		Lookup lookup = new Lookup(given, env);
		Path dataDir = Path.of(lookup.get("data-dir", "data")).toAbsolutePath().normalize();
		Path appsDir = Path.of(lookup.get("apps-dir", defaultAppsDir().toString())).toAbsolutePath().normalize();
		StackOptions options = new StackOptions(dataDir, appsDir, lookup.port("akun-port", 8080),
				lookup.port("jobfair-port", 8081), lookup.port("govsim-port", 8090), lookup.port("smtp-port", 3025),
				Integer.parseInt(lookup.get("pg-port", "54329")), lookup.get("app-java-opts", DEFAULT_JAVA_OPTIONS),
				env.get("SPRING_DATASOURCE_URL"), lookup.get("jobfair-url", null),
				Boolean.parseBoolean(lookup.get("aot", "true")));
		for (String unknown : given.keySet()) {
			if (!lookup.known.contains(unknown)) {
				throw new IllegalArgumentException("Unknown option --" + unknown);
			}
		}
		return options;
	}

	/** {@code apps/} beside the stack's jar: where the build puts the apps' jars. */
	private static Path defaultAppsDir() {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			Path jar = Path.of(classPath).toAbsolutePath();
			return jar.getParent().resolve("apps");
		}
		return Path.of("stack", "target", "apps");
	}

	/** Looks up an option in the arguments, then in the environment as SIAPKERJA_NAME. */
	private static final class Lookup {

		final Map<String, String> given;

		final Map<String, String> env;

		final java.util.Set<String> known = new java.util.HashSet<>();

		Lookup(Map<String, String> given, Map<String, String> env) {
			this.given = given;
			this.env = env;
		}

		String get(String name, String fallback) {
			this.known.add(name);
			String value = this.given.get(name);
			if (value == null) {
				value = this.env.get("SIAPKERJA_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
			}
			return (value == null || value.isBlank()) ? fallback : value;
		}

		int port(String name, int fallback) throws IOException {
			int port = Integer.parseInt(get(name, String.valueOf(fallback)));
			if (port != 0) {
				return port;
			}
			return id.siapkerja.webkit.net.FreePorts.one();
		}

	}

}
