package id.siapkerja.jobfair.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import id.siapkerja.jobfair.seeker.SeekerProfile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The vacancies of a fair for a seeker (J-S-d, DOMAIN.md "Matching"), in one query: the
 * accepted companies' open vacancies before their deadline; a seeker matches when the
 * education level reaches the minimum and, where stated, the major and the place fit
 * (remote work fits anywhere); the rank adds shared skills and enough experience. By
 * default only the matching ones, ranked; on request all, the matching first.
 */
@Service
class Matches {

	static final int PAGE = 30;

	/** The one query: the fair's accepted open vacancies, each with why it fits. */
	static final String SQL = """
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

	private final JdbcClient jdbc;

	private final Clock clock;

	Matches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A vacancy with why it fits the seeker or what is missing. */
	record Match(UUID vacancyId, String title, UUID companyId, String companyName, String employmentType,
			String workArrangement, String minEducation, String regionCode, int openings, LocalDate deadline,
			boolean showSalary, Long salaryMin, Long salaryMax, List<String> majors, List<String> skillNames,
			int requiredSkills, int sharedSkills, int minExperienceYears, boolean educationFits, boolean majorFits,
			boolean placeFits, boolean experienceFits, boolean disabilityFriendly) {

		public boolean fits() {
			return this.educationFits && this.majorFits && this.placeFits;
		}

	}

	List<Match> of(UUID fair, SeekerProfile seeker, boolean all, int page) {
		return this.jdbc.sql(SQL)
			.param("skills", seeker.skills().toArray(String[]::new))
			.param("rank", seeker.educationRank())
			.param("major", seeker.major())
			.param("province", seeker.province())
			.param("months", seeker.experienceMonths())
			.param("fair", fair)
			.param("today", LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Jakarta"))))
			.param("all", all)
			.param("limit", PAGE + 1)
			.param("offset", Math.max(0, page) * PAGE)
			.query(Matches::map)
			.list();
	}

	private static Match map(ResultSet rs, int row) throws SQLException {
		return new Match(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("company_id", UUID.class),
				rs.getString("company_name"), rs.getString("employment_type"), rs.getString("work_arrangement"),
				rs.getString("min_education"), rs.getString("region_code"), rs.getInt("openings"),
				rs.getObject("deadline", LocalDate.class), rs.getBoolean("show_salary"),
				rs.getObject("salary_min", Long.class), rs.getObject("salary_max", Long.class),
				Arrays.asList((String[]) rs.getArray("majors").getArray()),
				Arrays.asList((String[]) rs.getArray("skill_names").getArray()), rs.getInt("required_skills"),
				rs.getInt("shared"), rs.getInt("min_experience_years"), rs.getBoolean("education_fits"),
				rs.getBoolean("major_fits"), rs.getBoolean("place_fits"), rs.getBoolean("experience_fits"),
				rs.getBoolean("disability_friendly"));
	}

}
