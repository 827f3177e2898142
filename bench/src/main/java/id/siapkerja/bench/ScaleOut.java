package id.siapkerja.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

/**
 * ScaleOut: what a second Jobfair instance behind nginx adds. The fair opening's journey
 * (the fair with its matches, 3 vacancies, 3 applications) by a closed crowd that keeps
 * each instance busy, first against one instance, then through nginx against two, each
 * instance given the same share of a core (a CFS quota of Linux's cpu cgroup), so that
 * the database and the load generator, which share the machine's two cores, do not decide
 * the answer. Both instances are warmed up first, without a quota.
 */
@RequiredArgsConstructor
final class ScaleOut {

	private static final Path CPU_CGROUPS = Path.of("/sys/fs/cgroup/cpu");

	private final Bench.Run run;

	/** One crowd against one address, and what it took. */
	record Phase(String name, int users, Duration during, FairOpeningSimulation.Outcome outcome, GatlingStats stats,
			Map<String, Double> cpu, Path gatling) {

		double journeysPerMinute() {
			return this.outcome.journeysDone.get() * 60.0 / this.during.toSeconds();
		}

	}

	boolean run() throws Exception {
		Scale scale = this.run.scale();
		Path dir = this.run.freshDir("scale-out");
		int users = scale.number("scale-out-users");
		Duration during = scale.seconds("scale-out-seconds");
		Duration warmUp = scale.seconds("scale-out-warm-up-seconds");
		int quota = scale.number("scale-out-quota-percent");
		int perPhase = scale.number("scale-out-seekers");
		try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), null, Map.of())) {
			NationalFair.Fair fair;
			List<FairOpeningSimulation.Seeker> seekers = new ArrayList<>();
			try (Connection akun = stack.database("akun"); Connection jobfair = stack.database("jobfair")) {
				List<Accounts.Account> accounts = Accounts.seed(akun, stack.dataDir, "pencaker", 4 * perPhase);
				fair = NationalFair.seed(jobfair, "Jobfair Nasional (bench)", "ONGOING",
						Instant.now().minusSeconds(600), scale.number("scale-out-companies"),
						scale.number("scale-out-vacancies"));
				NationalFair.members(jobfair, accounts);
				NationalFair.follow(jobfair, fair.id(), accounts, true);
				List<String> cookies = JobfairSessions.mint(jobfair, accounts, stack.akun());
				for (int i = 0; i < accounts.size(); i++) {
					seekers.add(new FairOpeningSimulation.Seeker(accounts.get(i).sub(), cookies.get(i)));
				}
				try (var analyze = jobfair.createStatement()) {
					analyze.execute("analyze");
				}
			}
			int nginxPort = StackProcess.freePorts(1)[0];
			try (SecondJobfair second = SecondJobfair.start(stack, dir, "http://localhost:" + nginxPort);
					Nginx nginx = Nginx.start(dir.resolve("nginx"), nginxPort, stack.jobfairPort, second.port)) {
				long firstPid = stack.jobfairPid();
				List<FairOpeningSimulation.Seeker> warm = seekers.subList(0, 2 * perPhase);
				phase(stack.jobfair(), fair, warm.subList(0, perPhase), users, warmUp, "warm-up-1", false, Map.of());
				phase("http://localhost:" + second.port, fair, warm.subList(perPhase, 2 * perPhase), users, warmUp,
						"warm-up-2", false, Map.of());
				Map<String, Long> instances = new LinkedHashMap<>();
				instances.put("jobfair 1", firstPid);
				instances.put("jobfair 2", second.pid());
				instances.put("postgresql", -1L);
				String limited = limit(Map.of("jobfair-1", firstPid, "jobfair-2", second.pid()), quota);
				List<Phase> phases = new ArrayList<>();
				try {
					phases.add(phase(stack, stack.jobfair(), fair, seekers.subList(2 * perPhase, 3 * perPhase), users,
							during, "one instance", instances));
					phases.add(phase(stack, "http://localhost:" + nginxPort, fair,
							seekers.subList(3 * perPhase, 4 * perPhase), 2 * users, during, "two instances",
							instances));
				}
				finally {
					unlimit(List.of("jobfair-1", "jobfair-2"));
				}
				String spread = nginx.spread();
				return report(scale, stack, fair, quota, limited, phases, spread);
			}
		}
	}

	private Phase phase(StackProcess stack, String baseUrl, NationalFair.Fair fair,
			List<FairOpeningSimulation.Seeker> seekers, int users, Duration during, String name,
			Map<String, Long> processes) {
		Map<String, Double> before = cpu(stack, processes);
		Phase phase = phase(baseUrl, fair, seekers, users, during, name, true, processes);
		Map<String, Double> after = cpu(stack, processes);
		Map<String, Double> used = new LinkedHashMap<>();
		for (String process : after.keySet()) {
			used.put(process, SsoLogins.delta(before, after, process));
		}
		System.out.println("   " + name + ": " + phase.outcome().journeysDone.get() + " journeys in "
				+ during.toSeconds() + " s; CPU " + used);
		return new Phase(phase.name(), users, during, phase.outcome(), phase.stats(), used, phase.gatling());
	}

	private Phase phase(String baseUrl, NationalFair.Fair fair, List<FairOpeningSimulation.Seeker> seekers, int users,
			Duration during, String name, boolean reports, Map<String, Long> processes) {
		FairOpeningSimulation.Outcome outcome = new FairOpeningSimulation.Outcome();
		FairOpeningSimulation.outcome = outcome;
		FairOpeningSimulation.plan = FairOpeningSimulation.Plan.closed(baseUrl, fair.id(), seekers, users, during);
		Path gatling = GatlingRun.run(FairOpeningSimulation.class,
				this.run.workDir().resolve("scale-out/" + name.replace(' ', '-')), "scale-out, " + name, reports);
		return new Phase(name, users, during, outcome, reports ? GatlingStats.of(gatling) : null, Map.of(), gatling);
	}

	private static Map<String, Double> cpu(StackProcess stack, Map<String, Long> processes) {
		Map<String, Double> cpu = new LinkedHashMap<>();
		Map<String, Double> stacks = stack.cpuSeconds();
		for (Map.Entry<String, Long> process : processes.entrySet()) {
			cpu.put(process.getKey(), process.getValue() > 0 ? ProcessCpu.seconds(process.getValue())
					: stacks.getOrDefault(process.getKey(), 0.0));
		}
		return cpu;
	}

	/**
	 * Gives each instance {@code percent} of one core (a CFS quota); says what was done,
	 * or why it could not be.
	 */
	private static String limit(Map<String, Long> instances, int percent) {
		if (!Files.isWritable(CPU_CGROUPS)) {
			return "no quota: Linux's cpu cgroup (" + CPU_CGROUPS + ") is not writable here, so the instances shared "
					+ "the two cores with the database and the load generator";
		}
		try {
			for (Map.Entry<String, Long> instance : instances.entrySet()) {
				Path group = Files.createDirectories(CPU_CGROUPS.resolve("siapkerja-bench-" + instance.getKey()));
				Files.writeString(group.resolve("cpu.cfs_period_us"), "100000");
				Files.writeString(group.resolve("cpu.cfs_quota_us"), String.valueOf(percent * 1000));
				Files.writeString(group.resolve("cgroup.procs"), String.valueOf(instance.getValue()));
			}
			return Report.format("each instance given %d%% of one core (a CFS quota of %d ms per 100 ms in Linux's "
					+ "cpu cgroup), the same in both phases", percent, percent);
		}
		catch (IOException ex) {
			unlimit(List.copyOf(instances.keySet()));
			return "no quota: the cpu cgroup refused it (" + ex.getMessage() + "), so the instances shared the two "
					+ "cores with the database and the load generator";
		}
	}

	private static void unlimit(List<String> names) {
		for (String name : names) {
			Path group = CPU_CGROUPS.resolve("siapkerja-bench-" + name);
			if (!Files.isDirectory(group)) {
				continue;
			}
			try {
				for (String pid : Files.readAllLines(group.resolve("cgroup.procs"))) {
					if (!pid.isBlank()) {
						Files.writeString(CPU_CGROUPS.resolve("cgroup.procs"), pid.strip());
					}
				}
				Files.delete(group);
			}
			catch (IOException ex) {
				System.out.println("   could not remove the cgroup " + group + ": " + ex.getMessage());
			}
		}
	}

	private boolean report(Scale scale, StackProcess stack, NationalFair.Fair fair, int quota, String limited,
			List<Phase> phases, String spread) {
		Report report = new Report(this.run.reportsDir(), "scale-out",
				"ScaleOut: a second Jobfair instance behind nginx");
		Phase one = phases.get(0);
		Phase two = phases.get(1);
		double ratio = one.journeysPerMinute() > 0 ? two.journeysPerMinute() / one.journeysPerMinute() : 0;
		report.paragraph(Report.format("An ongoing online fair with %,d accepted companies and %,d open vacancies. "
				+ "Seekers with minted Jobfair sessions (as in fair-opening.md) make the fair opening's journey: the "
				+ "fair with its matches, 3 vacancies, 3 applications, 10 requests; a seeker answered \"coba lagi "
				+ "sebentar\" waits the Retry-After and asks again. A closed crowd keeps the instances busy: %d seekers "
				+ "at every moment against one instance (directly), then %d through nginx (Debian's, round robin, "
				+ "`docs/nginx/jobfair-two-instances.conf`) against two, each for %d s; each finished seeker is "
				+ "replaced by a new one. Both instances were warmed up first (%d s each, no quota). **What each "
				+ "instance is given:** %s. The database, nginx and Gatling share the machine's two cores.",
				fair.companies(), fair.vacancies(), one.users(), two.users(), one.during().toSeconds(),
				scale.seconds("scale-out-warm-up-seconds").toSeconds(), limited));
		report.paragraph("Apps as the stack runs them: `" + stack.appJavaOptionsShown()
				+ "`; the second instance the same jar and options on the same database.");
		List<List<String>> rows = new ArrayList<>();
		for (Phase phase : phases) {
			GatlingStats.Row all = phase.stats().all();
			rows.add(List.of(phase.name(), String.valueOf(phase.users()),
					Report.format("%,d", phase.outcome().journeysDone.get()),
					Report.format("%.0f", phase.journeysPerMinute()),
					Report.format("%.1f", all.total() / (double) phase.during().toSeconds()),
					Report.format("%,d", phase.outcome().busyAnswers.get()), Report.format("%,d", all.ko()),
					String.valueOf(all.p50()), String.valueOf(all.p95()), cpu(phase.cpu())));
		}
		report.heading("Figures")
			.table(List.of("instances", "seekers at once", "journeys done", "journeys per minute",
					"requests per second", "\"coba lagi\" answers", "errors", "p50 ms", "p95 ms", "CPU s"), rows);
		report.paragraph(Report.format(
				"**Two instances carry %.2f× one** (%.0f against %.0f journeys per minute). "
						+ "nginx spread the requests: %s.",
				ratio, two.journeysPerMinute(), one.journeysPerMinute(), spread));
		for (Phase phase : phases) {
			report.heading("Per request: " + phase.name())
				.requests(phase.stats())
				.gatling(phase.gatling(), phase.name().replace(' ', '-'), phase.name());
		}
		report.write();
		boolean held = phases.stream().allMatch((phase) -> phase.stats().all().ko() == 0);
		return held
				&& (!scale.isSmoke() || phases.stream().allMatch((phase) -> phase.outcome().journeysDone.get() > 0));
	}

	private static String cpu(Map<String, Double> cpu) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Double> entry : cpu.entrySet()) {
			parts.add(entry.getKey() + " " + Report.format("%.0f", entry.getValue()));
		}
		return String.join(", ", parts);
	}

	/** A second Jobfair: the stack's jar and options, another port, the same database. */
	static final class SecondJobfair implements AutoCloseable {

		final int port;

		private final Process process;

		private SecondJobfair(int port, Process process) {
			this.port = port;
			this.process = process;
		}

		long pid() {
			return this.process.pid();
		}

		static SecondJobfair start(StackProcess stack, Path dir, String publicUrl) throws IOException {
			int port = StackProcess.freePorts(1)[0];
			Path jar = stack.appsDir().resolve("jobfair.jar");
			List<String> command = new ArrayList<>(List.of(StackProcess.javaCommand()));
			command.addAll(List.of(StackProcess.defaultJavaOptions().split(" ")));
			command.addAll(List.of("-jar", jar.toString()));
			ProcessBuilder builder = new ProcessBuilder(command);
			Map<String, String> env = builder.environment();
			env.put("SERVER_PORT", String.valueOf(port));
			env.put("SIAPKERJA_DATA_DIR", stack.dataDir.toString());
			env.put("SIAPKERJA_PG_PORT", String.valueOf(stack.pgPort));
			env.put("SIAPKERJA_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
			env.put("SIAPKERJA_URLS_AKUN", stack.akun());
			env.put("SIAPKERJA_URLS_JOBFAIR", publicUrl);
			env.put("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", "127.0.0.1/32, ::1/128");
			env.put("SIAPKERJA_URLS_GOVSIM", stack.govsim());
			env.put("SPRING_MAIL_PORT", String.valueOf(stack.smtpPort));
			Path log = dir.resolve("jobfair-2.log");
			Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			SecondJobfair second = new SecondJobfair(port, process);
			long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			while (!StackProcess.ready("http://localhost:" + port)) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					second.close();
					throw new IllegalStateException("the second Jobfair did not start:\n" + Files.readString(log));
				}
				StackProcess.sleep(500);
			}
			return second;
		}

		@Override
		public void close() {
			this.process.destroy();
			try {
				if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/** Debian's nginx, configured as docs/nginx/jobfair-two-instances.conf says. */
	static final class Nginx implements AutoCloseable {

		private final Path dir;

		private final Process process;

		private Nginx(Path dir, Process process) {
			this.dir = dir;
			this.process = process;
		}

		static Nginx start(Path dir, int port, int first, int second) throws IOException {
			Files.createDirectories(dir);
			String config = Files.readString(docs().resolve("nginx/jobfair-two-instances.conf"))
				.replace("127.0.0.1:8000", "127.0.0.1:" + port)
				.replace("127.0.0.1:8081", "127.0.0.1:" + first)
				.replace("127.0.0.1:8082", "127.0.0.1:" + second);
			if ("root".equals(System.getProperty("user.name"))) {
				config = "user root;\n" + config;
			}
			Files.writeString(dir.resolve("jobfair.conf"), config, StandardCharsets.UTF_8);
			for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
				Files.createDirectories(dir.resolve(temp));
			}
			String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
			Process process = new ProcessBuilder(binary, "-p", dir.toString(), "-c", "jobfair.conf", "-g",
					"daemon off;")
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("nginx.out").toFile())
				.start();
			Nginx nginx = new Nginx(dir, process);
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (!listening(port)) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					nginx.close();
					throw new IllegalStateException(
							"nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
				}
				StackProcess.sleep(200);
			}
			return nginx;
		}

		/** How many requests went to each instance, from the access log. */
		String spread() {
			Map<String, Integer> counts = new LinkedHashMap<>();
			try (var lines = Files.lines(this.dir.resolve("access.log"))) {
				lines.forEach((line) -> {
					int arrow = line.lastIndexOf("-> ");
					if (arrow >= 0) {
						counts.merge(line.substring(arrow + 3).strip(), 1, Integer::sum);
					}
				});
			}
			catch (IOException ex) {
				return "(no access log: " + ex.getMessage() + ")";
			}
			List<String> parts = new ArrayList<>();
			counts.forEach((upstream, count) -> parts.add(Report.format("%,d to %s", count, upstream)));
			return String.join(", ", parts);
		}

		private static boolean listening(int port) {
			try (java.net.Socket socket = new java.net.Socket()) {
				socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}

		private static Path docs() {
			Path here = Path.of("").toAbsolutePath();
			for (Path dir = here; dir != null; dir = dir.getParent()) {
				if (Files.isDirectory(dir.resolve("docs/nginx"))) {
					return dir.resolve("docs");
				}
			}
			throw new IllegalStateException("docs/nginx not found above " + here);
		}

		@Override
		public void close() {
			this.process.destroy();
			try {
				this.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
