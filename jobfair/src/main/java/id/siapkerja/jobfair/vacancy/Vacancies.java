package id.siapkerja.jobfair.vacancy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.webkit.text.Times;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancies of companies. Every read and change names the company, so a vacancy is
 * only ever reached through the company it belongs to.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Vacancies {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** Step 1: what the job is. Starts a draft with the rest defaulted. */
	@Transactional
	public VacancyId create(CompanyId company, Position position) {
		VacancyId id = VacancyId.random();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
					openings, min_education, deadline, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'SMA', ?, 'DRAFT', ?, ?)
				""")
			.params(id, company, position.title(), position.description(), position.employmentType().name(),
					position.workArrangement().name(), position.regionCode(), position.openings(),
					LocalDate.ofInstant(this.clock.instant(), Times.DEFAULT_ZONE).plusDays(30), now, now)
			.update();
		return id;
	}

	/** What the job is (step 1). */
	public record Position(String title, String description, Vacancy.EmploymentType employmentType,
			Vacancy.WorkArrangement workArrangement, String regionCode, int openings) {
	}

	/** Who fits (step 2). */
	public record Requirements(Vacancy.Education minEducation, List<String> majors, List<String> skills,
			List<String> skillNames, int minExperienceYears, boolean disabilityFriendly) {
	}

	/** Pay and deadline (step 3). */
	/** Pay and deadline of a vacancy (J-C-h, step 3). */
	public record Terms(Long salaryMin, Long salaryMax, boolean showSalary, LocalDate deadline) {

		/** What is wrong with the pay as a whole. */
		public enum Problem {

			/** The highest pay is below the lowest. */
			SALARY_ORDER,
			/** "Show the salary" with no amount to show. */
			SALARY_MISSING

		}

		/** The rule between the fields, if one is broken. */
		public Optional<Problem> problem() {
			if (this.salaryMin != null && this.salaryMax != null && this.salaryMax < this.salaryMin) {
				return Optional.of(Problem.SALARY_ORDER);
			}
			if (this.showSalary && this.salaryMin == null && this.salaryMax == null) {
				return Optional.of(Problem.SALARY_MISSING);
			}
			return Optional.empty();
		}

	}

	@Transactional
	public boolean updatePosition(CompanyId company, VacancyId id, Position position) {
		return changed(company, id, this.jdbc.sql("""
				update vacancy set title = ?, description = ?, employment_type = ?, work_arrangement = ?,
					region_code = ?, openings = ?, updated_at = ? where id = ? and company_id = ?
				""")
			.params(position.title(), position.description(), position.employmentType().name(),
					position.workArrangement().name(), position.regionCode(), position.openings(), now(), id, company)
			.update());
	}

	@Transactional
	public boolean updateRequirements(CompanyId company, VacancyId id, Requirements requirements) {
		return changed(company, id, this.jdbc.sql("""
				update vacancy set min_education = ?, majors = ?, skills = ?, skill_names = ?,
					min_experience_years = ?, disability_friendly = ?, updated_at = ? where id = ? and company_id = ?
				""")
			.params(requirements.minEducation().name(), requirements.majors().toArray(String[]::new),
					requirements.skills().toArray(String[]::new), requirements.skillNames().toArray(String[]::new),
					requirements.minExperienceYears(), requirements.disabilityFriendly(), now(), id, company)
			.update());
	}

	@Transactional
	public boolean updateTerms(CompanyId company, VacancyId id, Terms terms) {
		terms.problem().ifPresent((problem) -> {
			throw new IllegalArgumentException("terms refused: " + problem);
		});
		return changed(company, id,
				this.jdbc.sql("""
						update vacancy set salary_min = ?, salary_max = ?, show_salary = ?, deadline = ?, updated_at = ?
						where id = ? and company_id = ?
						""")
					.params(terms.salaryMin(), terms.salaryMax(), terms.showSalary(), terms.deadline(), now(), id,
							company)
					.update());
	}

	/**
	 * Opens or closes a vacancy of this company, as {@link Vacancy.Status} allows; false
	 * when it is not the company's or the move is not allowed from its state.
	 */
	@Transactional
	public boolean move(CompanyId company, VacancyId id, Vacancy.Status.Action action) {
		Optional<Vacancy> vacancy = of(company, id);
		if (vacancy.isEmpty()) {
			return false;
		}
		Vacancy.Status from = vacancy.get().status();
		Optional<Vacancy.Status> to = from.after(action);
		return to.isPresent() && changed(company, id, this.jdbc.sql("""
				update vacancy set status = ?, updated_at = ? where id = ? and company_id = ? and status = ?
				""").params(to.get().name(), now(), id, company, from.name()).update());
	}

	public Optional<Vacancy> of(CompanyId company, VacancyId id) {
		return this.jdbc.sql("select * from vacancy where id = ? and company_id = ?")
			.params(id, company)
			.query(Vacancies::map)
			.optional();
	}

	public List<Vacancy> ofCompany(CompanyId company) {
		return this.jdbc.sql("""
				select * from vacancy where company_id = ?
				order by case status when 'OPEN' then 0 when 'DRAFT' then 1 else 2 end, updated_at desc
				""").param(company).query(Vacancies::map).list();
	}

	/** The open vacancies of a company whose deadline has not passed. */
	public List<Vacancy> openOfCompany(CompanyId company) {
		return this.jdbc.sql("""
				select * from vacancy where company_id = ? and status = 'OPEN' and deadline >= ? order by title
				""")
			.params(company, LocalDate.ofInstant(this.clock.instant(), Times.DEFAULT_ZONE))
			.query(Vacancies::map)
			.list();
	}

	public List<Vacancy> byIds(List<VacancyId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from vacancy where id = any(?) order by title")
			.param(ids.stream().map(VacancyId::value).toArray(UUID[]::new))
			.query(Vacancies::map)
			.list();
	}

	/** Whether the vacancy was changed; if so, it is told. */
	private boolean changed(CompanyId company, VacancyId id, int updated) {
		if (updated == 0) {
			return false;
		}
		this.events.publishEvent(new VacancyChanged(company, id));
		return true;
	}

	/**
	 * The vacancies as lists show them and matching compares them: everything but the
	 * description.
	 */
	public List<Vacancy> listed(List<VacancyId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, company_id, title, '' as description, employment_type, work_arrangement, region_code,
					min_education, majors, skills, skill_names, min_experience_years, openings, salary_min, salary_max,
					show_salary, deadline, disability_friendly, status
				from vacancy where id = any(?)
				""").param(ids.stream().map(VacancyId::value).toArray(UUID[]::new)).query(Vacancies::map).list();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	static Vacancy map(ResultSet rs, int row) throws SQLException {
		return new Vacancy(new VacancyId(rs.getObject("id", UUID.class)),
				new CompanyId(rs.getObject("company_id", UUID.class)), rs.getString("title"),
				rs.getString("description"), Vacancy.EmploymentType.valueOf(rs.getString("employment_type")),
				Vacancy.WorkArrangement.valueOf(rs.getString("work_arrangement")), rs.getString("region_code"),
				Vacancy.Education.valueOf(rs.getString("min_education")), strings(rs.getArray("majors")),
				strings(rs.getArray("skills")), strings(rs.getArray("skill_names")), rs.getInt("min_experience_years"),
				rs.getInt("openings"), rs.getObject("salary_min", Long.class), rs.getObject("salary_max", Long.class),
				rs.getBoolean("show_salary"), rs.getObject("deadline", LocalDate.class),
				rs.getBoolean("disability_friendly"), Vacancy.Status.valueOf(rs.getString("status")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
