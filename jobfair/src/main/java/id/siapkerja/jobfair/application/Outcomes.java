package id.siapkerja.jobfair.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Hasil rekrutmen": what became of an accepted applicant — hired (start date, contract,
 * perhaps a monthly wage band), offer declined, or did not start — as the company records
 * it; the seeker may say "saya sudah bekerja" from the portfolio, and a hire is confirmed
 * when both agree. For the statistics: each fair's applications counted by the
 * applicants' traits, and how long decisions took.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Outcomes {

	/** What became of an accepted applicant. */
	public enum Result {

		HIRED, OFFER_DECLINED, DID_NOT_START;

		public String messageKey() {
			return "outcome.result." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** The kind of contract of a hire (PKWT: fixed term, PKWTT: permanent). */
	public enum Contract {

		PKWT, PKWTT, HARIAN, MAGANG;

		public String messageKey() {
			return "outcome.contract." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** The monthly wage of a hire, in bands (never the exact figure). */
	public enum WageBand {

		UNDER_3M, FROM_3M, FROM_5M, FROM_8M;

		public String messageKey() {
			return "outcome.wage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** The outcome of one application as far as it is known. */
	public record Outcome(UUID applicationId, Result result, LocalDate startDate, Contract contract, WageBand wage,
			Instant recordedAt, Instant seekerConfirmedAt) {

		/** The company recorded a hire and the seeker said so too. */
		public boolean confirmed() {
			return this.result == Result.HIRED && this.seekerConfirmedAt != null;
		}

	}

	/** What the company records. */
	public record Recorded(Result result, LocalDate startDate, Contract contract, WageBand wage) {

		/** Why it cannot be recorded so: a hire needs its start date and contract. */
		public Optional<String> problem() {
			if (this.result == Result.HIRED && (this.startDate == null || this.contract == null)) {
				return Optional.of("outcome.hired.incomplete");
			}
			return Optional.empty();
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** The company records (or corrects) the outcome of an application it accepted. */
	@Transactional
	public boolean record(Applications.Application application, Recorded recorded, String actor) {
		if (application.status() != ApplicationStatus.ACCEPTED || recorded.problem().isPresent()) {
			return false;
		}
		boolean hired = recorded.result() == Result.HIRED;
		this.jdbc.sql("""
				insert into application_outcome (application_id, fair_id, result, start_date, contract, wage_band,
					recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (application_id) do update set result = excluded.result, start_date = excluded.start_date,
					contract = excluded.contract, wage_band = excluded.wage_band, recorded_at = excluded.recorded_at,
					recorded_by = excluded.recorded_by
				""")
			.params(application.id(), application.fairId(), recorded.result().name(),
					hired ? recorded.startDate() : null, hired ? recorded.contract().name() : null,
					(hired && recorded.wage() != null) ? recorded.wage().name() : null,
					Timestamp.from(this.clock.instant()), actor)
			.update();
		this.events.publishEvent(new OutcomeRecorded(application.id(), application.fairId()));
		return true;
	}

	/**
	 * "Saya sudah bekerja": the seeker of an accepted application says they work there.
	 */
	@Transactional
	public boolean confirmBySeeker(Applications.Application application, String sub) {
		if (!application.sub().equals(sub) || application.status() != ApplicationStatus.ACCEPTED) {
			return false;
		}
		this.jdbc.sql("""
				insert into application_outcome (application_id, fair_id, seeker_confirmed_at) values (?, ?, ?)
				on conflict (application_id) do update set seeker_confirmed_at = excluded.seeker_confirmed_at
				""").params(application.id(), application.fairId(), Timestamp.from(this.clock.instant())).update();
		this.events.publishEvent(new OutcomeRecorded(application.id(), application.fairId()));
		return true;
	}

	public Optional<Outcome> of(UUID application) {
		return this.jdbc.sql("select * from application_outcome where application_id = ?")
			.param(application)
			.query(Outcomes::map)
			.optional();
	}

	/** The outcomes of these applications, by application. */
	public Map<UUID, Outcome> of(Collection<UUID> applications) {
		Map<UUID, Outcome> found = new HashMap<>();
		if (!applications.isEmpty()) {
			this.jdbc.sql("select * from application_outcome where application_id = any(?)")
				.param(applications.toArray(UUID[]::new))
				.query(Outcomes::map)
				.list()
				.forEach((outcome) -> found.put(outcome.applicationId(), outcome));
		}
		return found;
	}

	/**
	 * The companies of the fair with an accepted applicant whose outcome they have not
	 * recorded.
	 */
	public List<CompanyId> companiesAwaiting(FairId fair) {
		return this.jdbc.sql("""
				select distinct a.company_id from application a
				where a.fair_id = ? and a.status = 'ACCEPTED' and not exists (select 1 from application_outcome o
					where o.application_id = a.id and o.result is not null)
				""").param(fair).query((rs, row) -> new CompanyId(rs.getObject(1, UUID.class))).list();
	}

	/**
	 * The steps an application of the fair went, counted for one group of applicants
	 * (withdrawn applications are not counted).
	 */
	public record Steps(int applications, int interviews, int accepted, int hired, int confirmed) {

		public static final Steps NONE = new Steps(0, 0, 0, 0, 0);

		public Steps plus(Steps other) {
			return new Steps(this.applications + other.applications, this.interviews + other.interviews,
					this.accepted + other.accepted, this.hired + other.hired, this.confirmed + other.confirmed);
		}

	}

	/**
	 * The steps of the applicants of one group: {@code trait} is what the group shares,
	 * {@code key} its value as stored ("" when not known): a province or regency code of
	 * the domicile, an education level, a gender, an age band, a company or vacancy id.
	 */
	public record Tally(Trait trait, String key, Steps steps) {
	}

	/** What applicants are grouped by in a tally; ALL is the one group of everybody. */
	public enum Trait {

		ALL, PROVINCE, REGENCY, EDUCATION, GENDER, AGE, COMPANY, VACANCY

	}

	/**
	 * The fair's applications counted by every trait at once (one indexed pass over the
	 * fair's applications), as the statistics keep them. Gender and age come from the
	 * profile sent with the application; the age band is the age on the day of applying
	 * (under 20, 20–24, 25–29, 30–34, 35–44, 45 and over).
	 */
	@Transactional(readOnly = true)
	public List<Tally> tally(FairId fair) {
		return this.jdbc.sql("""
				with a as (
					select a.company_id::text as company, a.vacancy_id::text as vacancy, a.status,
						coalesce(left(a.snapshot -> 'profile' ->> 'domicileVillageCode', 2), '') as province,
						coalesce(left(a.snapshot -> 'profile' ->> 'domicileVillageCode', 5), '') as regency,
						coalesce(a.snapshot -> 'profile' -> 'education' ->> 'level', '') as education,
						coalesce(a.snapshot ->> 'gender', '') as gender,
						case when a.snapshot ->> 'birthDate' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then extract(year from
							age((a.submitted_at at time zone 'Asia/Jakarta')::date, (a.snapshot ->> 'birthDate')::date))
						end as age,
						(a.status = 'INTERVIEW' or exists (select 1 from interview i where i.application_id = a.id))
							as interviewed,
						o.result, o.seeker_confirmed_at
					from application a left join application_outcome o on o.application_id = a.id
					where a.fair_id = ? and a.status <> 'WITHDRAWN'
				), b as (
					select *, case when age is null then '' when age < 20 then '<20' when age < 25 then '20-24'
						when age < 30 then '25-29' when age < 35 then '30-34' when age < 45 then '35-44' else '45+' end
						as band from a
				)
				select case when grouping(province) = 0 then 'PROVINCE' when grouping(regency) = 0 then 'REGENCY'
						when grouping(education) = 0 then 'EDUCATION' when grouping(gender) = 0 then 'GENDER'
						when grouping(band) = 0 then 'AGE' when grouping(company) = 0 then 'COMPANY'
						when grouping(vacancy) = 0 then 'VACANCY' else 'ALL' end as trait,
					coalesce(province, regency, education, gender, band, company, vacancy, '') as key,
					count(*) as applications, count(*) filter (where interviewed) as interviews,
					count(*) filter (where status = 'ACCEPTED') as accepted,
					count(*) filter (where result = 'HIRED') as hired,
					count(*) filter (where result = 'HIRED' and seeker_confirmed_at is not null) as confirmed
				from b
				group by grouping sets ((), (province), (regency), (education), (gender), (band), (company), (vacancy))
				""")
			.param(fair)
			.query((rs, row) -> new Tally(Trait.valueOf(rs.getString("trait")), rs.getString("key"),
					new Steps(rs.getInt("applications"), rs.getInt("interviews"), rs.getInt("accepted"),
							rs.getInt("hired"), rs.getInt("confirmed"))))
			.list();
	}

	/**
	 * How long it took from applying to the company's decision (accepted or rejected).
	 */
	public enum DecisionTime {

		WITHIN_A_DAY, DAYS_1_TO_3, DAYS_4_TO_7, DAYS_8_TO_14, LONGER;

		public String messageKey() {
			return "outcome.decision." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** The fair's decided applications by how long the decision took. */
	@Transactional(readOnly = true)
	public Map<DecisionTime, Integer> decisionTimes(FairId fair) {
		Map<DecisionTime, Integer> times = new EnumMap<>(DecisionTime.class);
		this.jdbc.sql("""
				select case when took < interval '1 day' then 'WITHIN_A_DAY' when took < interval '4 days'
						then 'DAYS_1_TO_3' when took < interval '8 days' then 'DAYS_4_TO_7'
						when took < interval '15 days' then 'DAYS_8_TO_14' else 'LONGER' end as time,
					count(*) as n
				from (select min(h.occurred_at) - a.submitted_at as took from application a
					join application_history h on h.application_id = a.id and h.to_status in ('ACCEPTED', 'REJECTED')
					where a.fair_id = ? group by a.id, a.submitted_at) d
				group by 1
				""").param(fair).query((rs) -> {
			times.put(DecisionTime.valueOf(rs.getString("time")), rs.getInt("n"));
		});
		return times;
	}

	private static Outcome map(ResultSet rs, int row) throws SQLException {
		String result = rs.getString("result");
		String contract = rs.getString("contract");
		String wage = rs.getString("wage_band");
		Timestamp recorded = rs.getTimestamp("recorded_at");
		Timestamp confirmed = rs.getTimestamp("seeker_confirmed_at");
		return new Outcome(rs.getObject("application_id", UUID.class), result == null ? null : Result.valueOf(result),
				rs.getObject("start_date", LocalDate.class), contract == null ? null : Contract.valueOf(contract),
				wage == null ? null : WageBand.valueOf(wage), recorded == null ? null : recorded.toInstant(),
				confirmed == null ? null : confirmed.toInstant());
	}

}
