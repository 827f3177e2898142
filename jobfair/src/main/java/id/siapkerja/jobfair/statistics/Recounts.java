package id.siapkerja.jobfair.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.application.ApplicationChanged;
import id.siapkerja.jobfair.application.ApplicationSubmitted;
import id.siapkerja.jobfair.application.OutcomeRecorded;
import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.entry.EntryBooked;
import id.siapkerja.jobfair.entry.EntrySessions;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairChanged;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.seeker.Followers;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.postgres.AdvisoryLocks;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each fair's numbers: an event about a fair's applications, outcomes or state
 * marks the fair (one row however many events), and the marked fairs are recounted from
 * their own rows, one fair per transaction, every half minute; a live fair is also
 * recounted every five minutes for its followers and check-ins, which come without
 * events. Two instances never recount the same fair at once (an advisory lock per fair),
 * and a mark made while a fair is recounted stays for the next round.
 */
@Component
@RequiredArgsConstructor
class Recounts {

	private static final Logger log = LoggerFactory.getLogger(Recounts.class);

	/** How often a live fair is recounted without an event. */
	static final Duration LIVE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Fairs fairs;

	private final Followers followers;

	private final Outcomes outcomes;

	private final Companies companies;

	private final Participations participations;

	private final EntrySessions entry;

	private final TransactionTemplate transactions;

	private final Clock clock;

	@ApplicationModuleListener
	void on(ApplicationSubmitted submitted) {
		mark(submitted.fairId());
	}

	@ApplicationModuleListener
	void on(ApplicationChanged changed) {
		mark(changed.fairId());
	}

	@ApplicationModuleListener
	void on(OutcomeRecorded recorded) {
		mark(recorded.fairId());
	}

	@ApplicationModuleListener
	void on(EntryBooked booked) {
		mark(booked.fairId());
	}

	@ApplicationModuleListener
	void on(FairChanged changed) {
		mark(changed.fairId());
	}

	/** The fair's numbers are due to be recounted. */
	void mark(FairId fair) {
		this.jdbc.sql("""
				insert into stat_pending (fair_id, marked_at) values (?, clock_timestamp())
				on conflict (fair_id) do update set marked_at = excluded.marked_at
				""").param(fair).update();
	}

	/** Whether the fair is marked or was never counted. */
	boolean due(FairId fair) {
		return this.jdbc.sql("""
				select exists (select 1 from stat_pending where fair_id = :fair)
					or not exists (select 1 from stat_fair where fair_id = :fair)
				""").param("fair", fair).query(Boolean.class).single();
	}

