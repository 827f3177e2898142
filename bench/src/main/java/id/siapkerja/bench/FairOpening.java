package id.siapkerja.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

/**
 * FairOpening: a seeded national fair (accepted companies, open vacancies, checked-in
 * followers with live Jobfair sessions) that has just started. First a crowd arrives in
 * the same second, then the rest over a ramp; each seeker opens the fair with its
 * matches, opens 3 vacancies and applies to them. Afterwards the database must hold
 * exactly the applications Jobfair acknowledged: none lost, none duplicated.
 */
@RequiredArgsConstructor
final class FairOpening {

	private final Bench.Run run;

	/** One arrival pattern's run and what it took. */
	record Phase(String name, int seekers, FairOpeningSimulation.Outcome outcome, GatlingStats stats,
			Map<String, Double> appsCpu, double benchCpu, ApplicationsCheck.Result check, Path gatling,
			AppMetrics.View app, List<List<String>> statements) {
	}

	boolean run() throws Exception {
		Scale scale = this.run.scale();
		Path dir = this.run.freshDir("fair-opening");
		int seekersCount = scale.number("fair-seekers");
		int atOnce = Math.min(scale.number("fair-at-once"), seekersCount);
		try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), null, Map.of())) {
			long seedBegan = System.nanoTime();
			NationalFair.Fair fair;
			List<FairOpeningSimulation.Seeker> seekers = new ArrayList<>();
			double mintSeconds;
			try (Connection akun = stack.database("akun"); Connection jobfair = stack.database("jobfair")) {
				List<Accounts.Account> accounts = Accounts.seed(akun, stack.dataDir, "pencaker", seekersCount);
				fair = NationalFair.seed(jobfair, "Jobfair Nasional (bench)", "ONGOING",
						Instant.now().minusSeconds(600), scale.number("fair-companies"),
						scale.number("fair-vacancies"));
				NationalFair.members(jobfair, accounts);
				NationalFair.follow(jobfair, fair.id(), accounts, true);
				long mintBegan = System.nanoTime();
				List<String> cookies = JobfairSessions.mint(jobfair, accounts, stack.akun());
				mintSeconds = (System.nanoTime() - mintBegan) / 1e9;
				for (int i = 0; i < accounts.size(); i++) {
					seekers.add(new FairOpeningSimulation.Seeker(accounts.get(i).sub(), cookies.get(i)));
				}
				try (var analyze = jobfair.createStatement()) {
					analyze.execute("analyze");
				}
			}
			double seedSeconds = (System.nanoTime() - seedBegan) / 1e9;
			System.out.println("   " + Report.format("seeded %,d vacancies and %,d seekers in %.0f s", fair.vacancies(),
					seekersCount, seedSeconds));
			warmUp(stack, dir, scale.seconds("fair-warm-up-seconds"));
			List<ApplicationsCheck.Acknowledged> acknowledged = new ArrayList<>();
			List<Phase> phases = new ArrayList<>();
			Duration grace = scale.minutes("fair-grace-minutes");
			phases.add(phase(stack, fair, "at-once", seekers.subList(0, atOnce), atOnce, 0, grace, acknowledged));
			if (seekersCount > atOnce) {
				double perSecond = scale.number("fair-per-minute") / 60.0;
				Duration arrival = Duration.ofMillis(Math.round((seekersCount - atOnce) * 1000 / perSecond));
				phases.add(phase(stack, fair, "ramp", seekers.subList(atOnce, seekersCount), 0, perSecond,
						arrival.plus(grace), acknowledged));
			}
			List<String> proof = proveTheCheck(stack, fair, acknowledged);
			return report(scale, stack, fair, seekersCount, seedSeconds, mintSeconds, phases, proof)
					&& proof.stream().noneMatch((line) -> line.contains("HOLDS"));
		}
	}

	/** Seekers at once in the warm-up, on a fair of its own. */
	static final int WARM_UP_SEEKERS = 8;

	/**
	 * Jobfair serves other fairs for a while first, as an instance at a national fair's
	 * opening has been doing (check-ins open two hours before): its code is compiled by
	 * then, while the national fair's offers are read only when the opening begins.
	 */
	private void warmUp(StackProcess stack, Path dir, Duration during) throws Exception {
		if (during.isZero()) {
			return;
		}
		NationalFair.Fair other;
		List<FairOpeningSimulation.Seeker> seekers = new ArrayList<>();
		try (Connection akun = stack.database("akun"); Connection jobfair = stack.database("jobfair")) {
			List<Accounts.Account> accounts = Accounts.seed(akun, stack.dataDir, "pemanasan", 6000);
			other = NationalFair.seed(jobfair, "Jobfair Daerah (bench, pemanasan)", "ONGOING",
					Instant.now().minusSeconds(3600), 20, 500);
			NationalFair.members(jobfair, accounts);
			NationalFair.follow(jobfair, other.id(), accounts, true);
			List<String> cookies = JobfairSessions.mint(jobfair, accounts, stack.akun());
			for (int i = 0; i < accounts.size(); i++) {
				seekers.add(new FairOpeningSimulation.Seeker(accounts.get(i).sub(), cookies.get(i)));
			}
		}
		FairOpeningSimulation.outcome = new FairOpeningSimulation.Outcome();
		FairOpeningSimulation.plan = FairOpeningSimulation.Plan.closed(stack.jobfair(), other.id(), seekers,
				WARM_UP_SEEKERS, during);
		GatlingRun.run(FairOpeningSimulation.class, dir.resolve("warm-up"), "fair opening, warm-up", false);
		System.out.println("   warmed up on another fair: " + FairOpeningSimulation.outcome.journeysDone.get()
				+ " journeys in " + during.toSeconds() + " s");
	}

	private Phase phase(StackProcess stack, NationalFair.Fair fair, String name,
			List<FairOpeningSimulation.Seeker> seekers, int atOnce, double perSecond, Duration maxDuration,
			List<ApplicationsCheck.Acknowledged> acknowledged) throws Exception {
		FairOpeningSimulation.Outcome outcome = new FairOpeningSimulation.Outcome();
		FairOpeningSimulation.outcome = outcome;
		FairOpeningSimulation.plan = new FairOpeningSimulation.Plan(stack.jobfair(), fair.id(), seekers, atOnce,
				perSecond, maxDuration);
		try (Connection postgres = stack.database("postgres")) {
			Statements.reset(postgres);
		}
		Map<String, Double> before = stack.cpuSeconds();
		Path gatling;
		AppMetrics.View app;
		try (AppMetrics metrics = AppMetrics.watch(stack.jobfair())) {
			gatling = GatlingRun.run(FairOpeningSimulation.class, this.run.workDir().resolve("fair-opening/" + name),
					"fair opening, " + name, true);
			app = metrics.view();
		}
		Map<String, Double> after = stack.cpuSeconds();
		Map<String, Double> cpu = new java.util.LinkedHashMap<>();
		for (String process : after.keySet()) {
			cpu.put(process, SsoLogins.delta(before, after, process));
		}
		acknowledged.addAll(outcome.acknowledged);
		List<List<String>> statements;
		try (Connection postgres = stack.database("postgres")) {
			statements = Statements.top(postgres, 12);
		}
		ApplicationsCheck.Result check;
		try (Connection jobfair = stack.database("jobfair")) {
			check = ApplicationsCheck.check(acknowledged, ApplicationsCheck.stored(jobfair, fair.id()));
		}
		System.out.println("   " + name + ": " + outcome.journeysDone.get() + " of " + seekers.size()
				+ " seekers served; " + check);
		return new Phase(name, seekers.size(), outcome, GatlingStats.of(gatling), cpu,
				outcome.benchCpuAtEnd - outcome.benchCpuAtStart, check, gatling, app, statements);
	}

	/**
	 * Shows on the run's own database that the check fails when one application is lost
	 * and when one is stored twice (the throw-away database loses its unique key for it).
	 */
	private static List<String> proveTheCheck(StackProcess stack, NationalFair.Fair fair,
			List<ApplicationsCheck.Acknowledged> acknowledged) throws java.sql.SQLException {
		List<String> proof = new ArrayList<>();
		if (acknowledged.isEmpty()) {
			proof.add("no application was acknowledged: nothing to lose, the check was not tried on this run");
			return proof;
		}
		ApplicationsCheck.Acknowledged one = acknowledged.get(0);
		try (Connection jobfair = stack.database("jobfair")) {
			try (var statement = jobfair.createStatement()) {
				statement.execute(
						"""
								do $$ declare c text; begin
								  for c in select conname from pg_constraint where conrelid = 'application'::regclass and contype = 'u'
								  loop execute 'alter table application drop constraint ' || quote_ident(c); end loop;
								end $$""");
			}
			change(jobfair,
					"""
							insert into application (id, fair_id, vacancy_id, company_id, sub, status, note, snapshot,
								submitted_at, updated_at)
							select gen_random_uuid(), fair_id, vacancy_id, company_id, sub, status, note, snapshot, submitted_at,
								updated_at from application where fair_id = ? and sub = ? and vacancy_id = ?""",
					fair, one);
			proof.add(tried("one application stored a second time", acknowledged, jobfair, fair));
			change(jobfair, "delete from application where fair_id = ? and sub = ? and vacancy_id = ?", fair, one);
			proof.add(tried("that application deleted (both rows)", acknowledged, jobfair, fair));
		}
		return proof;
	}

	private static void change(Connection jobfair, String sql, NationalFair.Fair fair,
			ApplicationsCheck.Acknowledged application) throws java.sql.SQLException {
		try (var statement = jobfair.prepareStatement(sql)) {
			statement.setObject(1, fair.id());
			statement.setString(2, application.sub());
			statement.setObject(3, application.vacancy());
			statement.executeUpdate();
		}
	}

	private static String tried(String what, List<ApplicationsCheck.Acknowledged> acknowledged, Connection jobfair,
			NationalFair.Fair fair) throws java.sql.SQLException {
		ApplicationsCheck.Result result = ApplicationsCheck.check(acknowledged,
				ApplicationsCheck.stored(jobfair, fair.id()));
		return what + ": " + result
				+ (result.holds() ? " — the check HOLDS, which it must not" : " — the check fails, as it must");
	}

	private boolean report(Scale scale, StackProcess stack, NationalFair.Fair fair, int seekers, double seedSeconds,
			double mintSeconds, List<Phase> phases, List<String> proof) {
		Report report = new Report(this.run.reportsDir(), "fair-opening",
				"FairOpening: seekers arrive as a fair opens");
		report.paragraph(Report.format("An ongoing online fair with %,d accepted companies and %,d open vacancies; "
				+ "%,d seekers (SMK Teknik Mesin, Kabupaten Bogor, Microsoft Excel and K3 Umum) follow it and have "
				+ "checked in. Each seeker opens `/portofolio/jobfair/{fair}` (the matching vacancies, the companies), "
				+ "opens 3 of the listed vacancies at random and applies to each with the form's CSRF token, seeing "
				+ "`/portofolio/lamaran` after each: 10 requests. A seeker answered \"coba lagi sebentar\" (503) waits "
				+ "the Retry-After it gives and asks again, as the busy page itself does (at most 40 times); a seeker "
				+ "whose request fails otherwise or times out (Gatling's 60 s) stops there. First %,d seekers arrive in the same second, then %s.",
				fair.companies(), fair.vacancies(), seekers, phases.get(0).seekers(),
				phases.size() > 1 ? Report.format("the other %,d at %,d per minute", phases.get(1).seekers(),
						scale.number("fair-per-minute")) : "no ramp"));
		report.paragraph(Report.format("Seeded with bulk SQL through the apps' own schemas in %.0f s (akun's accounts "
				+ "share one Argon2id hash). **Shortcut:** the seekers' Jobfair sessions are minted, not logged in: "
				+ "the bench writes into Jobfair's Spring Session tables the security context a login through akun "
				+ "leaves (an OIDC user with akun's ID-token claims) and gives each seeker its cookie (%.0f s for all). "
				+ "Real logins through akun and Jobfair would take the seekers' check-in window: see sso-logins.md "
				+ "for the rate of logins this machine carries. Apps as the stack runs them: `%s`; the load generator "
				+ "(Gatling, in the bench's JVM) on the same 2 cores: `%s`.", seedSeconds, mintSeconds,
				stack.appJavaOptionsShown(), Machine.benchJvmOptions()));
		Duration warmUp = scale.seconds("fair-warm-up-seconds");
		report.paragraph(warmUp.isZero()
				? "Jobfair was not warmed up: the first seekers meet a JVM that has just started."
				: Report
					.format("Before the opening Jobfair served another fair (500 vacancies) for %d s, %d seekers at "
							+ "every moment making the same journey, as an instance at a national fair's opening has "
							+ "been serving other fairs and the check-ins of this one: its code is compiled by then. "
							+ "The national fair's offers are first read when the opening begins. The runs before "
							+ "2026-12-02 16:00 UTC met a JVM that had just started.", warmUp.toSeconds(),
							WARM_UP_SEEKERS));
		List<List<String>> rows = new ArrayList<>();
		boolean held = true;
		for (Phase phase : phases) {
			GatlingStats.Row all = phase.stats().all();
			held &= phase.check().holds();
			// a smoke run is small: every seeker must be served (a failure means a page
			// broke)
			held &= !scale.isSmoke() || phase.outcome().journeysDone.get() == phase.seekers();
			rows.add(List.of(phase.name(), Report.format("%,d", phase.seekers()),
					Report.format("%,d", phase.outcome().journeysStarted.get()),
					Report.format("%,d", phase.outcome().journeysDone.get()),
					Report.format("%.0f", phase.outcome().servedPerMinute()), Report.format("%,d", all.total()),
					Report.format("%,d", phase.outcome().busyAnswers.get()), Report.format("%,d", all.ko()),
					String.valueOf(all.p50()), String.valueOf(all.p95()), String.valueOf(all.p99()),
					cpu(phase.appsCpu()), Report.format("%.0f", phase.benchCpu())));
		}
		report.heading("Figures")
			.table(List.of("arrival", "seekers", "arrived", "served (all 10 requests)", "served per minute", "requests",
					"\"coba lagi\" answers (asked again)", "errors", "p50 ms", "p95 ms", "p99 ms", "CPU s of the apps",
					"CPU s of Gatling"), rows);
		report.heading("Applications: acknowledged against stored");
		List<String> checks = new ArrayList<>();
		for (Phase phase : phases) {
			checks.add(
					"after " + phase.name() + ": " + phase.check() + (phase.check().holds() ? " — holds" : " — FAILS"));
		}
		report.bullets(checks);
		report.paragraph("After the run the bench shows on the same database that the check would notice a loss or a "
				+ "duplicate:");
		report.bullets(proof);
		report.heading("Jobfair's own view (its metrics)");
		report.paragraph("Read from Jobfair's `/actuator/prometheus` before and after each phase, and every second in "
				+ "between for its admission queue (at most a fixed number of requests worked on at once, the others "
				+ "wait their turn for a bounded time, beyond it a fast 503 \"coba lagi sebentar\" with Retry-After).");
		for (Phase phase : phases) {
			List<String> lines = new ArrayList<>();
			for (String line : phase.app().lines()) {
				lines.add(phase.name() + ": " + line);
			}
			report.bullets(lines);
		}
		report.heading("PostgreSQL's time (pg_stat_statements)");
		report.paragraph("The statements that took the most of the server's execution time in each phase, over all "
				+ "databases (the counters reset as the phase began); the share is of all statements' time.");
		for (Phase phase : phases) {
			report.paragraph("**" + phase.name() + "**").table(Statements.HEADINGS, phase.statements());
		}
		for (Phase phase : phases) {
			report.heading("Per request: " + phase.name())
				.requests(phase.stats())
				.gatling(phase.gatling(), phase.name(), phase.name());
		}
		report.write();
		return held;
	}

	private static String cpu(Map<String, Double> cpu) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Double> entry : cpu.entrySet()) {
			parts.add(entry.getKey() + " " + Report.format("%.0f", entry.getValue()));
		}
		return String.join(", ", parts);
	}

}
