package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.siapkerja.webkit.test.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-mails that gather: a message unread for 15 minutes is mailed to its recipient
 * once; new applications reach a company's members as one e-mail per hour. Read from a
 * real SMTP server (GreenMail).
 */
@SpringBootTest(properties = { "siapkerja.outbox.poll=200ms", "siapkerja.jobfair.unread-mail.check=PT1H",
		"siapkerja.jobfair.application-digest.check=PT1H", "siapkerja.jobfair.reminders.check=PT1H" })
@Import(DigestTests.Clocks.class)
class DigestTests {

	static final GreenMail MAIL = id.siapkerja.jobfair.support.SharedOutsideWorld.MAIL;

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void aMessageUnreadForFifteenMinutesIsMailedOnceAndApplicationsOncePerHour() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String seekerEmail = "budi." + tag + "@contoh.id";
		String recruiterEmail = "hrd." + tag + "@contoh.id";
		String seeker = member("Budi", seekerEmail);
		String recruiter = member("Rina", recruiterEmail);
		UUID company = UUID.randomUUID();
		this.jdbc.sql("""
				insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
				values (?, ?, 'PT', 'Industri', 'BESAR', '32.01', 'Jl.', '021', 'x@contoh.id', now())
				""").params(company, "PT Ringkas " + tag).update();
		this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, ?, 'Rina', 'OWNER', 'ACTIVE', now())
				""").params(company, recruiter, recruiterEmail).update();
		UUID fair = fair();
		UUID conversation = UUID.randomUUID();
		this.jdbc.sql("""
				insert into conversation (id, fair_id, a_kind, a_id, b_kind, b_id, last_message_at, created_at)
				values (?, ?, 'COMPANY', ?, 'SEEKER', ?, ?, now())
				""").params(conversation, fair, company.toString(), seeker, now()).update();
		this.jdbc.sql("""
				insert into message (id, conversation_id, author_sub, author_name, author_kind, body, sent_at)
				values (gen_random_uuid(), ?, ?, 'Rina', 'COMPANY', 'Jadwal wawancara besok jam 10.', ?)
				""").params(conversation, recruiter, now()).update();

		Object unreadMail = this.context.getBean("unreadMail");
		java.lang.reflect.Method mail = unreadMail.getClass().getMethod("mail");
		mail.invoke(unreadMail);
		assertThat(mailed(conversation)).as("not yet 15 minutes").isZero();
		this.clock.advance(Duration.ofMinutes(16));
		mail.invoke(unreadMail);
		assertThat(mailed(conversation)).isOne();
		mail.invoke(unreadMail);
		assertThat(mailed(conversation)).as("once").isOne();
		String body = mailTo(seekerEmail, "Pesan baru dari PT Ringkas " + tag);
		assertThat(body).contains("/percakapan/" + conversation);

		// three applications arrive: one e-mail; one more within the hour waits for the
		// next
		for (int i = 0; i < 3; i++) {
			application(fair, company, member("Pelamar " + i, null));
		}
		Object digest = this.context.getBean("applicationDigest");
		java.lang.reflect.Method send = digest.getClass().getMethod("send");
		send.invoke(digest);
		assertThat(count(company)).isOne();
		assertThat(mailTo(recruiterEmail, "3 lamaran baru untuk PT Ringkas " + tag)).contains("/perusahaan/" + company);
		this.clock.advance(Duration.ofMinutes(10));
		application(fair, company, member("Pelamar 4", null));
		send.invoke(digest);
		assertThat(count(company)).as("not again within the hour").isOne();
		this.clock.advance(Duration.ofMinutes(51));
		send.invoke(digest);
		assertThat(count(company)).isEqualTo(2);
		assertThat(mailTo(recruiterEmail, "1 lamaran baru untuk PT Ringkas " + tag)).isNotEmpty();
	}

	private int mailed(UUID conversation) {
		return this.jdbc.sql("select count(*) from message_mail where conversation_id = ?")
			.param(conversation)
			.query(Integer.class)
			.single();
	}

	private int count(UUID company) {
		return this.jdbc.sql("select count(*) from application_digest where company_id = ?")
			.param(company)
			.query(Integer.class)
			.single();
	}

	private void application(UUID fair, UUID company, String sub) {
		UUID vacancy = this.jdbc.sql("""
				insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
					min_education, openings, deadline, status, created_at, updated_at)
				values (gen_random_uuid(), ?, 'Operator', 'Deskripsi pekerjaan yang cukup panjang.', 'PENUH_WAKTU',
					'DI_KANTOR', '32.01', 'SMA', 1, current_date + 30, 'OPEN', now(), now()) returning id
				""").param(company).query(UUID.class).single();
		this.jdbc
			.sql("""
					insert into application (id, fair_id, vacancy_id, company_id, sub, status, snapshot, submitted_at, updated_at)
					values (gen_random_uuid(), ?, ?, ?, ?, 'SUBMITTED', '{}', ?, ?)
					""")
			.params(fair, vacancy, company, sub, now(), now())
			.update();
	}

	private UUID fair() {
		UUID organizer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, ?, 'BLK', '32', 'Jl.', '021', 'blk@contoh.id', 'Agus', now())
				""").params(organizer, "BLK Ringkas " + organizer).update();
		UUID fair = UUID.randomUUID();
		Instant start = this.clock.instant().minus(Duration.ofHours(1));
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
					registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
				values (?, ?, ?, 'Jobfair Ringkas', 'Jobfair untuk menguji ringkasan e-mail.', 'ONLINE', 'Asia/Jakarta',
					?, ?, ?, 'Agus', '021', 'ONGOING', now(), now())
				""")
			.params(fair, "ringkas-" + fair, organizer, Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofDays(1))), Timestamp.from(start.minus(Duration.ofDays(1))))
			.update();
		return fair;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private String member(String name, String email) {
		String sub = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into member (sub, name, email, email_verified, first_login_at, last_login_at)
				values (?, ?, ?, true, now(), now())
				""").params(sub, name, email).update();
		return sub;
	}

	private String mailTo(String address, String subject) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (MimeMessage message : MAIL.getReceivedMessagesForDomain(address)) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
						&& message.getSubject().contains(subject)) {
					return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
				}
			}
			return null;
		}, java.util.Objects::nonNull);
	}

}
