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
 * CrashMidLoad: Jobfair is killed with SIGKILL while seekers apply (issue 20, item 13).
 * Seekers of an ongoing fair arrive at a steady rate and make the fair opening's journey;
 * partway through, the bench kills the stack's Jobfair process ({@code kill -9}: no
 * shutdown, requests cut off mid-transaction). The stack starts it again (its
 * supervision), the seekers who arrive later are served again, and afterwards every
 * application Jobfair acknowledged must be in the database exactly once. Applications
 * stored whose answer never reached the seeker (the kill fell between commit and reply)
 * are counted, not a fault.
 */
@RequiredArgsConstructor
final class CrashMidLoad {

	private final Bench.Run run;

	boolean run() throws Exception {
		Scale scale = this.run.scale();
		Path dir = this.run.freshDir("crash-mid-load");
		int seekersCount = scale.number("crash-seekers");
		double perSecond = scale.number("crash-per-second");
		Duration killAfter = scale.seconds("crash-kill-after-seconds");
		try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), null, Map.of())) {
			NationalFair.Fair fair;
			List<FairOpeningSimulation.Seeker> seekers = new ArrayList<>();
			try (Connection akun = stack.database("akun"); Connection jobfair = stack.database("jobfair")) {
				List<Accounts.Account> accounts = Accounts.seed(akun, stack.dataDir, "tahan-banting", seekersCount);
				fair = NationalFair.seed(jobfair, "Jobfair Nasional (bench, proses dimatikan)", "ONGOING",
						Instant.now().minusSeconds(600), scale.number("fair-companies"),
						scale.number("fair-vacancies"));
				NationalFair.members(jobfair, accounts);
				NationalFair.follow(jobfair, fair.id(), accounts, true);
				List<String> cookies = JobfairSessions.mint(jobfair, accounts, stack.akun());
				for (int i = 0; i < accounts.size(); i++) {
					seekers.add(new FairOpeningSimulation.Seeker(accounts.get(i).sub(), cookies.get(i)));
				}
			}
			FairOpeningSimulation.Outcome outcome = new FairOpeningSimulation.Outcome();
			FairOpeningSimulation.outcome = outcome;
			Duration arrival = Duration.ofMillis(Math.round(seekersCount * 1000 / perSecond));
			FairOpeningSimulation.plan = new FairOpeningSimulation.Plan(stack.jobfair(), fair.id(), seekers, 0,
					perSecond, arrival.plus(Duration.ofMinutes(2)));
			Kill kill = new Kill(stack, outcome, killAfter);
			Thread killer = Thread.ofPlatform().name("bench-kill-9").start(kill);
			long began = System.nanoTime();
			Path gatling = GatlingRun.run(FairOpeningSimulation.class, dir.resolve("gatling"), "crash mid-load", true);
			double ranSeconds = (System.nanoTime() - began) / 1e9;
			killer.join();
			long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			while (!StackProcess.ready(stack.jobfair()) && System.nanoTime() < deadline) {
				StackProcess.sleep(500);
			}
			ApplicationsCheck.Result check;
			try (Connection jobfair = stack.database("jobfair")) {
				check = ApplicationsCheck.check(outcome.acknowledged, ApplicationsCheck.stored(jobfair, fair.id()));
			}
			int acknowledgedAfter = outcome.acknowledged.size() - kill.acknowledgedBefore;
			System.out.println("   killed Jobfair (pid " + kill.pid + ") after " + killAfter.toSeconds() + " s with "
					+ kill.acknowledgedBefore + " applications acknowledged; back after "
					+ Report.format("%.0f", kill.downSeconds) + " s; " + acknowledgedAfter
					+ " acknowledged afterwards; " + check);
			boolean held = kill.pid > 0 && check.holds() && kill.acknowledgedBefore > 0 && acknowledgedAfter > 0;
			report(stack, fair, seekersCount, perSecond, killAfter, kill, acknowledgedAfter, outcome, check, ranSeconds,
					held, GatlingStats.of(gatling));
			return held;
		}
	}

	/** Kills Jobfair once the run is under way, and times its return. */
	private static final class Kill implements Runnable {

		private final StackProcess stack;

		private final FairOpeningSimulation.Outcome outcome;

		private final Duration after;

		volatile long pid;

		volatile int acknowledgedBefore;

		volatile double downSeconds;

		Kill(StackProcess stack, FairOpeningSimulation.Outcome outcome, Duration after) {
			this.stack = stack;
			this.outcome = outcome;
			this.after = after;
		}

		@Override
		public void run() {
			StackProcess.sleep(this.after.toMillis());
			long pid = this.stack.jobfairPid();
			this.acknowledgedBefore = this.outcome.acknowledged.size();
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			this.pid = pid;
			long killedAt = System.nanoTime();
			StackProcess.sleep(500);
			long deadline = killedAt + Duration.ofMinutes(4).toNanos();
			while (!StackProcess.ready(this.stack.jobfair()) && System.nanoTime() < deadline) {
				StackProcess.sleep(250);
			}
			this.downSeconds = (System.nanoTime() - killedAt) / 1e9;
		}

	}

	private void report(StackProcess stack, NationalFair.Fair fair, int seekers, double perSecond, Duration killAfter,
			Kill kill, int acknowledgedAfter, FairOpeningSimulation.Outcome outcome, ApplicationsCheck.Result check,
			double ranSeconds, boolean held, GatlingStats stats) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("seekers arriving", Report.format("%,d at %.0f per second", seekers, perSecond)));
		rows.add(List.of("Jobfair killed (SIGKILL) after", killAfter.toSeconds() + " s"));
		rows.add(List.of("applications acknowledged before the kill", Report.format("%,d", kill.acknowledgedBefore)));
		rows.add(List.of("Jobfair ready again after (the stack restarted it)",
				Report.format("%.0f s", kill.downSeconds)));
		rows.add(List.of("applications acknowledged after the kill", Report.format("%,d", acknowledgedAfter)));
		rows.add(List.of("seekers who finished their journey",
				Report.format("%,d of %,d", outcome.journeysDone.get(), seekers)));
		rows.add(List.of("acknowledged, in all", Report.format("%,d", check.acknowledged())));
		rows.add(List.of("stored for the fair", Report.format("%,d", check.stored())));
		rows.add(List.of("**acknowledged but lost**", Report.format("%,d", check.lost().size())));
		rows.add(List.of("**stored twice**", Report.format("%,d", check.duplicated().size())));
		rows.add(List.of("stored, the answer cut off by the kill", Report.format("%,d", check.storedUnacknowledged())));
		GatlingStats.Row all = stats.all();
		rows.add(List.of("requests (failed: cut off or refused while Jobfair was down)",
				Report.format("%,d (%,d failed) in %.0f s", all.total(), all.ko(), ranSeconds)));
		new Report(this.run.reportsDir(), "crash-mid-load", "CrashMidLoad: Jobfair killed while seekers apply")
			.paragraph(Report.format("An ongoing fair with %,d companies and %,d open vacancies; checked-in seekers "
					+ "arrive at a steady rate and make the fair opening's journey (the fair with its matches, then "
					+ "3 vacancies opened and applied to, the applications page after each; sessions minted as in "
					+ "fair-opening.md). After %d s the bench kills the stack's Jobfair process with SIGKILL: no "
					+ "graceful shutdown, transactions cut off. The stack notices and starts it again (1 s back-off); "
					+ "a seeker whose request fails stops there, as in fair-opening. Afterwards the database is "
					+ "compared with what Jobfair acknowledged (the redirect to `/portofolio/lamaran`). Apps: `%s`.",
					fair.companies(), fair.vacancies(), killAfter.toSeconds(), stack.appJavaOptionsShown()))
			.heading("Figures")
			.table(List.of("what", "value"), rows)
			.paragraph(held ? "**Held:** nothing acknowledged was lost or stored twice, and seekers were served "
					+ "again after the restart." : "**Did not hold** (see the figures): " + check)
			.write();
	}

}
