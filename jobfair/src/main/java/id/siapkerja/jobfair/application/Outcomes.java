package id.siapkerja.jobfair.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.seeker.Followers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Hasil rekrutmen": what became of an accepted applicant — hired (start date, contract,
 * perhaps a monthly wage band), offer declined, or did not start — as the company records
 * it; the seeker may say "saya sudah bekerja" from the portfolio, and a hire is confirmed
 * when both agree. Per fair, the funnel from followers to confirmed hires for the
 * organizer and Admin Pusat.
 */
@Service
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

	/** One fair's way from following to a confirmed hire. */
	public record Funnel(int followers, int checkedIn, int applications, int interviews, int accepted, int hired,
			int confirmed) {
	}

	private final JdbcClient jdbc;

	private final Followers followers;

	private final Clock clock;

	Outcomes(JdbcClient jdbc, Followers followers, Clock clock) {
		this.jdbc = jdbc;
		this.followers = followers;
		this.clock = clock;
	}

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

	/** The fair's funnel, each step counted once per person or application. */
	@Transactional(readOnly = true)
	public Funnel funnel(FairId fair) {
		Followers.Counts counts = this.followers.counts(fair);
		return this.jdbc.sql("""
				select count(*) filter (where a.status <> 'WITHDRAWN') as applications,
					count(*) filter (where a.status = 'INTERVIEW'
						or exists (select 1 from interview i where i.application_id = a.id)) as interviews,
					count(*) filter (where a.status = 'ACCEPTED') as accepted,
					count(*) filter (where o.result = 'HIRED') as hired,
					count(*) filter (where o.result = 'HIRED' and o.seeker_confirmed_at is not null) as confirmed
				from application a left join application_outcome o on o.application_id = a.id
				where a.fair_id = ?
				""")
			.param(fair)
			.query((rs, row) -> new Funnel(counts.following(), counts.checkedIn(), rs.getInt("applications"),
					rs.getInt("interviews"), rs.getInt("accepted"), rs.getInt("hired"), rs.getInt("confirmed")))
			.single();
	}

	/**
	 * A count of applications by some trait of the applicant (a code; null when not
	 * known).
	 */
	public record Count(String key, int count) {
	}

	/**
	 * The fair's applications (not withdrawn) by the applicant's education level, largest
	 * first.
	 */
	public List<Count> byEducation(FairId fair) {
		return counted("snapshot->'profile'->'education'->>'level'", fair);
	}

	/**
	 * The fair's applications (not withdrawn) by the province of the applicant's
	 * domicile, largest first.
	 */
	public List<Count> byProvince(FairId fair) {
		return counted("left(snapshot->'profile'->>'domicileVillageCode', 2)", fair);
	}

	private List<Count> counted(String trait, FairId fair) {
		return this.jdbc
			.sql("select " + trait + " as k, count(*) as n from application"
					+ " where fair_id = ? and status <> 'WITHDRAWN' group by 1 order by 2 desc, 1")
			.param(fair)
			.query((rs, row) -> new Count(rs.getString("k"), rs.getInt("n")))
			.list();
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
