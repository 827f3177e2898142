package id.siapkerja.jobfair.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.jobfair.support.SharedOutsideWorld;
import id.siapkerja.jobfair.vacancy.VacancyId;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An interview scheduled, moved and cancelled reaches the seeker by e-mail with an
 * iCalendar invitation that keeps its UID and raises its SEQUENCE (so a calendar updates
 * the same event), read from a real SMTP server (GreenMail), and by SMS through the
 * gateway's HTTP API (played by WireMock).
 */
@TestPropertySource(properties = { "siapkerja.outbox.poll=200ms", "siapkerja.jobfair.unread-mail.check=PT1H",
		"siapkerja.jobfair.application-digest.check=PT1H", "siapkerja.jobfair.reminders.check=PT1H" })
class InterviewMessagesTests extends JobfairIntegrationTest {

	static final GreenMail MAIL = SharedOutsideWorld.MAIL;

	static final WireMockServer SMS = SharedOutsideWorld.SMS;

	@Test
	void theSeekerGetsAnInvitationThatUpdatesTheSameCalendarEvent() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "budi." + tag + "@contoh.id";
		String phone = "+62812" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
		String seeker = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into member (sub, name, email, email_verified, phone, first_login_at, last_login_at)
				values (?, 'Budi', ?, true, ?, now(), now())
				""").params(seeker, email, phone).update();
		String recruiter = member("Rina");
		CompanyId company = company(recruiter, "PT Kalender", "32.01");
		UUID organizer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, ?, 'BLK', '32', 'Jl.', '021', 'blk@contoh.id', 'Agus', now())
				""").params(organizer, "BLK Kalender " + organizer).update();
		FairId fair = FairId.random();
		Instant start = Instant.now().minus(Duration.ofHours(1));
		this.jdbc
			.sql("""
					insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
						registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
					values (?, ?, ?, 'Jobfair Kalender', 'Jobfair untuk menguji undangan kalender.', 'ONLINE', 'Asia/Makassar',
						?, ?, ?, 'Agus', '021', 'ONGOING', now(), now())
					""")
			.params(fair, "kalender-" + fair, organizer, Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofDays(1))), Timestamp.from(start.minus(Duration.ofDays(1))))
			.update();
		VacancyId vacancy = this.jdbc
			.sql("""
					insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
						min_education, openings, deadline, status, created_at, updated_at)
					values (gen_random_uuid(), ?, 'Teknisi Listrik', 'Deskripsi pekerjaan yang cukup panjang.', 'PENUH_WAKTU',
						'DI_KANTOR', '32.01', 'SMA', 1, current_date + 30, 'OPEN', now(), now()) returning id
					""")
			.param(company)
			.query((rs, row) -> new VacancyId(rs.getObject(1, UUID.class)))
			.single();
		UUID application = this.jdbc
			.sql("""
					insert into application (id, fair_id, vacancy_id, company_id, sub, status, snapshot, submitted_at, updated_at)
					values (gen_random_uuid(), ?, ?, ?, ?, 'SUBMITTED', '{}', now(), now()) returning id
					""")
			.params(fair, vacancy, company, seeker)
			.query(UUID.class)
			.single();

		String day = LocalDate.now().plusDays(3).toString();
		schedule(company, application, recruiter, day, "09:00", "https://meet.contoh.id/a");
		List<String> invitations = calendars(email, 1);
		String first = invitations.get(0);
		assertThat(first).contains("METHOD:REQUEST")
			.contains("SEQUENCE:0")
			.contains("DTSTART:" + day.replace("-", "") + "T010000Z")
			.as("09:00 WITA is 01:00 UTC")
			.contains("LOCATION:https://meet.contoh.id/a");
		String uid = first.lines().filter((l) -> l.startsWith("UID:")).findFirst().orElseThrow();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(MAIL.getReceivedMessagesForDomain(email)).anyMatch((m) -> {
				try {
					return m.getSubject().equals("Pemberitahuan SIAPkerja Jobfair")
							&& GreenMailUtil.getBody(m).contains("Anda diundang wawancara");
				}
				catch (MessagingException ex) {
					return false;
				}
			}));

		schedule(company, application, recruiter, day, "13:00", "Kantor PT Kalender\\, Lantai 2");
		String moved = calendars(email, 2).get(1);
		assertThat(moved).contains(uid).contains("SEQUENCE:1").contains("T050000Z");

		submit("/perusahaan/" + company + "/pelamar/" + application + "/wawancara/batal", recruiter);
		String cancelled = calendars(email, 3).get(2);
		assertThat(cancelled).contains(uid)
			.contains("METHOD:CANCEL")
			.contains("STATUS:CANCELLED")
			.contains("SEQUENCE:2");

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> SMS.verify(2,
					postRequestedFor(urlEqualTo("/sms/api/messages")).withRequestBody(containing(phone))
						.withRequestBody(containing("wawancara Teknisi Listrik di PT Kalender"))));

		// scheduled again, then the applicant is rejected: the interview does not stand,
		// the seeker's calendar gets its cancellation and the portfolio says so
		schedule(company, application, recruiter, day, "10:00", "https://meet.contoh.id/b");
		String again = calendars(email, 4).get(3);
		String againUid = again.lines().filter((l) -> l.startsWith("UID:")).findFirst().orElseThrow();
		page(post("/perusahaan/" + company + "/pelamar/" + application + "/tolak").param("reason",
				"Posisi sudah terisi."), recruiter);
		assertThat(count("select count(*) from application where id = ? and status = 'REJECTED'", application)).isOne();
		assertThat(
				count("select count(*) from interview where application_id = ? and cancelled_at is null", application))
			.as("no interview stands")
			.isZero();
		assertThat(calendars(email, 5).get(4)).contains(againUid).contains("METHOD:CANCEL");
		String portfolio = shown(get("/portofolio/lamaran"), seeker);
		assertThat(portfolio).contains("id=\"interview-cancelled-" + application + "\"")
			.contains("dibatalkan")
			.doesNotContain("id=\"interview-" + application + "\"");
	}

	private void schedule(CompanyId company, UUID application, String recruiter, String day, String time, String place)
			throws Exception {
		this.mvc
			.perform(post("/perusahaan/" + company + "/pelamar/" + application + "/wawancara").param("date", day)
				.param("time", time)
				.param("mode", place.startsWith("https://") ? "ONLINE" : "ONSITE")
				.param("location", place.replace("\\,", ","))
				.param("contact", "Rina 0812")
				.with(as(recruiter))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("done")).isNotNull());
	}

	/**
	 * The calendar attachments of the e-mails to the address, oldest first, once there
	 * are this many.
	 */
	private List<String> calendars(String address, int count) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<String> found = new ArrayList<>();
			for (MimeMessage message : MAIL.getReceivedMessagesForDomain(address)) {
				if (!message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
						|| !(message.getContent() instanceof MimeMultipart multipart)) {
					continue;
				}
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart part = multipart.getBodyPart(i);
					if (part.getContentType().startsWith("text/calendar")) {
						found.add(GreenMailUtil.getBody(part).replace("=\r\n", "").replace("=3D", "="));
					}
				}
			}
			return found;
		}, (found) -> found.size() >= count);
	}

}
