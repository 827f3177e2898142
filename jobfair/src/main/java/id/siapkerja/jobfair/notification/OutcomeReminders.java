package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.Fairs;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder to record hire outcomes: 14 and 30 days after a fair ends, each company
 * with an accepted applicant whose outcome is not recorded is told once per round, in the
 * page (and by e-mail to those who want it). A round missed while Jobfair was down is
 * sent within a week after; the reminder's row makes it once, whatever the instances.
 */
@Component
@RequiredArgsConstructor
class OutcomeReminders {

	static final List<Integer> ROUNDS = List.of(14, 30);

	private static final Duration CATCH_UP = Duration.ofDays(7);

	private final Fairs fairs;

	private final Outcomes outcomes;

	private final Companies companies;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Tells the companies whose round is due; returns how many companies were told. */
	@Scheduled(fixedDelayString = "${siapkerja.jobfair.outcome-reminders.check:PT1H}", initialDelayString = "PT1M")
	@Transactional
	public int remind() {
		Instant now = this.clock.instant();
		int told = 0;
		for (int days : ROUNDS) {
			Instant due = now.minus(Duration.ofDays(days));
			for (Fair fair : this.fairs.endedBetween(due.minus(CATCH_UP), due)) {
				for (CompanyId company : this.outcomes.companiesAwaiting(fair.id())) {
					boolean first = this.jdbc.sql("""
							insert into outcome_reminder (fair_id, company_id, days, sent_at) values (?, ?, ?, ?)
							on conflict do nothing
							""").params(fair.id(), company, days, Timestamp.from(now)).update() == 1;
					if (first) {
						for (String sub : this.companies.activeMemberSubs(company)) {
							this.notifications.tell(sub, "notify.outcome.reminder", List.of(fair.title(), days),
									"/perusahaan/" + company + "/jobfair/" + fair.id() + "/pelamar");
						}
						told++;
					}
				}
			}
		}
		return told;
	}

}
