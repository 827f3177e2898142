package id.siapkerja.jobfair.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyChanged;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.participation.ParticipationDecided;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.participation.VacanciesOffered;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyChanged;
import id.siapkerja.jobfair.vacancy.VacancyId;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each fair offers, kept in memory by every instance: its accepted companies and
 * their open vacancies, ready to be matched without a query (DOMAIN.md "Matching").
 * <p>
 * Each fair has a version in the database ({@code fair_offers_version}), raised in the
 * same transaction as any change to what it offers (a vacancy, a company, a decision, an
 * addition: the events below). An instance compares its copy's version at most once a
 * {@link #RECHECK} and reads the fair again when it moved; the instance that made the
 * change does so at once. So a change shows within a second everywhere, and two instances
 * agree. While one request reads a fair again, the others are served the copy they have;
 * only the very first read of a fair is waited for.
 */
@Component
public class Offers {

	/** How long an instance trusts its copy before it compares versions. */
	static final Duration RECHECK = Duration.ofSeconds(1);

	/** A copy nobody asked for in this long is forgotten. */
	static final Duration IDLE = Duration.ofMinutes(10);

	/** How long before and after its start a fair's offers are read ahead. */
	static final Duration OPENING = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Participations participations;

	private final Vacancies vacancies;

	private final Companies companies;

	private final Map<FairId, Holder> fairs = new ConcurrentHashMap<>();

	/** Which fairs open about now. */
	private final Fairs calendar;

	Offers(JdbcClient jdbc, Participations participations, Vacancies vacancies, Companies companies, Fairs fairs) {
		this.jdbc = jdbc;
		this.calendar = fairs;
		this.participations = participations;
		this.vacancies = vacancies;
		this.companies = companies;
	}

	/** An open vacancy of an accepted company, with what matching compares. */
	record Offer(Vacancy vacancy, String companyName, String province, Set<String> skills, Set<String> majors) {

		static Offer of(Vacancy vacancy, String companyName) {
			return new Offer(vacancy, companyName, vacancy.regionCode().split("\\.", 2)[0].intern(),
					Set.copyOf(vacancy.skills()),
					vacancy.majors()
						.stream()
						.map((major) -> major.toLowerCase(Locale.ROOT))
						.collect(Collectors.toUnmodifiableSet()));
		}

	}

	/** An accepted company with the number of vacancies it publishes in the fair. */
	public record Exhibitor(CompanyId companyId, String name, int vacancies) {
	}

	/**
	 * One fair's offers as read at one version: the open vacancies ordered by title, with
	 * what matching compares laid out by position (deadline, minimum education, province,
	 * remote, experience, majors, and for each skill the positions of the vacancies that
	 * ask for it); every vacancy published there (open or not) with its company; the
	 * exhibitors in the order they asked to take part.
	 */
	public record Fair(long version, List<Offer> offers, int[] deadlines, int[] minEducation, int[] provinces,
			boolean[] remote, int[] minExperienceMonths, Map<String, int[]> bySkill,
			Map<VacancyId, CompanyId> published, List<Exhibitor> exhibitors) {

		static Fair of(long version, List<Offer> offers, Map<VacancyId, CompanyId> published,
				List<Exhibitor> exhibitors) {
			int n = offers.size();
			int[] deadlines = new int[n];
			int[] minEducation = new int[n];
			int[] provinces = new int[n];
			boolean[] remote = new boolean[n];
			int[] minExperienceMonths = new int[n];
			Map<String, List<Integer>> skills = new HashMap<>();
			for (int i = 0; i < n; i++) {
				Vacancy vacancy = offers.get(i).vacancy();
				deadlines[i] = (int) vacancy.deadline().toEpochDay();
				minEducation[i] = vacancy.minEducation().rank();
				provinces[i] = province(offers.get(i).province());
				remote[i] = vacancy.workArrangement() == Vacancy.WorkArrangement.JARAK_JAUH;
				minExperienceMonths[i] = vacancy.minExperienceYears() * 12;
				for (String skill : offers.get(i).skills()) {
					skills.computeIfAbsent(skill, (k) -> new ArrayList<>()).add(i);
				}
			}
			Map<String, int[]> bySkill = new HashMap<>();
			skills.forEach((skill, at) -> bySkill.put(skill, at.stream().mapToInt(Integer::intValue).toArray()));
			return new Fair(version, List.copyOf(offers), deadlines, minEducation, provinces, remote,
					minExperienceMonths, Map.copyOf(bySkill), Map.copyOf(published), List.copyOf(exhibitors));
		}

		/** A province code as a number ("32" → 32); -1 when there is none. */
		static int province(String code) {
			if (code == null || code.isEmpty() || code.length() > 4) {
				return -1;
			}
			try {
				return Integer.parseInt(code);
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

		/** The company of a vacancy published in the fair. */
		public Optional<CompanyId> publisherOf(VacancyId vacancy) {
			return Optional.ofNullable(this.published.get(vacancy));
		}

		public Optional<Exhibitor> exhibitor(CompanyId company) {
			return this.exhibitors.stream().filter((e) -> e.companyId().equals(company)).findFirst();
		}

	}

	/** The offers of a fair, at most a {@link #RECHECK} old. */
	public Fair of(FairId fair) {
		Holder holder = this.fairs.computeIfAbsent(fair, (id) -> new Holder());
		long now = System.nanoTime();
		holder.usedAt = now;
		Fair current = holder.fair;
		if (current != null && !holder.stale && now - holder.checkedAt < RECHECK.toNanos()) {
			return current;
		}
		if (current != null && !holder.lock.tryLock()) {
			return current;
		}
		if (current == null) {
			holder.lock.lock();
		}
		try {
			current = holder.fair;
			if (current != null && !holder.stale && System.nanoTime() - holder.checkedAt < RECHECK.toNanos()) {
				return current;
			}
			holder.stale = false;
			long version = version(fair);
			if (current == null || current.version() != version) {
				current = read(fair, version);
				holder.fair = current;
			}
			holder.checkedAt = System.nanoTime();
			return current;
		}
		finally {
			holder.lock.unlock();
		}
	}

	private long version(FairId fair) {
		return this.jdbc.sql("select version from fair_offers_version where fair_id = ?")
			.param(fair)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Three looks, whatever the size of the fair. */
	private Fair read(FairId fair, long version) {
		Map<CompanyId, List<VacancyId>> offered = this.participations.offeredIn(fair);
		Map<CompanyId, Company> companies = this.companies.byIds(offered.keySet())
			.stream()
			.collect(Collectors.toMap(Company::id, Function.identity()));
		List<Offer> offers = new ArrayList<>();
		for (Vacancy vacancy : this.vacancies.listed(offered.values().stream().flatMap(List::stream).toList())) {
			Company company = companies.get(vacancy.companyId());
			if (vacancy.status() == Vacancy.Status.OPEN && company != null) {
				offers.add(Offer.of(vacancy, company.name()));
			}
		}
		offers.sort(Comparator.comparing((Offer o) -> o.vacancy().title(), String.CASE_INSENSITIVE_ORDER)
			.thenComparing((o) -> o.vacancy().id().value(), Offers::asPostgresOrders));
		List<Exhibitor> exhibitors = new ArrayList<>();
		Map<VacancyId, CompanyId> published = new HashMap<>();
		offered.forEach((company, ids) -> {
			Company found = companies.get(company);
			if (found != null) {
				exhibitors.add(new Exhibitor(company, found.name(), ids.size()));
				ids.forEach((id) -> published.put(id, company));
			}
		});
		return Fair.of(version, offers, published, exhibitors);
	}

	/** UUIDs in PostgreSQL's order: byte by byte, unsigned. */
	static int asPostgresOrders(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return (high != 0) ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	}

	/** A change to what a fair offers: its version moves with the change. */
	void changed(FairId fair) {
		this.jdbc.sql("""
				insert into fair_offers_version (fair_id, version, changed_at) values (?, 1, now())
				on conflict (fair_id) do update set version = fair_offers_version.version + 1, changed_at = now()
				""").param(fair).update();
		Runnable recheck = () -> {
			Holder holder = this.fairs.get(fair);
			if (holder != null) {
				holder.stale = true;
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					recheck.run();
				}
			});
		}
		else {
			recheck.run();
		}
	}

	@EventListener
	void on(ParticipationDecided decided) {
		changed(decided.fairId());
	}

	@EventListener
	void on(VacanciesOffered offered) {
		changed(offered.fairId());
	}

	@EventListener
	void on(VacancyChanged changed) {
		this.participations.fairsOf(changed.companyId()).forEach(this::changed);
	}

	@EventListener
	void on(CompanyChanged changed) {
		this.participations.fairsOf(changed.companyId()).forEach(this::changed);
	}

	/**
	 * Reads the offers of the fairs opening about now before their seekers ask: the first
	 * read of a national fair takes a moment, and at its opening thousands arrive in the
	 * same second.
	 */
	@Scheduled(initialDelayString = "${siapkerja.jobfair.offers.prepare-every:PT20S}",
			fixedDelayString = "${siapkerja.jobfair.offers.prepare-every:PT20S}")
	void prepareOpenings() {
		for (FairId fair : this.calendar.opening(OPENING)) {
			of(fair);
		}
	}

	/** Whether this instance holds a copy of the fair's offers. */
	boolean held(FairId fair) {
		Holder holder = this.fairs.get(fair);
		return holder != null && holder.fair != null;
	}

	@Scheduled(fixedDelayString = "PT5M")
	void forgetIdleFairs() {
		long now = System.nanoTime();
		this.fairs.entrySet().removeIf((entry) -> now - entry.getValue().usedAt > IDLE.toNanos());
	}

	/** One fair's copy and when it was last compared with the database. */
	private static final class Holder {

		final ReentrantLock lock = new ReentrantLock();

		volatile Fair fair;

		volatile long checkedAt;

		volatile boolean stale;

		volatile long usedAt;

	}

}
