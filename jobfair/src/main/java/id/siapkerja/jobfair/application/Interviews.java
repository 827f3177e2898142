package id.siapkerja.jobfair.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.vacancy.Vacancies;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews of applications (J-C-o): scheduled with a date and time in the fair's zone,
 * an online link or a place, a contact and notes; rescheduled (the same interview, a
 * higher sequence, as calendars expect) or cancelled. Each moves the application in the
 * same transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Interviews {

	private final JdbcClient jdbc;

	private final Applications applications;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Vacancies vacancies;

	private final Companies companies;

	private final Fairs fairs;

	/** Tells the calendars: the interview as it now stands. */
	private void announce(Interview interview, boolean cancelled) {
		Applications.Application application = this.applications.byId(interview.applicationId()).orElseThrow();
		String title = this.vacancies.byIds(List.of(application.vacancyId())).get(0).title();
		String company = this.companies.byId(application.companyId()).map(Company::name).orElse("");
		ZoneId zone = this.fairs.byId(application.fairId()).orElseThrow().zone();
		this.events.publishEvent(new InterviewPlanned(interview.id(), interview.applicationId(), application.sub(),
				title, company, interview.startsAt(), zone, interview.mode() == Mode.ONLINE, interview.location(),
				interview.contact(), interview.notes(), interview.sequence(), cancelled));
	}

	public enum Mode {

		ONLINE, ONSITE;

		public String messageKey() {
			return "interview.mode." + name().toLowerCase(Locale.ROOT);
		}

	}

	public record Interview(UUID id, UUID applicationId, Instant startsAt, Mode mode, String location, String contact,
			String notes, int sequence, Instant cancelledAt) {
	}

	/**
	 * An interview as the company plans it (J-C-p), with the rules of a plan: not in the
	 * past (five minutes of grace for the time it takes to fill the form), and online
	 * only at a secure link.
	 */
	public record Plan(Instant startsAt, Mode mode, String location, String contact, String notes) {

		static final Duration GRACE = Duration.ofMinutes(5);

		public boolean inThePast(Instant now) {
			return this.startsAt.isBefore(now.minus(GRACE));
		}

		public static boolean reachable(Mode mode, String location) {
			return mode != Mode.ONLINE || location.matches("https://\\S+");
		}

	}

	/** Schedules the interview, or moves the one scheduled before. */
	@Transactional
	public Interview schedule(UUID application, Plan plan, String actor) {
		Optional<Interview> current = current(application);
		Timestamp now = Timestamp.from(this.clock.instant());
		String detail = plan.startsAt().toString();
		if (current.isPresent()) {
			this.applications.move(application, ApplicationStatus.Action.RESCHEDULE, actor, detail);
			this.jdbc.sql("""
					update interview set starts_at = ?, mode = ?, location = ?, contact = ?, notes = ?,
						sequence = sequence + 1, updated_at = ? where id = ?
					""")
				.params(Timestamp.from(plan.startsAt()), plan.mode().name(), plan.location(), plan.contact(),
						plan.notes(), now, current.get().id())
				.update();
			Interview moved = byId(current.get().id());
			announce(moved, false);
			return moved;
		}
		this.applications.move(application, ApplicationStatus.Action.SCHEDULE, actor, detail);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into interview (id, application_id, starts_at, mode, location, contact, notes, created_at,
					updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, application, Timestamp.from(plan.startsAt()), plan.mode().name(), plan.location(),
					plan.contact(), plan.notes(), now, now)
			.update();
		Interview scheduled = byId(id);
		announce(scheduled, false);
		return scheduled;
	}

	@Transactional
	public void cancel(UUID application, String actor) {
		Interview current = current(application)
			.orElseThrow(() -> new ApplicationStatus.Refused(ApplicationStatus.SUBMITTED,
					ApplicationStatus.Action.CANCEL_INTERVIEW));
		this.applications.move(application, ApplicationStatus.Action.CANCEL_INTERVIEW, actor, null);
		this.jdbc.sql("update interview set cancelled_at = ?, sequence = sequence + 1, updated_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()), current.id())
			.update();
		announce(byId(current.id()), true);
	}

	/**
	 * A rejected or withdrawn application keeps no interview: the one that stood is
	 * cancelled in the decision's transaction and the seeker's calendar is told.
	 */
	@EventListener
	void on(ApplicationChanged changed) {
		if (!List.of(ApplicationStatus.Action.REJECT.name(), ApplicationStatus.Action.WITHDRAW.name())
			.contains(changed.status())) {
			return;
		}
		current(changed.applicationId()).ifPresent((standing) -> {
			this.jdbc.sql("update interview set cancelled_at = ?, sequence = sequence + 1, updated_at = ? where id = ?")
				.params(Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()), standing.id())
				.update();
			announce(byId(standing.id()), true);
		});
	}

	/** The interview that stands (not cancelled), if any. */
	public Optional<Interview> current(UUID application) {
		return this.jdbc.sql("select * from interview where application_id = ? and cancelled_at is null")
			.param(application)
			.query(Interviews::map)
			.optional();
	}

	/** The standing interviews of many applications in one statement, by application. */
	public Map<UUID, Interview> current(List<UUID> applications) {
		Map<UUID, Interview> current = new HashMap<>();
		if (applications.isEmpty()) {
			return current;
		}
		this.jdbc.sql("select * from interview where application_id = any(?) and cancelled_at is null")
			.param(applications.toArray(UUID[]::new))
			.query(Interviews::map)
			.list()
			.forEach((interview) -> current.put(interview.applicationId(), interview));
		return current;
	}

	/** The last cancelled interview of each application that has one, by application. */
	public Map<UUID, Interview> lastCancelled(List<UUID> applications) {
		Map<UUID, Interview> cancelled = new HashMap<>();
		if (applications.isEmpty()) {
			return cancelled;
		}
		this.jdbc.sql("""
				select distinct on (application_id) * from interview
				where application_id = any(?) and cancelled_at is not null
				order by application_id, cancelled_at desc
				""")
			.param(applications.toArray(UUID[]::new))
			.query(Interviews::map)
			.list()
			.forEach((interview) -> cancelled.put(interview.applicationId(), interview));
		return cancelled;
	}

	private Interview byId(UUID id) {
		return this.jdbc.sql("select * from interview where id = ?").param(id).query(Interviews::map).single();
	}

	private static Interview map(ResultSet rs, int row) throws SQLException {
		return new Interview(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getTimestamp("starts_at").toInstant(), Mode.valueOf(rs.getString("mode")), rs.getString("location"),
				rs.getString("contact"), rs.getString("notes"), rs.getInt("sequence"),
				rs.getTimestamp("cancelled_at") == null ? null : rs.getTimestamp("cancelled_at").toInstant());
	}

}
