package id.siapkerja.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

/**
 * The hiring-outcomes dashboard over national numbers (issue 21): {@code dashboard-fairs}
 * finished fairs of the past year (20 organizers, ten provinces, online, offline and
 * hybrid), each with ten companies offering ten vacancies, their followers, and
 * {@code dashboard-applications} applications in all from 100,000 seekers — decided,
 * accepted, hired and confirmed in realistic shares — written straight into Jobfair's
 * schema. Measured: what one question over the applications themselves costs (what a page
 * would pay without kept numbers), how long Jobfair takes to recount every fair, and the
 * dashboard's pages under {@code dashboard-admins} Admin Pusat users at once. Checked:
 * every fair recounted and the dashboard's applications equal to the database's.
 */
@RequiredArgsConstructor
final class OutcomeDashboard {

	private static final String[] PROVINCES = { "31", "32", "33", "34", "35", "36", "51", "64", "73", "94" };

	private static final String[] REGENCIES = { "31.71", "32.01", "32.73", "33.74", "34.71", "35.78", "36.03", "51.71",
			"64.72", "73.71", "94.71", "32.16", "33.01", "35.15" };

	private final Bench.Run run;

	boolean run() throws Exception {
		Scale scale = this.run.scale();
		Path dir = this.run.freshDir("outcome-dashboard");
		int fairs = scale.number("dashboard-fairs");
		int applications = scale.number("dashboard-applications");
		int followers = scale.number("dashboard-followers");
		// recounted every two seconds here, so the catch-up is measured, not the wait
		try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), null,
				Map.of("SIAPKERJA_JOBFAIR_STATISTICS_RECOUNT", "PT2S"))) {
			List<UUID> seeded;
			long seedMillis;
			long directMillis;
			long recountMillis;
			long recounted;
			long stored;
			String cookie;
			try (Connection jobfair = stack.database("jobfair")) {
				long began = System.nanoTime();
				seeded = seed(jobfair, fairs, applications / fairs, followers);
				try (Statement analyze = jobfair.createStatement()) {
					analyze.execute("analyze");
				}
				seedMillis = (System.nanoTime() - began) / 1_000_000;
				stored = NationalFair.count(jobfair, "select count(*) from application where status <> 'WITHDRAWN'");
				// the question asked of the applications themselves, as a page would
				// without kept numbers
				began = System.nanoTime();
				NationalFair.count(jobfair, """
						select count(*) from (select left(snapshot -> 'profile' ->> 'domicileVillageCode', 5), count(*),
							count(*) filter (where status = 'ACCEPTED') from application where status <> 'WITHDRAWN'
							group by 1) t
						""");
				directMillis = (System.nanoTime() - began) / 1_000_000;
				try (Statement mark = jobfair.createStatement()) {
					mark.executeUpdate("insert into stat_pending (fair_id, marked_at) select id, now() from fair "
							+ "on conflict (fair_id) do update set marked_at = excluded.marked_at");
				}
				long deadline = System.currentTimeMillis() + 30 * 60_000L;
				while (NationalFair.count(jobfair, "select count(*) from stat_pending") > 0
						&& System.currentTimeMillis() < deadline) {
					Thread.sleep(250);
				}
				// the seeded fairs (the demo's are recounted too), from the first fair's
				// recount to the last one's: the job's own time, without its first wait
				recounted = NationalFair.count(jobfair,
						"select count(*) from stat_fair where title like 'Jobfair Bench %'");
				recountMillis = NationalFair.count(jobfair,
						"select (extract(epoch from max(refreshed_at) - min(refreshed_at)) * 1000)::bigint from stat_fair");
				Accounts.Account admin = new Accounts.Account(UUID.randomUUID().toString(),
						"admin.bench@kemnaker.go.id", "Admin Pusat Bench", "+6281100009999");
				try (PreparedStatement member = jobfair.prepareStatement("""
						insert into member (sub, name, email, email_verified, phone, locale, roles, first_login_at,
							last_login_at) values (?, ?, ?, true, ?, 'id', 'ADMIN_PUSAT', now(), now())
						""")) {
					member.setString(1, admin.sub());
					member.setString(2, admin.name());
					member.setString(3, admin.email());
					member.setString(4, admin.phone());
					member.executeUpdate();
				}
				cookie = JobfairSessions.mint(jobfair, List.of(admin), stack.akun(), List.of("ADMIN_PUSAT")).get(0);
			}
			long counted = dashboardApplications(stack.jobfair(), cookie);
			LocalDate today = LocalDate.now();
			OutcomeDashboardSimulation.plan = new OutcomeDashboardSimulation.Plan(stack.jobfair(), cookie,
					seeded.get(0).toString(), "32", today.minusMonths(6).toString(), today.minusMonths(3).toString(),
					scale.number("dashboard-admins"), scale.number("dashboard-warm-up-seconds"),
					scale.number("dashboard-seconds"));
			Path gatling = GatlingRun.run(OutcomeDashboardSimulation.class, dir.resolve("gatling"), "outcome-dashboard",
					true);
			GatlingStats stats = GatlingStats.of(gatling);
			List<List<String>> rows = new ArrayList<>();
			boolean held = counted == stored && recounted == fairs;
			for (String name : List.of("all fairs", "one province", "a quarter's offline fairs", "regencies as CSV",
					"one fair")) {
				GatlingStats.Row row = stats.row(name).orElseThrow();
				held &= row.ko() == 0;
				rows.add(List.of(name, String.valueOf(row.total()), String.valueOf(row.ko()), String.valueOf(row.p50()),
						String.valueOf(row.p95()), String.valueOf(row.max())));
			}
			new Report(this.run.reportsDir(), "outcome-dashboard",
					"Outcome dashboard: hiring outcomes over national numbers")
				.paragraph(Report.format("%,d finished fairs of the past year (20 organizers, ten provinces; online, "
						+ "offline and hybrid), each with ten companies offering ten vacancies and %,d followers (two in "
						+ "three checked in), and %,d applications from up to 100,000 seekers: 60%% waiting, 10%% invited to an "
						+ "interview, 15%% accepted (three in five of them hired, half of those confirmed by the "
						+ "seeker), 15%% rejected, decided from within a day to over two weeks; snapshots with gender, "
						+ "birth date, domicile and education. Written straight into Jobfair's schema (%.0f s) and "
						+ "analyzed. Apps as the stack runs them: `%s`; the recount runs every 2 s here (30 s by "
						+ "default).", fairs, followers, stored, seedMillis / 1000.0, stack.appJavaOptionsShown()))
				.table(List.of("measure", "value"),
						List.of(List.of("one question asked of all applications directly (applications by regency)",
								Report.format("%,d ms", directMillis)),
								List.of("Jobfair recounting every fair after all were marked (first fair's recount to "
										+ "the last one's)",
										Report.format("%,.1f s for %,d fairs (%,d ms a fair)", recountMillis / 1000.0,
												recounted, recountMillis / Math.max(1, recounted - 1))),
								List.of("applications on the dashboard / in the database",
										Report.format("%,d / %,d", counted, stored))))
				.paragraph(Report.format("Then %d Admin Pusat users at once, each opening one page after the other "
						+ "for %d s (after %d s of warm-up, reported apart): all fairs; the fairs of Jawa Barat; one "
						+ "quarter's offline fairs; the applications by regency as CSV; one fair's own numbers (with its "
						+ "vacancies). Every page reads the kept numbers (`stat_fair`, `stat_count`), never the "
						+ "applications.", scale.number("dashboard-admins"), scale.number("dashboard-seconds"),
						scale.number("dashboard-warm-up-seconds")))
				.table(List.of("page", "requests", "errors", "p50 ms", "p95 ms", "max ms"), rows)
				.gatling(gatling, "outcome-dashboard", "Admin Pusat at the dashboard")
				.heading("Per request")
				.requests(stats)
				.write();
			return held;
		}
	}

	/**
	 * The applications the dashboard shows for all fairs (the number without its dots).
	 */
	private static long dashboardApplications(String jobfair, String cookie) throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(jobfair + "/admin/hasil"))
				.header("Cookie", JobfairSessions.COOKIE + "=" + cookie)
				.header("Accept-Language", "id")
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher row = Pattern.compile("<th[^>]*>\\s*Lamaran\\s*</th>\\s*<td[^>]*>([0-9.,]+)</td>").matcher(page.body());
		if (page.statusCode() != 200 || !row.find()) {
			System.err.println("The dashboard answered " + page.statusCode() + " without its applications");
			return -1;
		}
		return Long.parseLong(row.group(1).replaceAll("[.,]", ""));
	}

	/** Writes the fairs with all they hold; their ids. */
	private static List<UUID> seed(Connection jobfair, int fairs, int perFair, int followers) throws SQLException {
		List<UUID> organizers = new ArrayList<>();
		try (Statement sql = jobfair.createStatement()) {
			sql.executeUpdate("""
					insert into member (sub, name, email, email_verified, locale, roles, first_login_at, last_login_at)
					select 'bench-seeker-' || g, 'Pencaker Bench ' || g, 'pencaker' || g || '@bench.siapkerja.id', true,
						'id', '', now(), now()
					from generate_series(0, 99999) g
					""");
			sql.executeUpdate(
					"""
							insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
							select ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'PT Bench Hasil ' || g, 'PT',
								(array['Industri makanan', 'Industri tekstil', 'Perdagangan besar', 'Konstruksi gedung',
									'Aktivitas kesehatan', 'Pergudangan', 'Jasa keuangan', 'Pendidikan'])[1 + g % 8],
								'BESAR', '32.01', 'Jl. Industri ' || g, '021-555' || g, 'hrd' || g || '@bench.siapkerja.id', now()
							from generate_series(0, 499) g
							""");
		}
		try (PreparedStatement insert = jobfair.prepareStatement(
				"""
						insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
						values (?, ?, 'DISNAKER_PROVINSI', ?, 'Jl. Bench', '021-5255733', 'bench@kemnaker.go.id', 'Panitia', now())
						""")) {
			for (int i = 0; i < 20; i++) {
				UUID id = UUID.randomUUID();
				insert.setObject(1, id);
				insert.setString(2, "Disnaker Bench " + (i + 1));
				insert.setString(3, PROVINCES[i % PROVINCES.length]);
				insert.executeUpdate();
				organizers.add(id);
			}
		}
		List<UUID> ids = new ArrayList<>();
		String[] types = { "ONLINE", "OFFLINE", "HYBRID" };
		for (int f = 0; f < fairs; f++) {
			UUID fair = UUID.randomUUID();
			ids.add(fair);
			try (PreparedStatement insert = jobfair.prepareStatement("""
					insert into fair (id, slug, organizer_id, title, description, type, region_code, zone, starts_at,
						ends_at, registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
					values (?, ?, ?, ?, 'Jobfair untuk mengukur dasbor hasil rekrutmen (bench).', ?, ?, 'Asia/Jakarta',
						now() - (? * interval '1 day'), now() - (? * interval '1 day') + interval '2 days',
						now() - (? * interval '1 day') - interval '1 day', 'Panitia', '0215255733', 'FINISHED', now(),
						now())
					""")) {
				int daysAgo = 10 + (f * 355 / Math.max(1, fairs));
				insert.setObject(1, fair);
				insert.setString(2, "bench-hasil-" + f + "-" + fair.toString().substring(0, 6));
				insert.setObject(3, organizers.get(f % organizers.size()));
				insert.setString(4, "Jobfair Bench " + (f + 1));
				insert.setString(5, types[f % 3]);
				insert.setString(6, PROVINCES[f % PROVINCES.length]);
				insert.setInt(7, daysAgo);
				insert.setInt(8, daysAgo);
				insert.setInt(9, daysAgo);
				insert.executeUpdate();
			}
			// ten companies, ten vacancies each, all offered in the fair
			try (PreparedStatement insert = jobfair.prepareStatement(
					"""
							with participations as (
								insert into participation (id, fair_id, company_id, status, requested_by, requested_at,
									decided_by, decided_at)
								select gen_random_uuid(), ?, ('00000000-0000-4000-8000-' || lpad(((? * 10 + g) % 500)::text, 12,
									'0'))::uuid, 'ACCEPTED', 'bench', now(), 'bench', now()
								from generate_series(0, 9) g returning id, company_id
							), vacancies as (
								insert into vacancy (id, company_id, title, description, employment_type, work_arrangement,
									region_code, min_education, majors, skills, skill_names, openings, deadline, status,
									created_at, updated_at)
								select gen_random_uuid(), p.company_id, (array['Operator Produksi', 'Staf Administrasi',
									'Teknisi Mesin', 'Petugas Gudang', 'Kasir'])[1 + v % 5] || ' ' || v,
									'Bergabung dengan tim kami.', 'PENUH_WAKTU', 'DI_KANTOR', '32.01', 'SMA', '{}', '{}', '{}', 3,
									current_date + 30, 'CLOSED', now(), now()
								from participations p cross join generate_series(1, 10) v returning id, company_id
							)
							insert into participation_vacancy (participation_id, vacancy_id, added_at)
							select p.id, v.id, now() from vacancies v join participations p on p.company_id = v.company_id
							""")) {
				insert.setObject(1, fair);
				insert.setInt(2, f);
				insert.executeUpdate();
			}
			try (PreparedStatement insert = jobfair.prepareStatement("""
					insert into fair_follower (fair_id, sub, followed_at, checked_in_at)
					select ?, 'bench-seeker-' || ((? * 7919 + g) % 100000), now() - interval '400 days',
						case when g % 3 <> 0 then now() - interval '399 days' end
					from generate_series(0, ? - 1) g
					""")) {
				insert.setObject(1, fair);
				insert.setInt(2, f);
				insert.setInt(3, Math.min(followers, 100000));
				insert.executeUpdate();
			}
			try (PreparedStatement insert = jobfair.prepareStatement(
					"""
							with offered as (
								select row_number() over (order by v.id) - 1 as n, v.id, v.company_id
								from participation p join participation_vacancy pv on pv.participation_id = p.id
								join vacancy v on v.id = pv.vacancy_id where p.fair_id = ?
							), made as (
								insert into application (id, fair_id, vacancy_id, company_id, sub, status, note, snapshot,
									submitted_at, updated_at)
								select gen_random_uuid(), f.id, o.id, o.company_id, 'bench-seeker-' || ((? * 7919 + g) % 100000),
									case when g % 20 < 12 then 'SUBMITTED' when g % 20 < 14 then 'INTERVIEW'
										when g % 20 < 17 then 'ACCEPTED' else 'REJECTED' end, '',
									jsonb_build_object('name', 'Pencaker Bench', 'gender',
										case when g % 9 < 5 then 'MALE' else 'FEMALE' end,
										'birthDate', (date '1972-01-01' + (g * 37 % 12500))::text,
										'profile', jsonb_build_object('description', 'Lulusan yang siap bekerja keras.',
											'domicileVillageCode', (?::text[])[1 + g % ?] || '.01.1001',
											'education', jsonb_build_object('level',
												(array['SD', 'SMP', 'SMA', 'SMK', 'D3', 'S1', 'S2'])[1 + g % 7],
												'institution', 'Sekolah Bench', 'major', 'Umum', 'year', 2015 + g % 10))),
									f.starts_at + (g % 480) * interval '1 minute', f.starts_at + (g % 480) * interval '1 minute'
								from fair f cross join generate_series(0, ? - 1) g join offered o on o.n = g % 100
								where f.id = ?
								returning id, status, submitted_at
							), decided as (
								insert into application_history (application_id, occurred_at, actor, from_status, to_status)
								select id, submitted_at + (abs(hashtext(id::text)) % 400) * interval '1 hour', 'bench',
									'SUBMITTED', status from made where status in ('ACCEPTED', 'REJECTED')
								returning application_id
							)
							insert into application_outcome (application_id, fair_id, result, start_date, contract,
								recorded_at, recorded_by, seeker_confirmed_at)
							select id, ?, case when abs(hashtext(id::text)) % 5 < 3 then 'HIRED' else 'OFFER_DECLINED' end,
								case when abs(hashtext(id::text)) % 5 < 3 then current_date end,
								case when abs(hashtext(id::text)) % 5 < 3 then 'PKWT' end, now(), 'bench',
								case when abs(hashtext(id::text)) % 10 < 3 then now() end
							from made where status = 'ACCEPTED'
							""")) {
				insert.setObject(1, fair);
				insert.setInt(2, f);
				insert.setArray(3, jobfair.createArrayOf("text", REGENCIES));
				insert.setInt(4, REGENCIES.length);
				insert.setInt(5, perFair);
				insert.setObject(6, fair);
				insert.setObject(7, fair);
				insert.executeUpdate();
			}
			if ((f + 1) % 10 == 0) {
				System.out.printf("   seeded %d of %d fairs%n", f + 1, fairs);
			}
		}
		return ids;
	}

}
