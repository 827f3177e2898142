package id.siapkerja.jobfair.notification;

import java.time.Duration;
import java.util.UUID;

import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The reminder to record hire outcomes (issue 21): 14 days after the fair ends a company
 * with an accepted applicant and no outcome is told once, however often the job runs;
 * once the outcome is recorded, the 30-day round says nothing.
 */
class OutcomeRemindersTests extends JobfairIntegrationTest {

	@Autowired
	OutcomeReminders reminders;

	@Test
	void fourteenDaysAfterTheFairTheCompanyIsToldOnceUntilItRecords() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 1);
		String seeker = checkedInSeeker(fair);
		UUID application = applied(fair, seeker);
		String applicant = "/perusahaan/" + fair.company() + "/pelamar/" + application;
		assertThat(flash(post(applicant + "/terima"), fair.recruiter(), "done")).isEqualTo("applicant.accepted");

		this.clock.advance(Duration.ofDays(10));
		this.reminders.remind();
		assertThat(told(fair.recruiter())).as("not yet: ten days after the start").isZero();
		this.clock.advance(Duration.ofDays(7));
		this.reminders.remind();
		this.reminders.remind();
		assertThat(told(fair.recruiter())).as("once, 15 days after the end").isOne();

		assertThat(flash(post(applicant + "/hasil").param("hasil", "OFFER_DECLINED"), fair.recruiter(), "done"))
			.isEqualTo("outcome.recorded");
		this.clock.advance(Duration.ofDays(16));
		this.reminders.remind();
		assertThat(told(fair.recruiter())).as("the 30-day round: recorded, nothing to ask").isOne();
	}

	private int told(String sub) {
		return count("select count(*) from notification where message_key = 'notify.outcome.reminder' and sub = ?",
				sub);
	}

}
