package id.siapkerja.jobfair.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import id.siapkerja.jobfair.member.MemberErased;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.seeker.Followers;
import id.siapkerja.jobfair.seeker.SeekerProfile;
import id.siapkerja.jobfair.seeker.SeekerProfiles;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.text.Times;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications (J-S-e, f and J-C-m … p): applying keeps a snapshot of the profile and
 * photo as they are at that moment; one application per seeker per vacancy, held by a
 * unique constraint so a double click or a retried request finds the one application;
 * every move goes through {@link ApplicationStatus} and lands in the history.
 */
@Service
public class Applications {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final SeekerProfiles profiles;

	private final Followers followers;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Counter submitted;

	Applications(JdbcClient jdbc, SeekerProfiles profiles, Followers followers, Clock clock,
			TransactionTemplate transactions, ApplicationEventPublisher events, MeterRegistry meters) {
		this.submitted = Counter.builder("siapkerja.applications.submitted")
			.description("applications submitted (each stored once)")
			.register(meters);
		this.transactions = transactions;
		this.events = events;
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.followers = followers;
		this.clock = clock;
	}

	/** An application as the seeker and the company see it. */
	public record Application(UUID id, FairId fairId, VacancyId vacancyId, CompanyId companyId, String sub,
			ApplicationStatus status, String note, String reason, Snapshot snapshot, Instant submittedAt,
			Instant updatedAt) {
	}

	/** Why applying was refused. */
	public enum Refusal {

		NOT_CHECKED_IN, FAIR_NOT_ONGOING, VACANCY_NOT_OPEN, DEADLINE_PASSED, PROFILE_NOT_READY, LIMIT_REACHED,
		ONE_PER_COMPANY;

		/** Refused by the fair's rules: decided again under the lock when applying. */
		boolean byRules() {
			return this == LIMIT_REACHED || this == ONE_PER_COMPANY;
		}

	}

	/** The outcome of "Lanjutkan": the application, new or the one made before. */
	public record Applied(Optional<Refusal> refusal, Application application, boolean already) {
	}

