package id.siapkerja.jobfair.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hire outcomes (issue 21): the company records what became of an accepted applicant, the
 * seeker says "saya sudah bekerja", a hire both agree on is confirmed; the fair's funnel
 * for its organizer and Admin Pusat as a page with a chart and its table, and as CSV;
 * nobody else sees it.
 */
class OutcomesTests extends JobfairIntegrationTest {

	@Test
	void anAcceptedApplicantHiredAndConfirmedShowsInTheFunnelAndItsCsv() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 2);
		String seeker = checkedInSeeker(fair);
		UUID application = applied(fair, seeker);
		String applicant = "/perusahaan/" + fair.company() + "/pelamar/" + application;

		// not before it is accepted
		assertThat(flash(post(applicant + "/hasil").param("hasil", "HIRED")
			.param("mulai", "2027-01-04")
			.param("kontrak", "PKWT"), fair.recruiter(), "problem")).isEqualTo("outcome.not-accepted");
		assertThat(flash(post("/portofolio/lamaran/" + application + "/bekerja"), seeker, "problem"))
			.isEqualTo("outcome.not-accepted");

		assertThat(flash(post(applicant + "/terima"), fair.recruiter(), "done")).isEqualTo("applicant.accepted");
		assertThat(shown(get(applicant), fair.recruiter())).contains("Hasil rekrutmen")
			.contains("PKWT (kontrak waktu tertentu)");
		// a hire without its start and contract is explained, nothing stored
		assertThat(flash(post(applicant + "/hasil").param("hasil", "HIRED"), fair.recruiter(), "problem"))
			.isEqualTo("outcome.hired.incomplete");
		assertThat(count("select count(*) from application_outcome where application_id = ?", application)).isZero();
		assertThat(flash(post(applicant + "/hasil").param("hasil", "HIRED")
			.param("mulai", "2027-01-04")
			.param("kontrak", "PKWTT")
			.param("upah", "FROM_3M"), fair.recruiter(), "done")).isEqualTo("outcome.recorded");
		// another company's member cannot record it
		String other = member("Rekruter Lain", "lain@contoh.id");
		company(other, "PT Lain " + UUID.randomUUID().toString().substring(0, 4), "32.01");
		this.mvc.perform(post(applicant + "/hasil").param("hasil", "OFFER_DECLINED").with(as(other)).with(csrf()))
			.andExpect(status().is4xxClientError());

		assertThat(shown(get("/portofolio/lamaran"), seeker)).contains("Saya sudah bekerja di sini");
		assertThat(flash(post("/portofolio/lamaran/" + application + "/bekerja"), seeker, "done"))
			.isEqualTo("outcome.seeker.done");
		assertThat(shown(get("/portofolio/lamaran"), seeker)).contains("Anda bekerja di sini (terkonfirmasi");
		assertThat(shown(get(applicant), fair.recruiter())).contains("hasil ini terkonfirmasi");

		// the funnel: for the organizer and Admin Pusat, not for the company
		String organizer = member("Pengelola Uji");
		this.jdbc.sql("insert into organizer_member (organizer_id, sub) select organizer_id, ? from fair where id = ?")
			.params(organizer, fair.id())
			.update();
		RequestPostProcessor asAdmin = adminPusat();
		// the numbers are recounted once the events of the outcome have arrived
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Jsoup.parse(adminPage(fair, asAdmin)).select("#tahap tbody tr").eachText())
				.containsExactly("Mengikuti 1", "Check in 1", "Lamaran 1", "Wawancara 0", "Diterima 1",
						"Diterima bekerja 1", "Bekerja, terkonfirmasi 1"));
		String page = adminPage(fair, asAdmin);
		assertThat(page).contains("chart.umd").contains("/js/hasil");
		for (String script : Jsoup.parse(page).select("script[src*=chart.umd], script[src*=hasil]").eachAttr("src")) {
			this.mvc.perform(get(script).with(asAdmin)).andExpect(status().isOk());
		}
		byte[] csv = this.mvc.perform(get("/admin/jobfair/" + fair.id() + "/hasil.csv").with(asAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Tahap\",\"Jumlah\"\r\n").contains("\"Bekerja, terkonfirmasi\",1\r\n");
		this.mvc.perform(get("/admin/jobfair/" + fair.id() + "/hasil").with(as(fair.recruiter())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/kelola/jobfair/" + fair.id() + "/hasil").with(as(fair.recruiter())))
			.andExpect(status().isNotFound());
		assertThat(shown(get("/kelola/jobfair/" + fair.id() + "/hasil"), organizer)).contains("Diterima bekerja");
		assertThat(Jsoup.parse(page).select("#pendidikan tbody tr").eachText()).as("exact for Admin Pusat")
			.containsExactly("SMK 1 0 1 1 1");

		// the public open data: only once the fair is over, small counts withheld
		this.mvc.perform(get("/jobfair/" + fair.slug() + "/data")).andExpect(status().isNotFound());
		this.clock.advance(Duration.ofDays(3));
		String open = this.mvc.perform(get("/jobfair/" + fair.slug() + "/data"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(open).select("#tahap tbody tr").eachText()).contains("Lamaran < 5", "Wawancara 0",
				"Bekerja, terkonfirmasi < 5");
		assertThat(Jsoup.parse(open).select("#pendidikan tbody tr").eachText())
			.containsExactly("SMK < 5 0 < 5 < 5 < 5");
		assertThat(open).doesNotContain("Budi");
		String openCsv = this.mvc.perform(get("/jobfair/" + fair.slug() + "/data.csv").param("tabel", "pendidikan"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(openCsv)
			.isEqualTo("\uFEFF\"Pendidikan\",\"Lamaran\",\"Wawancara\",\"Diterima\",\"Diterima bekerja\","
					+ "\"Bekerja, terkonfirmasi\"\r\n\"SMK\",\"< 5\",0,\"< 5\",\"< 5\",\"< 5\"\r\n");
	}

	private String adminPage(OngoingFair fair, RequestPostProcessor asAdmin) throws Exception {
		return this.mvc.perform(get("/admin/jobfair/" + fair.id() + "/hasil").with(asAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