	/** Recounts the marked fairs (and live ones not recounted for a while); how many. */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.statistics.recount:PT30S}", initialDelayString = "PT20S")
	int recountDue() {
		this.jdbc.sql("""
				insert into stat_pending (fair_id, marked_at)
				select fair_id, clock_timestamp() from stat_fair
				where status in ('PUBLISHED', 'ONGOING') and refreshed_at < ?
				on conflict (fair_id) do nothing
				""").param(Timestamp.from(this.clock.instant().minus(LIVE))).update();
		List<FairId> due = this.jdbc.sql("select fair_id from stat_pending order by marked_at limit 200")
			.query((rs, row) -> new FairId(rs.getObject(1, UUID.class)))
			.list();
		int done = 0;
		for (FairId fair : due) {
			try {
				done += recount(fair) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// the mark stays: the next round tries again
				log.warn("Numbers of fair {} not recounted: {}", fair, ex.toString());
			}
		}
		return done;
	}

	/**
	 * Recounts one fair from its own rows in one transaction; false when another instance
	 * is at it.
	 */
	boolean recount(FairId id) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			if (!AdvisoryLocks.tryTake(this.jdbc, "statistics:" + id)) {
				return false;
			}
			Optional<Timestamp> marked = this.jdbc.sql("select marked_at from stat_pending where fair_id = ?")
				.param(id)
				.query(Timestamp.class)
				.optional();
			Optional<Fair> fair = this.fairs.byId(id);
			if (fair.isEmpty()) {
				this.jdbc.sql("delete from stat_fair where fair_id = ?").param(id).update();
			}
			else {
				store(fair.get());
			}
			marked.ifPresent((at) -> this.jdbc.sql("delete from stat_pending where fair_id = ? and marked_at = ?")
				.params(id, at)
				.update());
			return true;
		}));
	}

	private void store(Fair fair) {
		Followers.Counts counts = this.followers.counts(fair.id());
		List<EntrySessions.Session> sessions = this.entry.of(fair.id());
		this.jdbc.sql("""
				insert into stat_fair (fair_id, title, slug, organizer_id, type, province, starts_on, status, followers,
					checked_in, booked, arrived, refreshed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (fair_id) do update set title = excluded.title, slug = excluded.slug,
					organizer_id = excluded.organizer_id, type = excluded.type, province = excluded.province,
					starts_on = excluded.starts_on, status = excluded.status, followers = excluded.followers,
					checked_in = excluded.checked_in, booked = excluded.booked, arrived = excluded.arrived,
					refreshed_at = excluded.refreshed_at
				""")
			.params(fair.id(), fair.title(), fair.slug(), fair.organizerId(), fair.type().name(),
					fair.regionCode() == null || fair.regionCode().length() < 2 ? ""
							: fair.regionCode().substring(0, 2),
					fair.startsAt().atZone(fair.zone()).toLocalDate(), fair.status().name(), counts.following(),
					counts.checkedIn(), sessions.stream().mapToInt(EntrySessions.Session::booked).sum(),
					sessions.stream().mapToInt(EntrySessions.Session::arrived).sum(),
					Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("delete from stat_count where fair_id = ?").param(fair.id()).update();
		Rows rows = new Rows();
		List<Outcomes.Tally> tallies = this.outcomes.tally(fair.id());
		Map<CompanyId, String> sectors = sectors(tallies);
		Map<String, Outcomes.Steps> bySector = new HashMap<>();
		Map<String, Integer> perVacancy = new HashMap<>();
		for (Outcomes.Tally tally : tallies) {
			switch (tally.trait()) {
				case COMPANY -> bySector.merge(sectors.getOrDefault(new CompanyId(UUID.fromString(tally.key())), ""),
						tally.steps(), Outcomes.Steps::plus);
				case VACANCY -> {
					rows.add(Trait.VACANCY, tally.key(), tally.steps());
					perVacancy.put(tally.key(), tally.steps().applications());
				}
				default -> rows.add(Trait.valueOf(tally.trait().name()), tally.key(), tally.steps());
			}
		}
		bySector.forEach((sector, steps) -> rows.add(Trait.SECTOR, sector, steps));
		for (List<VacancyId> vacancies : this.participations.offeredIn(fair.id()).values()) {
			vacancies.forEach((vacancy) -> perVacancy.putIfAbsent(vacancy.toString(), 0));
		}
		Map<PerVacancy, Integer> bands = new HashMap<>();
		perVacancy.values().forEach((n) -> bands.merge(PerVacancy.of(n), 1, Integer::sum));
		bands.forEach((band, n) -> rows.add(Trait.PER_VACANCY, band.name(), new Outcomes.Steps(n, 0, 0, 0, 0)));
		this.outcomes.decisionTimes(fair.id())
			.forEach((time, n) -> rows.add(Trait.DECISION, time.name(), new Outcomes.Steps(n, 0, 0, 0, 0)));
		rows.insert(fair.id());
	}

	private Map<CompanyId, String> sectors(List<Outcomes.Tally> tallies) {
		List<CompanyId> ids = tallies.stream()
			.filter((tally) -> tally.trait() == Outcomes.Trait.COMPANY)
			.map((tally) -> new CompanyId(UUID.fromString(tally.key())))
			.toList();
		Map<CompanyId, String> sectors = new HashMap<>();
		for (Company company : this.companies.byIds(ids)) {
			sectors.put(company.id(), company.sector() == null ? "" : company.sector().strip());
		}
		return sectors;
	}

	/** The rows of one fair, written in one statement. */
	private final class Rows {

		private final List<String> traits = new ArrayList<>();

		private final List<String> keys = new ArrayList<>();

		private final List<Integer[]> steps = new ArrayList<>();

		void add(Trait trait, String key, Outcomes.Steps counted) {
			this.traits.add(trait.name());
			this.keys.add(key == null ? "" : key);
			this.steps.add(new Integer[] { counted.applications(), counted.interviews(), counted.accepted(),
					counted.hired(), counted.confirmed() });
		}

		void insert(FairId fair) {
			if (this.traits.isEmpty()) {
				return;
			}
			Integer[][] columns = new Integer[5][this.steps.size()];
			for (int i = 0; i < this.steps.size(); i++) {
				for (int c = 0; c < 5; c++) {
					columns[c][i] = this.steps.get(i)[c];
				}
			}
			Recounts.this.jdbc.sql("""
					insert into stat_count (fair_id, trait, key, applications, interviews, accepted, hired, confirmed)
					select ?, * from unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[])
					""")
				.params(fair, this.traits.toArray(String[]::new), this.keys.toArray(String[]::new), columns[0],
						columns[1], columns[2], columns[3], columns[4])
				.update();
		}

	}

}
