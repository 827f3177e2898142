package id.siapkerja.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

/**
 * Matching: one checked-in seeker opens the matched-vacancies page of ongoing fairs of
 * growing size (500, 5,000 and 50,000 vacancies at full scale), one request after the
 * other: the page's p50/p95 per fair size and how it grows.
 */
@RequiredArgsConstructor
final class Matching {

	private final Bench.Run run;

	boolean run() throws Exception {
		Scale scale = this.run.scale();
		Path dir = this.run.freshDir("matching");
		List<MatchingSimulation.Fair> fairs = new ArrayList<>();
		List<Integer> sizes = scale.numbers("matching-sizes");
		try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), null, Map.of())) {
			String cookie;
			Applicants.Recruiter recruiter;
			try (Connection akun = stack.database("akun"); Connection jobfair = stack.database("jobfair")) {
				List<Accounts.Account> seeker = Accounts.seed(akun, stack.dataDir, "matching", 1);
				NationalFair.members(jobfair, seeker);
				for (int size : sizes) {
					NationalFair.Fair fair = NationalFair.seed(jobfair, "Jobfair Bench " + size + " lowongan",
							"ONGOING", Instant.now().minusSeconds(3600), Math.max(1, Math.min(200, size / 25)), size);
					NationalFair.follow(jobfair, fair.id(), seeker, true);
					fairs.add(new MatchingSimulation.Fair(fair.id().toString(), fair.vacancies()));
				}
				cookie = JobfairSessions.mint(jobfair, seeker, stack.akun()).get(0);
				try (var analyze = jobfair.createStatement()) {
					analyze.execute("analyze");
				}
				// a recruiter with forty applicants, for the weight of the applicants
				// page
				recruiter = Applicants.seed(akun, jobfair, stack.dataDir, stack.jobfair(), stack.akun(),
						UUID.fromString(fairs.get(0).id()), scale.number("matching-applicants"));
			}
			MatchingSimulation.plan = new MatchingSimulation.Plan(stack.jobfair(), cookie, fairs,
					scale.number("matching-warm-up"), scale.number("matching-requests"));
			Path gatling = GatlingRun.run(MatchingSimulation.class, dir.resolve("gatling"), "matching", true);
			GatlingStats stats = GatlingStats.of(gatling);
			String session = JobfairSessions.COOKIE + "=" + cookie;
			List<PageWeights.Weight> weights = new ArrayList<>();
			for (String page : List.of("/", "/portofolio", "/portofolio/jobfair/" + fairs.get(0).id(),
					"/portofolio/lamaran")) {
				weights.add(PageWeights.of(stack.jobfair(), page, page.equals("/") ? null : session));
			}
			weights.add(PageWeights.of(stack.jobfair(), recruiter.page(),
					JobfairSessions.COOKIE + "=" + recruiter.cookie()));
			List<List<String>> rows = new ArrayList<>();
			boolean held = true;
			GatlingStats.Row first = null;
			for (MatchingSimulation.Fair fair : fairs) {
				GatlingStats.Row row = stats.row("matches, fair of " + fair.vacancies() + " vacancies").orElseThrow();
				first = first == null ? row : first;
				held &= row.ko() == 0;
				rows.add(List.of(Report.format("%,d", fair.vacancies()), String.valueOf(row.total()),
						String.valueOf(row.ko()), String.valueOf(row.p50()), String.valueOf(row.p95()),
						String.valueOf(row.max()),
						Report.format("%.1f×", row.p50() / (double) Math.max(1, first.p50()))));
			}
			new Report(this.run.reportsDir(), "matching", "Matching: the matched-vacancies page as fairs grow")
				.paragraph(
						"One seeker (SMK Teknik Mesin, Kabupaten Bogor, Microsoft Excel and K3 Umum; checked in) opens "
								+ "`/portofolio/jobfair/{fair}` — the fair with the vacancies that match, ranked, 30 a page, and "
								+ "the companies — one request after the other: " + scale.number("matching-warm-up")
								+ " warm-up requests per fair (reported apart), then "
								+ scale.number("matching-requests")
								+ ". The fairs are ongoing with accepted companies (one per 25 vacancies, at most 200) and "
								+ "their open vacancies: three in four in Jawa Barat, one in ten remote, education from SD to "
								+ "S2, one in five asking for a major. The session is minted (see fair-opening). Apps as the "
								+ "stack runs them: `" + stack.appJavaOptionsShown()
								+ "`. Database analyzed after seeding.")
				.table(List.of("vacancies in the fair", "requests", "errors", "p50 ms", "p95 ms", "max ms",
						"p50 against the smallest"), rows)
				.gatling(gatling, "matching", "all fairs, one after the other")
				.heading("Page weight on a phone")
				.paragraph("What a phone downloads for Jobfair's pages (the front page anonymously; the portfolio, "
						+ "the fair page of the smallest fair with its 30 matches and the applications as the "
						+ "checked-in seeker; the company's applicants page as its recruiter, with "
						+ recruiter.applications()
						+ " applicants who applied through Jobfair's form): the page with its "
						+ "stylesheets, scripts and icon, compressed, headers included; on a repeat visit the page "
						+ "again and every file the browser may not keep (fingerprinted files are kept a year, "
						+ "`immutable`). Targets: first visit ≤ 60 KB, repeat ≤ 10 KB.")
				.table(PageWeights.header(), PageWeights.rows(weights))
				.heading("Per request")
				.requests(stats)
				.write();
			return held;
		}
	}

}