	/**
	 * "Lanjutkan" on a vacancy the fair offers (the caller found it among the fair's
	 * offers): the profile is read once, checked and sent as it is now.
	 */
	public Applied apply(Fair fair, Vacancy vacancy, String sub, String note) {
		Optional<SeekerProfile> profile = this.profiles.of(sub);
		Optional<Refusal> refusal = check(fair, vacancy, sub, profile);
		if (refusal.isPresent() && !refusal.get().byRules()) {
			return new Applied(refusal, null, false);
		}
		try {
			Submission submission = this.transactions.execute((status) -> {
				// the fair's rules are counted under a lock of this seeker in this fair:
				// concurrent applies of one seeker take turns, and none exceeds them
				this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0))")
					.params(fair.id().toString(), sub)
					.query((rs, row) -> 1)
					.single();
				Optional<Application> before = of(fair.id(), vacancy.id(), sub);
				if (before.isPresent()) {
					return new Submission(null, before.get().id(), true);
				}
				Optional<Refusal> byRules = rules(fair, vacancy, sub);
				return byRules.isPresent() ? new Submission(byRules.get(), null, false)
						: new Submission(null, insert(fair, vacancy, sub, note, profile.orElseThrow()), false);
			});
			if (submission.refusal() != null) {
				return new Applied(Optional.of(submission.refusal()), null, false);
			}
			if (!submission.already()) {
				this.submitted.increment();
			}
			return new Applied(Optional.empty(), byId(submission.id()).orElseThrow(), submission.already());
		}
		catch (DuplicateKeyException ex) {
			// a double click or a retried request: the one application made before
			return new Applied(Optional.empty(), of(fair.id(), vacancy.id(), sub).orElseThrow(), true);
		}
	}

	/**
	 * What one transaction of "Lanjutkan" did: refused by the fair's rules, or the
	 * application's id.
	 */
	private record Submission(Refusal refusal, UUID id, boolean already) {
	}

	/** Whether the seeker may apply now to a vacancy the fair offers, and if not why. */
	public Optional<Refusal> check(Fair fair, Vacancy vacancy, String sub, Optional<SeekerProfile> profile) {
		if (fair.status() != FairStatus.ONGOING) {
			return Optional.of(Refusal.FAIR_NOT_ONGOING);
		}
		if (this.followers.of(fair.id(), sub).filter(Followers.Following::checkedIn).isEmpty()) {
			return Optional.of(Refusal.NOT_CHECKED_IN);
		}
		if (vacancy.status() != Vacancy.Status.OPEN) {
			return Optional.of(Refusal.VACANCY_NOT_OPEN);
		}
		if (vacancy.deadline().isBefore(LocalDate.now(this.clock.withZone(Times.DEFAULT_ZONE)))) {
			return Optional.of(Refusal.DEADLINE_PASSED);
		}
		if (profile.filter(SeekerProfile::ready).isEmpty()) {
			return Optional.of(Refusal.PROFILE_NOT_READY);
		}
		return of(fair.id(), vacancy.id(), sub).isPresent() ? Optional.empty() : rules(fair, vacancy, sub);
	}

	/** Whether one more application would break the fair's rules for this seeker. */
	private Optional<Refusal> rules(Fair fair, Vacancy vacancy, String sub) {
		Fair.Rules rules = fair.rules();
		if (rules.onePerCompany() && this.jdbc.sql("""
				select exists (select 1 from application
				where fair_id = ? and sub = ? and company_id = ? and status <> 'WITHDRAWN')
				""").params(fair.id(), sub, vacancy.companyId()).query(Boolean.class).single()) {
			return Optional.of(Refusal.ONE_PER_COMPANY);
		}
		if (rules.maxApplications() != null && counted(fair.id(), sub) >= rules.maxApplications()) {
			return Optional.of(Refusal.LIMIT_REACHED);
		}
		return Optional.empty();
	}

	/**
	 * The seeker's applications in the fair that count against its limit (not withdrawn).
	 */
	private int counted(FairId fair, String sub) {
		return this.jdbc.sql("select count(*) from application where fair_id = ? and sub = ? and status <> 'WITHDRAWN'")
			.params(fair, sub)
			.query(Integer.class)
			.single();
	}

	/**
	 * How many applications the seeker may still send in the fair, when it limits them.
	 */
	public Optional<Allowance> allowance(Fair fair, String sub) {
		Integer most = fair.rules().maxApplications();
		return (most == null) ? Optional.empty()
				: Optional.of(new Allowance(Math.max(0, most - counted(fair.id(), sub)), most));
	}

	/** "Sisa lamaran Anda: 2 dari 5". */
	public record Allowance(int left, int of) {
	}

	private UUID insert(Fair fair, Vacancy vacancy, String sub, String note, SeekerProfile profile) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into application (id, fair_id, vacancy_id, company_id, sub, status, note, snapshot, photo,
					submitted_at, updated_at) values (?, ?, ?, ?, ?, 'SUBMITTED', ?, cast(? as jsonb), ?, ?, ?)
				""")
			.params(id, fair.id(), vacancy.id(), vacancy.companyId(), sub, note,
					JSON.writeValueAsString(profile.view()), this.profiles.photo(sub).orElse(null), now, now)
			.update();
		history(id, "pencaker", null, ApplicationStatus.SUBMITTED, null);
		this.events.publishEvent(new ApplicationSubmitted(id, fair.id(), vacancy.id(), vacancy.title(),
				vacancy.companyId(), sub, now.toInstant()));
		return id;
	}

	/** Moves an application; refused by the state machine when not allowed. */
	@Transactional
	public Application move(UUID id, ApplicationStatus.Action action, String actor, String detail) {
		Application current = this.jdbc.sql("select * from application where id = ? for update")
			.param(id)
			.query(Applications::map)
			.single();
		ApplicationStatus next = current.status().after(action);
		this.jdbc.sql("update application set status = ?, reason = ?, updated_at = ? where id = ?")
			.params(next.name(), action == ApplicationStatus.Action.REJECT ? detail : current.reason(),
					Timestamp.from(this.clock.instant()), id)
			.update();
		history(id, actor, current.status(), next, detail);
		this.events.publishEvent(new ApplicationChanged(id, current.fairId(), current.sub(), action.name(), detail));
		return byId(id).orElseThrow();
	}

	public Optional<Application> byId(UUID id) {
		return this.jdbc.sql("select * from application where id = ?").param(id).query(Applications::map).optional();
	}

	public Optional<Application> of(FairId fair, VacancyId vacancy, String sub) {
		return this.jdbc.sql("select * from application where fair_id = ? and vacancy_id = ? and sub = ?")
			.params(fair, vacancy, sub)
			.query(Applications::map)
			.optional();
	}

	public List<Application> ofSeeker(String sub) {
		return this.jdbc.sql("select * from application where sub = ? order by submitted_at desc")
			.param(sub)
			.query(Applications::map)
			.list();
	}

	/**
	 * A company's applications in a fair, with optional filters; newest or best-matching
	 * first.
	 */
	public List<Application> ofCompany(CompanyId company, FairId fair, String status, String education, String skill) {
		return this.jdbc.sql("""
				select a.* from application a
				where a.company_id = :company and a.fair_id = :fair
				  and (:status = '' or a.status = :status)
				  and (:education = '' or a.snapshot -> 'profile' -> 'education' ->> 'level' = :education)
				  and (:skill = '' or exists (select 1 from jsonb_array_elements(a.snapshot -> 'profile' -> 'skills') s
				       where lower(s ->> 'name') like '%' || lower(:skill) || '%'))
				order by a.submitted_at desc
				""")
			.param("company", company)
			.param("fair", fair)
			.param("status", status == null ? "" : status)
			.param("education", education == null ? "" : education)
			.param("skill", skill == null ? "" : skill.strip())
			.query(Applications::map)
			.list();
	}

	public Optional<byte[]> photo(UUID id) {
		return this.jdbc.sql("select photo from application where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.filter((bytes) -> bytes != null);
	}

	/** One entry of an application's history. */
	public record Change(Instant occurredAt, String actor, ApplicationStatus from, ApplicationStatus to,
			String detail) {
	}

	/** The histories of many applications in one statement, each oldest first. */
	public Map<UUID, List<Change>> histories(List<UUID> ids) {
		Map<UUID, List<Change>> histories = new HashMap<>();
		if (ids.isEmpty()) {
			return histories;
		}
		this.jdbc.sql("select * from application_history where application_id = any(?) order by occurred_at, id")
			.param(ids.toArray(UUID[]::new))
			.query((rs) -> {
				histories.computeIfAbsent(rs.getObject("application_id", UUID.class), (id) -> new ArrayList<>())
					.add(change(rs));
			});
		return histories;
	}

	private static Change change(ResultSet rs) throws SQLException {
		return new Change(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("from_status") == null ? null : ApplicationStatus.valueOf(rs.getString("from_status")),
				ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("detail"));
	}

	public List<Change> history(UUID id) {
		return this.jdbc.sql("select * from application_history where application_id = ? order by occurred_at, id")
			.param(id)
			.query((rs, row) -> change(rs))
			.list();
	}

	public void history(UUID id, String actor, ApplicationStatus from, ApplicationStatus to, String detail) {
		this.jdbc.sql("""
				insert into application_history (application_id, occurred_at, actor, from_status, to_status, detail)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(id, Timestamp.from(this.clock.instant()), actor, from == null ? null : from.name(), to.name(),
					detail)
			.update();
	}

	@SuppressWarnings("unchecked")
	private static Application map(ResultSet rs, int row) throws SQLException {
		return new Application(rs.getObject("id", UUID.class), new FairId(rs.getObject("fair_id", UUID.class)),
				new VacancyId(rs.getObject("vacancy_id", UUID.class)),
				new CompanyId(rs.getObject("company_id", UUID.class)), rs.getString("sub"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("reason"),
				Snapshot.read(rs.getString("snapshot")), rs.getTimestamp("submitted_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	/**
	 * The person deleted their account: their applications stay, for the companies'
	 * records and the statistics, without their name, contact, photo, note or profile —
	 * only what the statistics count, coarsened (the year of birth, the regency, the
	 * education level, the gender).
	 */
	@ApplicationModuleListener
	void erased(MemberErased erased) {
		this.jdbc.sql(ANONYMIZE + " where sub = :sub")
			.param("shown", MemberErased.SHOWN_AS)
			.param("sub", erased.sub())
			.update();
	}

	/**
	 * Retention: the applications of these fairs (ended long ago) become anonymous like
	 * those of a deleted account; how many changed.
	 */
	@Transactional
	public int anonymizeOf(List<FairId> fairs) {
		if (fairs.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql(ANONYMIZE
					+ " where fair_id = any(:fairs) and snapshot ->> 'name' not in (:shown::text, :erased::text)")
			.param("shown", ANONYMOUS)
			.param("erased", MemberErased.SHOWN_AS)
			.param("fairs", fairs.stream().map(FairId::value).toArray(UUID[]::new))
			.update();
	}

	/** The name an application shows once its fair's retention period is over. */
	public static final String ANONYMOUS = "Pelamar anonim";

	/**
	 * What an anonymous application keeps: what the statistics count, coarsened (the year
	 * of birth, the regency, the education level, the gender).
	 */
	private static final String ANONYMIZE = """
			update application set photo = null, note = '', snapshot = jsonb_build_object('name', :shown::text,
				'gender', snapshot -> 'gender',
				'birthDate', case when snapshot ->> 'birthDate' ~ '^[0-9]{4}-' then left(snapshot ->> 'birthDate', 4)
					|| '-07-01' end,
				'profile', jsonb_build_object(
					'domicileVillageCode', left(snapshot -> 'profile' ->> 'domicileVillageCode', 5),
					'education', case when snapshot -> 'profile' -> 'education' ->> 'level' is not null then
						jsonb_build_object('level', snapshot -> 'profile' -> 'education' ->> 'level') end))
			""";

}
