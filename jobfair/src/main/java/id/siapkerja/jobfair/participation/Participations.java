package id.siapkerja.jobfair.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.vacancy.VacancyId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies joining fairs (J-C-h … l, J-O-i). A company asks while the fair is published
 * and its registration deadline has not passed, with at least one open vacancy of its
 * own; it adds vacancies until the fair ends; the organizer accepts or rejects with a
 * reason.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Participations {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Fairs fairs;

	/** Why a request or an addition was refused. */
	public enum Refusal {

		NOT_OPEN, NO_VACANCY, REJECTED, FAIR_OVER

	}

	/**
	 * Asks to take part with these vacancies, or adds them to the request made before.
	 * @return the refusal, if any
	 */
	@Transactional
	public Optional<Refusal> request(Fair fair, CompanyId company, String sub, List<VacancyId> openVacancies) {
		Optional<Participation> existing = of(fair.id(), company);
		Optional<Refusal> refused = Offering.refusal(existing.map(Participation::status), fair.status(),
				this.clock.instant(), fair.registrationDeadline(), openVacancies.size());
		if (refused.isPresent()) {
			return refused;
		}
		if (existing.isEmpty()) {
			this.jdbc.sql("""
					insert into participation (id, fair_id, company_id, status, requested_by, requested_at)
					values (?, ?, ?, 'REQUESTED', ?, ?) on conflict (fair_id, company_id) do nothing
					""").params(UUID.randomUUID(), fair.id(), company, sub, now()).update();
			existing = of(fair.id(), company);
			this.events.publishEvent(new ParticipationRequested(fair.id(), company));
		}
		Participation participation = existing.orElseThrow();
		for (VacancyId vacancy : openVacancies) {
			this.jdbc.sql("""
					insert into participation_vacancy (participation_id, vacancy_id, added_at) values (?, ?, ?)
					on conflict do nothing
					""").params(participation.id(), vacancy, now()).update();
		}
		this.events.publishEvent(new VacanciesOffered(fair.id(), company));
		return Optional.empty();
	}

	/**
	 * A participation as it already stands, with its vacancies (demo data, an import): no
	 * request is told to anyone and no rule of {@link Offering} is asked.
	 */
	@Transactional
	public void arrange(FairId fair, CompanyId company, Participation.Status status, String reason,
			List<VacancyId> vacancies, String by) {
		UUID id = UUID.randomUUID();
		boolean decided = status != Participation.Status.REQUESTED;
		this.jdbc.sql("""
				insert into participation (id, fair_id, company_id, status, reason, requested_by, requested_at,
					decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, fair, company, status.name(), reason, by, now(), decided ? by : null, decided ? now() : null)
			.update();
		for (VacancyId vacancy : vacancies) {
			this.jdbc.sql("insert into participation_vacancy (participation_id, vacancy_id, added_at) values (?, ?, ?)")
				.params(id, vacancy, now())
				.update();
		}
	}

	/** The organizer's decision; refused when it was decided before. */
	@Transactional
	public Participation decide(FairId fair, UUID participation, boolean accept, String reason, String actor) {
		Participation current = this.jdbc.sql("select * from participation where id = ? and fair_id = ? for update")
			.params(participation, fair)
			.query(Participations::map)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("participation " + participation));
		Participation.Status next = current.status()
			.after(accept ? Participation.Status.Action.ACCEPT : Participation.Status.Action.REJECT);
		this.jdbc.sql("update participation set status = ?, reason = ?, decided_by = ?, decided_at = ? where id = ?")
			.params(next.name(), accept ? null : reason, actor, now(), participation)
			.update();
		this.events.publishEvent(new ParticipationDecided(fair, current.companyId(), accept, accept ? null : reason));
		return byId(participation).orElseThrow();
	}

	public Optional<Participation> of(FairId fair, CompanyId company) {
		return this.jdbc.sql("select * from participation where fair_id = ? and company_id = ?")
			.params(fair, company)
			.query(Participations::map)
			.optional();
	}

	Optional<Participation> byId(UUID id) {
		return this.jdbc.sql("select * from participation where id = ?")
			.param(id)
			.query(Participations::map)
			.optional();
	}

	/** A company's requests, the latest fair first. */
	public List<Participation> ofCompany(CompanyId company) {
		List<Participation> all = this.jdbc.sql("select * from participation where company_id = ?")
			.param(company)
			.query(Participations::map)
			.list();
		Map<FairId, Instant> starts = new HashMap<>();
		this.fairs.byIds(all.stream().map(Participation::fairId).distinct().toList())
			.forEach((fair) -> starts.put(fair.id(), fair.startsAt()));
		return all.stream()
			.sorted(Comparator.comparing((Participation p) -> starts.getOrDefault(p.fairId(), Instant.EPOCH))
				.reversed())
			.toList();
	}

	/** The requests of a fair: undecided first, then accepted, then rejected. */
	public List<Participation> ofFair(FairId fair) {
		return this.jdbc.sql("""
				select * from participation where fair_id = ?
				order by case status when 'REQUESTED' then 0 when 'ACCEPTED' then 1 else 2 end, requested_at
				""").param(fair).query(Participations::map).list();
	}

	/** The companies that asked to take part or were accepted (not the rejected ones). */
	public List<CompanyId> companiesOf(FairId fair) {
		return this.jdbc.sql("select company_id from participation where fair_id = ? and status <> 'REJECTED'")
			.param(fair)
			.query((rs, row) -> new CompanyId(rs.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * What the accepted companies of a fair offer: each company with the vacancies it
	 * publishes there, in one look.
	 */
	public Map<CompanyId, List<VacancyId>> offeredIn(FairId fair) {
		Map<CompanyId, List<VacancyId>> offered = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.company_id, pv.vacancy_id from participation p
				join participation_vacancy pv on pv.participation_id = p.id
				where p.fair_id = ? and p.status = 'ACCEPTED' order by p.requested_at, p.company_id, pv.added_at
				""").param(fair).query((rs) -> {
			offered.computeIfAbsent(new CompanyId(rs.getObject(1, UUID.class)), (c) -> new ArrayList<>())
				.add(new VacancyId(rs.getObject(2, UUID.class)));
		});
		return offered;
	}

	/** The fairs a company asked to take part in or takes part in. */
	public List<FairId> fairsOf(CompanyId company) {
		return this.jdbc.sql("select fair_id from participation where company_id = ? and status <> 'REJECTED'")
			.param(company)
			.query((rs, row) -> new FairId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The vacancies a company publishes in a fair. */
	public List<VacancyId> vacanciesOf(UUID participation) {
		return this.jdbc
			.sql("select vacancy_id from participation_vacancy where participation_id = ? order by added_at")
			.param(participation)
			.query((rs, row) -> new VacancyId(rs.getObject(1, UUID.class)))
			.list();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	static Participation map(ResultSet rs, int row) throws SQLException {
		return new Participation(rs.getObject("id", UUID.class), new FairId(rs.getObject("fair_id", UUID.class)),
				new CompanyId(rs.getObject("company_id", UUID.class)),
				Participation.Status.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
				instant(rs.getTimestamp("decided_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
