package id.siapkerja.jobfair.notification;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import id.siapkerja.jobfair.application.ApplicationSubmitted;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.messaging.MessageSent.Side;
import id.siapkerja.jobfair.messaging.MessageSent;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.jobfair.support.SharedOutsideWorld;
import id.siapkerja.jobfair.vacancy.VacancyId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-mails that gather, from the events the other modules publish: a message unread
 * for 15 minutes is mailed to its recipient once; new applications reach a company's
 * members as one e-mail per hour. Read from a real SMTP server (GreenMail).
 */
@TestPropertySource(properties = { "siapkerja.outbox.poll=200ms", "siapkerja.jobfair.unread-mail.check=PT1H",
		"siapkerja.jobfair.application-digest.check=PT1H", "siapkerja.jobfair.reminders.check=PT1H" })
class DigestTests extends JobfairIntegrationTest {

	static final GreenMail MAIL = SharedOutsideWorld.MAIL;

	@Autowired
	UnreadMail unreadMail;

	@Autowired
	ApplicationDigest digest;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aMessageUnreadForFifteenMinutesIsMailedOnceAndApplicationsOncePerHour() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String seekerEmail = "budi." + tag + "@contoh.id";
		String recruiterEmail = "hrd." + tag + "@contoh.id";
		String seeker = member("Budi", seekerEmail);
		String recruiter = member("Rina", recruiterEmail);
		CompanyId company = CompanyId.random();
		this.jdbc.sql("""
				insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
				values (?, ?, 'PT', 'Industri', 'BESAR', '32.01', 'Jl.', '021', 'x@contoh.id', now())
				""").params(company, "PT Ringkas " + tag).update();
		this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, ?, 'Rina', 'OWNER', 'ACTIVE', now())
				""").params(company, recruiter, recruiterEmail).update();
		UUID conversation = UUID.randomUUID();
		publish(new MessageSent(conversation, Side.COMPANY, company.toString(), Side.SEEKER, seeker,
				this.clock.instant()));
		await().atMost(Duration.ofSeconds(10)).until(() -> waiting(conversation) == 1);

		this.unreadMail.mail();
		assertThat(mailed(conversation)).as("not yet 15 minutes").isZero();
		this.clock.advance(Duration.ofMinutes(16));
		this.unreadMail.mail();
		assertThat(mailed(conversation)).isOne();
		this.unreadMail.mail();
		assertThat(mailed(conversation)).as("once").isOne();
		String body = mailTo(seekerEmail, "Pesan baru dari PT Ringkas " + tag);
		assertThat(body).contains("/percakapan/" + conversation);

		// three applications arrive: one e-mail; one more within the hour waits for the
		// next
		for (int i = 0; i < 3; i++) {
			application(company, member("Pelamar " + i, null));
		}
		this.digest.send();
		assertThat(digests(company)).isOne();
		assertThat(mailTo(recruiterEmail, "3 lamaran baru untuk PT Ringkas " + tag)).contains("/perusahaan/" + company);
		this.clock.advance(Duration.ofMinutes(10));
		application(company, member("Pelamar 4", null));
		this.digest.send();
		assertThat(digests(company)).as("not again within the hour").isOne();
		this.clock.advance(Duration.ofMinutes(51));
		this.digest.send();
		assertThat(digests(company)).isEqualTo(2);
		assertThat(mailTo(recruiterEmail, "1 lamaran baru untuk PT Ringkas " + tag)).isNotEmpty();
		assertThat(MAIL.getReceivedMessagesForDomain(recruiterEmail)).as("the digests, not a mail per applicant")
			.hasSize(2);
	}

	private int mailed(UUID conversation) {
		return count("select count(*) from message_mail where conversation_id = ?", conversation);
	}

	private int digests(CompanyId company) {
		return count("select count(*) from application_digest where company_id = ?", company);
	}

	/** A seeker applies: the application module publishes this with its transaction. */
	private void application(CompanyId company, String sub) {
		UUID application = UUID.randomUUID();
		publish(new ApplicationSubmitted(application, FairId.random(), VacancyId.random(), "Operator", company, sub,
				this.clock.instant()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("select count(*) from digest_application where application_id = ?", application) == 1);
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private int waiting(UUID conversation) {
		return count("select count(*) from unread_message where conversation_id = ?", conversation);
	}

}
