package id.siapkerja.jobfair.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.seeker.SeekerProfile;
import id.siapkerja.jobfair.seeker.SeekerProfiles;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching on a generated fair of 50,000 vacancies (500 accepted companies with 100
 * each), among other fairs' vacancies: the fair's offers in memory give the same pages as
 * the definition in SQL ({@link Matches#SQL}) for seekers of different profiles, and a
 * change to a vacancy shows at once on this instance and, through the fair's version,
 * within a second on any other.
 */
@SpringBootTest
class MatchingAtScaleTests {

	/**
	 * The definition in SQL: what the matching in memory must answer, and how a fair
	 * would be matched by the database alone (a test may read every module's tables).
	 */
	private static final String DEFINITION = """
			select * from (
			  select v.id, v.title, v.company_id, c.name as company_name, v.employment_type, v.work_arrangement,
			    v.min_education, v.region_code, v.openings, v.deadline, v.show_salary, v.salary_min, v.salary_max,
			    v.majors, v.skill_names, cardinality(v.skills) as required_skills,
			    cardinality(array(select unnest(v.skills) intersect select unnest(cast(:skills as text[])))) as shared,
			    v.min_experience_years, v.disability_friendly,
			    v.min_education_rank <= :rank as education_fits,
			    (cardinality(v.majors) = 0 or exists (select 1 from unnest(v.majors) m
			       where lower(m) = lower(:major))) as major_fits,
			    (v.work_arrangement = 'JARAK_JAUH' or split_part(v.region_code, '.', 1) = :province) as place_fits,
			    v.min_experience_years * 12 <= :months as experience_fits
			  from participation p
			  join participation_vacancy pv on pv.participation_id = p.id
			  join vacancy v on v.id = pv.vacancy_id
			  join company c on c.id = p.company_id
			  where p.fair_id = :fair and p.status = 'ACCEPTED' and v.status = 'OPEN' and v.deadline >= :today
			) m
			where :all or (education_fits and major_fits and place_fits)
			order by (education_fits and major_fits and place_fits) desc, shared desc, experience_fits desc, title, id
			limit :limit offset :offset
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Matches matches;

	@Autowired
	SeekerProfiles profiles;

	@Autowired
	id.siapkerja.jobfair.vacancy.Vacancies vacancies;

	@Autowired
	Offers offers;

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
	void aFairOfFiftyThousandVacanciesIsMatchedInMemoryAsTheQueryDefinesIt() {
		FairId big = generatedFair(500, 100);
		for (int i = 0; i < 20; i++) {
			generatedFair(25, 40);
		}
		assertThat(this.jdbc.sql("""
				select count(*) from participation p join participation_vacancy pv on pv.participation_id = p.id
				where p.fair_id = ?
				""").param(big).query(Integer.class).single()).isEqualTo(50_000);

		SeekerProfile machinist = seeker("32.01.01.2001", "SMK", "Teknik Mesin", List.of("Microsoft Excel", "K3 Umum"));
		SeekerProfile programmer = seeker("51.71.01.2001", "S1", "Teknik Informatika", List.of("Java", "SQL"));
		SeekerProfile pupil = seeker("11.01.01.2001", "SD", null, List.of());
		for (SeekerProfile seeker : List.of(machinist, programmer, pupil)) {
			for (boolean all : new boolean[] { false, true }) {
				for (int page : new int[] { 0, 1, 40 }) {
					assertThat(ids(this.matches.of(big, seeker, all, page)))
						.as("page %d (all: %s) for %s", page, all, seeker.educationLevel())
						.isEqualTo(ids(definition(seeker, big, all, page)));
				}
			}
		}

		this.matches.of(big, machinist, false, 0);
		long started = System.nanoTime();
		List<Matches.Match> best = this.matches.of(big, machinist, false, 0);
		System.out.println("Matching a seeker against a 50,000-vacancy fair in memory: "
				+ (System.nanoTime() - started) / 1_000 + " µs");
		assertThat(best).hasSize(Matches.PAGE + 1);
		assertThat(best.get(0).sharedSkills()).isEqualTo(2);
		assertThat(best).allMatch(Matches.Match::fits);

		// closed here: gone from the next page at once
		Matches.Match first = best.get(0);
		assertThat(this.vacancies.move(first.companyId(), first.vacancyId(), Vacancy.Status.Action.CLOSE)).isTrue();
		assertThat(ids(this.matches.of(big, machinist, false, 0))).doesNotContain(first.vacancyId())
			.isEqualTo(ids(definition(machinist, big, false, 0)));

		// closed by another instance (its write and the fair's version, as it commits
		// them): gone within a second
		Matches.Match second = best.get(1);
		this.jdbc.sql("update vacancy set status = 'CLOSED' where id = ?").param(second.vacancyId()).update();
		this.jdbc.sql("update fair_offers_version set version = version + 1 where fair_id = ?").param(big).update();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(3))
			.until(() -> !ids(this.matches.of(big, machinist, false, 0)).contains(second.vacancyId()));
	}

	@Test
	void aFairAboutToOpenHasItsOffersReadBeforeItsSeekersAsk() {
		FairId opening = generatedFair(4, 10);
		FairId later = generatedFair(4, 10);
		this.jdbc.sql("update fair set status = 'PUBLISHED', starts_at = now() + interval '5 minutes' where id = ?")
			.param(opening)
			.update();
		this.jdbc.sql("update fair set status = 'PUBLISHED', starts_at = now() + interval '3 hours' where id = ?")
			.param(later)
			.update();
		assertThat(this.offers.held(opening)).isFalse();

		this.offers.prepareOpenings();

		assertThat(this.offers.held(opening)).as("opens in 5 minutes: read ahead").isTrue();
		assertThat(this.offers.held(later)).as("opens in 3 hours: not yet").isFalse();
	}

	private SeekerProfile seeker(String village, String level, String major, List<String> skills) {
		String sub = UUID.randomUUID().toString();
		this.jdbc.sql("insert into member (sub, name, first_login_at, last_login_at) values (?, 'Skala', now(), now())")
			.param(sub)
			.update();
		Map<String, Object> education = new LinkedHashMap<>();
		education.put("level", level);
		education.put("institution", "Sekolah");
		if (major != null) {
			education.put("major", major);
		}
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("domicileVillageCode", village);
		profile.put("education", education);
		profile.put("skills", skills.stream().map((skill) -> Map.of("name", skill)).toList());
		this.profiles.save(sub, Map.of("name", "Skala", "profile", profile), null);
		return this.profiles.of(sub).orElseThrow();
	}

	private static List<VacancyId> ids(List<Matches.Match> matches) {
		return matches.stream().map(Matches.Match::vacancyId).toList();
	}

	/** The page as the definition in SQL gives it. */
	private List<Matches.Match> definition(SeekerProfile seeker, FairId fair, boolean all, int page) {
		return this.jdbc.sql(DEFINITION)
			.param("skills", seeker.skills().toArray(String[]::new))
			.param("rank", seeker.educationRank())
			.param("major", seeker.major())
			.param("province", seeker.province())
			.param("months", seeker.experienceMonths())
			.param("fair", fair)
			.param("today", LocalDate.now(ZoneId.of("Asia/Jakarta")))
			.param("all", all)
			.param("limit", Matches.PAGE + 1)
			.param("offset", page * Matches.PAGE)
			.query((rs, row) -> new Matches.Match(new VacancyId(rs.getObject("id", UUID.class)), rs.getString("title"),
					new CompanyId(rs.getObject("company_id", UUID.class)), rs.getString("company_name"), null, null,
					null, null, 0, null, false, null, null, List.of(), List.of(), 0, rs.getInt("shared"), 0, false,
					false, false, false, false))
			.list();
	}

	/**
	 * A published fair with accepted companies, each with open vacancies of varied
	 * requirements.
	 */
	private FairId generatedFair(int companies, int vacanciesEach) {
		UUID organizer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, ?, 'DISNAKER_PROVINSI', '32', 'Jl. Uji', '021', 'uji@contoh.id', 'Uji', now())
				""").params(organizer, "Skala " + organizer).update();
		FairId fair = FairId.random();
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
