package id.siapkerja.jobfair.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.seeker.SeekerProfile;
import id.siapkerja.jobfair.seeker.SeekerProfiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching on a generated fair of 50,000 vacancies (500 accepted companies with 100
 * each), among other fairs' vacancies: one query returns the best page, and every table
 * it reads has the index to be read by (checked with sequential scans made a last resort;
 * with one fair holding most rows, as here, PostgreSQL rightly prefers reading them in
 * bulk).
 */
@SpringBootTest
class MatchingAtScaleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Matches matches;

	@Autowired
	SeekerProfiles profiles;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/**
	 * The generated fairs leave the shared test database (the front page lists ongoing
	 * fairs first).
	 */
	@org.junit.jupiter.api.AfterEach
	void removeTheGeneratedFairs() {
		this.jdbc.sql("delete from fair where slug like 'skala-%'").update();
		this.jdbc.sql("delete from company where name like 'PT Skala %'").update();
		this.jdbc.sql("delete from organizer where name like 'Skala %'").update();
	}

	@Test
	void aFairOfFiftyThousandVacanciesIsMatchedThroughIndexes() {
		UUID big = generatedFair(500, 100);
		for (int i = 0; i < 20; i++) {
			generatedFair(25, 40);
		}
		this.jdbc.sql("analyze participation").update();
		this.jdbc.sql("analyze participation_vacancy").update();
		this.jdbc.sql("analyze vacancy").update();
		this.jdbc.sql("analyze company").update();
		assertThat(this.jdbc.sql("""
				select count(*) from participation p join participation_vacancy pv on pv.participation_id = p.id
				where p.fair_id = ?
				""").param(big).query(Integer.class).single()).isEqualTo(50_000);

		String sub = UUID.randomUUID().toString();
		this.jdbc.sql("insert into member (sub, name, first_login_at, last_login_at) values (?, 'Skala', now(), now())")
			.param(sub)
			.update();
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("domicileVillageCode", "32.01.01.2001");
		profile.put("education", Map.of("level", "SMK", "institution", "SMK", "major", "Teknik Mesin"));
		profile.put("skills", List.of(Map.of("name", "Microsoft Excel"), Map.of("name", "K3 Umum")));
		this.profiles.save(sub, Map.of("name", "Skala", "profile", profile), null);
		SeekerProfile seeker = this.profiles.of(sub).orElseThrow();

		this.matches.of(big, seeker, false, 0);
		long started = System.nanoTime();
		List<Matches.Match> best = this.matches.of(big, seeker, false, 0);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Matching a seeker against a 50,000-vacancy fair: " + millis + " ms");
		assertThat(best).hasSize(Matches.PAGE + 1);
		assertThat(best.get(0).sharedSkills()).isEqualTo(2);
		assertThat(best).allMatch(Matches.Match::fits);

		// the natural plan (printed): with one fair holding most rows, PostgreSQL rightly
		// reads them in bulk
		System.out.println(plan(seeker, big));
		// every access path has its index: with sequential scans made a last resort, none
		// is left
		String indexed = this.transactions.execute((status) -> {
			this.jdbc.sql("set local enable_seqscan = off").update();
			return plan(seeker, big);
		});
		System.out.println(indexed);
		assertThat(indexed).as("the fair's participations, their vacancies, the vacancies and companies by index")
			.doesNotContain("Seq Scan on participation ")
			.doesNotContain("Seq Scan on participation_vacancy ")
			.doesNotContain("Seq Scan on vacancy ")
			.doesNotContain("Seq Scan on company ")
			.contains("participation_fair");
	}

	private String plan(SeekerProfile seeker, UUID fair) {
		return String.join("\n",
				this.jdbc.sql("explain (analyze, format text) " + Matches.SQL)
					.param("skills", seeker.skills().toArray(String[]::new))
					.param("rank", seeker.educationRank())
					.param("major", seeker.major())
					.param("province", seeker.province())
					.param("months", seeker.experienceMonths())
					.param("fair", fair)
					.param("today", LocalDate.now())
					.param("all", false)
					.param("limit", Matches.PAGE + 1)
					.param("offset", 0)
					.query(String.class)
					.list());
	}

	/**
	 * A published fair with accepted companies, each with open vacancies of varied
	 * requirements.
	 */
	private UUID generatedFair(int companies, int vacanciesEach) {
		UUID organizer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, ?, 'DISNAKER_PROVINSI', '32', 'Jl. Uji', '021', 'uji@contoh.id', 'Uji', now())
				""").params(organizer, "Skala " + organizer).update();
		UUID fair = UUID.randomUUID();
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
					registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
				values (?, ?, ?, 'Jobfair Skala', 'Jobfair besar untuk uji skala pencocokan.', 'ONLINE', 'Asia/Jakarta',
					now() - interval '1 hour', now() + interval '1 day', now() - interval '2 days', 'Uji', '021',
					'ONGOING', now(), now())
				""").params(fair, "skala-" + fair, organizer).update();
		this.jdbc
			.sql("""
					with companies as (
					  insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
					  select gen_random_uuid(), 'PT Skala ' || g, 'PT', 'Industri', 'BESAR', '32.01', 'Jl.', '021', 'x@contoh.id', now()
					  from generate_series(1, :companies) g returning id
					), participations as (
					  insert into participation (id, fair_id, company_id, status, requested_by, requested_at)
					  select gen_random_uuid(), :fair, id, 'ACCEPTED', 'uji', now() from companies returning id, company_id
					), vacancies as (
					  insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
					    min_education, majors, skills, skill_names, openings, deadline, status, created_at, updated_at)
					  select gen_random_uuid(), p.company_id, 'Lowongan ' || g, 'Deskripsi lowongan uji skala.', 'PENUH_WAKTU',
					    case when g % 10 = 0 then 'JARAK_JAUH' else 'DI_KANTOR' end,
					    case when g % 4 = 1 then '51.71' else '32.01' end,
					    (array['SD','SMP','SMA','SMK','D3','S1','S2'])[1 + g % 7],
					    case when g % 5 = 0 then array['Teknik Informatika'] else '{}' end,
					    case g % 3 when 0 then array['microsoft excel','k3 umum'] when 1 then array['java','sql']
					     else array['microsoft excel','pelayanan pelanggan'] end,
					    array['x'], 1, current_date + 30, 'OPEN', now(), now()
					  from participations p cross join generate_series(1, :each) g
					  returning id, company_id
					)
					insert into participation_vacancy (participation_id, vacancy_id, added_at)
					select p.id, v.id, now() from vacancies v join participations p on p.company_id = v.company_id
					""")
			.param("companies", companies)
			.param("fair", fair)
			.param("each", vacanciesEach)
			.update();
		return fair;
	}

}
