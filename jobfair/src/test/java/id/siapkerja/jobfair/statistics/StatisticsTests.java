package id.siapkerja.jobfair.statistics;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.entry.EntrySessions;
import id.siapkerja.jobfair.entry.Gate;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hasil rekrutmen in numbers (issue 21): a fair's applications by the applicants'
 * regency, sector, gender and age, per vacancy and by how long decisions took; the
 * dashboards over all fairs with their filters, read from the numbers each fair keeps
 * (recounted when events mark it), never showing a person.
 */
class StatisticsTests extends JobfairIntegrationTest {

	@Autowired
	Recounts recounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	Fairs fairs;

	@Autowired
	EntrySessions sessions;

	@Autowired
	Gate gate;

	@Test
	void aFairsApplicationsAreCountedByEveryTraitAndPerVacancy() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 3);
		String budi = seeker(fair, "Budi Statistik", "MALE", "2000-05-17", "32.01.01.2001");
		String siti = seeker(fair, "Siti Statistik", "FEMALE", "2005-01-01", "32.73.01.1001");
		String andi = seeker(fair, "Andi Statistik", "MALE", "1980-03-03", "31.71.01.1001");
		UUID budis = apply(fair, 0, budi);
		UUID sitis = apply(fair, 0, siti);
		apply(fair, 1, andi);
		String applicants = "/perusahaan/" + fair.company() + "/pelamar/";
		assertThat(flash(post(applicants + budis + "/terima"), fair.recruiter(), "done"))
			.isEqualTo("applicant.accepted");
		this.clock.advance(Duration.ofHours(26));
		assertThat(flash(post(applicants + sitis + "/tolak").param("reason", "Kuota penuh"), fair.recruiter(), "done"))
			.isEqualTo("applicant.rejected");

		RequestPostProcessor admin = adminPusat();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(rows(page(fair.id(), admin), "keputusan"))
				.containsExactly("Kurang dari 1 hari 1", "1–3 hari 1"));
		Document page = page(fair.id(), admin);
		assertThat(rows(page, "tahap")).contains("Lamaran 3", "Diterima 1");
		assertThat(rows(page, "jenis-kelamin")).containsExactly("Laki-laki 2 0 1 0 0", "Perempuan 1 0 0 0 0");
		assertThat(rows(page, "usia")).containsExactly("20-24 tahun 1 0 0 0 0", "25-29 tahun 1 0 1 0 0",
				"45+ tahun 1 0 0 0 0");
		assertThat(rows(page, "kabupaten")).containsExactlyInAnyOrder("Kabupaten Bogor 1 0 1 0 0",
				"Kota Bandung 1 0 0 0 0", "Kota Administrasi Jakarta Pusat 1 0 0 0 0");
		assertThat(rows(page, "provinsi")).contains("Jawa Barat 2 0 1 0 0");
		assertThat(rows(page, "sektor")).containsExactly("Industri makanan 3 0 1 0 0");
		assertThat(rows(page, "lowongan")).containsExactly("Operator 1 — " + companyName(fair) + " 2 0 1 0 0",
				"Operator 2 — " + companyName(fair) + " 1 0 0 0 0");
		assertThat(rows(page, "per-lowongan")).as("the third vacancy had none")
			.containsExactly("Tanpa lamaran 1", "1–4 lamaran 2");
		assertThat(page.text()).doesNotContain("Budi").doesNotContain("Siti").doesNotContain("Andi");
		// the columns a phone leaves out are in the CSV
		String csv = this.mvc
			.perform(get("/admin/jobfair/" + fair.id() + "/hasil.csv").param("tabel", "usia").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv)
			.startsWith("\uFEFF\"Kelompok usia\",\"Lamaran\",\"Wawancara\",\"Diterima\",\"Diterima bekerja\","
					+ "\"Bekerja, terkonfirmasi\"\r\n")
			.contains("\"25-29 tahun\",1,0,1,0,0\r\n");
		this.mvc.perform(get("/admin/jobfair/" + fair.id() + "/hasil.csv").param("tabel", "tidak-ada").with(admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDashboardsSumTheFairsTheFilterLetsThrough() throws Exception {
		OngoingFair online = ongoingFair(null, false, 1);
		OngoingFair offline = ongoingFair(null, false, 1);
		String organizer = organizerOf(online);
		this.jdbc.sql("update fair set type = 'OFFLINE', region_code = '35.78' where id = ?")
			.param(offline.id())
			.update();
		this.jdbc.sql("update fair set organizer_id = (select organizer_id from fair where id = ?) where id = ?")
			.params(online.id(), offline.id())
			.update();
		apply(online, 0, seeker(online, "Dewi Dasbor", "FEMALE", "1999-09-09", "32.01.01.2001"));
		apply(offline, 0, seeker(offline, "Eko Dasbor", "MALE", "1990-01-01", "35.78.01.1001"));
		apply(offline, 0, seeker(offline, "Fajar Dasbor", "MALE", "1991-01-01", "35.78.01.1001"));
		this.recounts.recount(online.id());
		this.recounts.recount(offline.id());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.recounts.recountDue() >= 0
					&& count("select count(*) from stat_pending where fair_id = ?", offline.id()) == 0);
		String name = this.jdbc.sql("select name from organizer o join fair f on f.organizer_id = o.id where f.id = ?")
			.param(online.id())
			.query(String.class)
			.single();

		RequestPostProcessor admin = adminPusat();
		Document all = dashboard(admin, "penyelenggara", name);
		assertThat(rows(all, "tahap")).contains("Jobfair 2", "Lamaran 3", "Check in 3");
		assertThat(rows(all, "jobfair")).hasSize(2);
		assertThat(rows(all, "jenis-kelamin")).containsExactly("Laki-laki 2 0 0 0 0", "Perempuan 1 0 0 0 0");
		Document offlineOnly = dashboard(admin, "penyelenggara", name, "jenis", "OFFLINE");
		assertThat(rows(offlineOnly, "tahap")).contains("Jobfair 1", "Lamaran 2");
		Document inJatim = dashboard(admin, "penyelenggara", name, "provinsi", "35");
		assertThat(rows(inJatim, "tahap")).contains("Jobfair 1", "Lamaran 2");
		Document later = dashboard(admin, "penyelenggara", name, "dari", "2100-01-01");
		assertThat(rows(later, "tahap")).contains("Jobfair 0", "Lamaran 0");
		// the CSV keeps the filter
		String link = all.getElementById("jobfair-csv").attr("href");
		assertThat(link).contains("penyelenggara=").contains("tabel=jobfair");
		String csv = this.mvc.perform(get(URI.create(link)).with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(3);

		// the organizer sees their own fairs only; others are sent back to their page
		Document mine = Jsoup.parse(shown(get("/kelola/hasil"), organizer));
		assertThat(rows(mine, "tahap")).contains("Jobfair 2", "Lamaran 3");
		this.mvc.perform(get("/kelola/hasil").with(as(online.recruiter()))).andExpect(redirectedUrl("/kelola"));
		this.mvc.perform(get("/admin/hasil").with(as(organizer))).andExpect(status().isForbidden());
	}

	@Test
	void anOffsiteFairCountsThePlacesBookedAndTheArrivalsAtTheGate() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 1);
		this.jdbc.sql("update fair set type = 'OFFLINE' where id = ?").param(fair.id()).update();
		Fair offline = this.fairs.byId(fair.id()).orElseThrow();
		Instant now = this.clock.instant();
		assertThat(this.sessions.add(offline, now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2)), 50))
			.isEmpty();
		String arrives = checkedInSeeker(fair);
		String staysHome = seeker(fair, "Tinggal Dirumah", "FEMALE", "1995-02-02", "32.01.01.2001");
		String code = this.sessions.book(offline, arrives, null).ticket().code();
		this.sessions.book(offline, staysHome, null);
		assertThat(this.gate.scan(offline, code, fair.recruiter()).verdict()).isEqualTo(Gate.Verdict.ADMITTED);

		this.recounts.mark(fair.id());
		assertThat(rows(page(fair.id(), adminPusat()), "tahap")).contains("Check in 2", "Memesan sesi kedatangan 2",
				"Hadir di lokasi (tiket dipindai) 1");
	}

	@Test
	void aLiveFairIsRecountedForItsFollowersWithoutAnyEvent() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 1);
		this.recounts.recount(fair.id());
		String late = member("Pengikut Terlambat");
		this.jdbc.sql("insert into fair_follower (fair_id, sub, followed_at) values (?, ?, now())")
			.params(fair.id(), late)
			.update();
		this.recounts.recountDue();
		assertThat(count("select followers from stat_fair where fair_id = ?", fair.id())).as("not yet").isZero();
		this.clock.advance(Recounts.LIVE.plusMinutes(1));
		this.recounts.recountDue();
		assertThat(count("select followers from stat_fair where fair_id = ?", fair.id())).isEqualTo(1);
	}

	@Test
	void anotherInstanceRecountingAFairLeavesItsMarkForTheNextRound() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 1);
		this.recounts.mark(fair.id());
		this.recounts.mark(fair.id());
		assertThat(count("select count(*) from stat_pending where fair_id = ?", fair.id())).as("one mark").isEqualTo(1);
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (var lock = other.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
				lock.setString(1, "statistics:" + fair.id());
				lock.execute();
			}
			assertThat(this.recounts.recount(fair.id())).as("held elsewhere").isFalse();
			assertThat(count("select count(*) from stat_pending where fair_id = ?", fair.id())).isEqualTo(1);
			other.rollback();
		}
		assertThat(this.recounts.recount(fair.id())).isTrue();
		assertThat(count("select count(*) from stat_pending where fair_id = ?", fair.id())).isZero();
		assertThat(count("select count(*) from stat_fair where fair_id = ?", fair.id())).isEqualTo(1);
	}

	private String organizerOf(OngoingFair fair) {
		String organizer = member("Pengelola Dasbor");
		this.jdbc.sql("insert into organizer_member (organizer_id, sub) select organizer_id, ? from fair where id = ?")
			.params(organizer, fair.id())
			.update();
		return organizer;
	}

	private String companyName(OngoingFair fair) {
		return this.jdbc.sql("select name from company where id = ?")
			.param(fair.company())
			.query(String.class)
			.single();
	}

	private String seeker(OngoingFair fair, String name, String gender, String born, String village) throws Exception {
		String sub = member(name);
		Map<String, Object> person = person(name, "SMA", "IPA", village, List.of("Excel"));
		person.put("gender", gender);
		person.put("birthDate", born);
		this.seekerProfiles.save(sub, person, null);
		submit("/jobfair/" + fair.slug() + "/ikuti", sub);
		submit("/portofolio/jobfair/" + fair.id() + "/check-in", sub);
		return sub;
	}

	private UUID apply(OngoingFair fair, int vacancy, String seeker) throws Exception {
		assertThat(flash(post(fair.page(fair.vacancies().get(vacancy))), seeker, "done")).isEqualTo("apply.done");
		return this.jdbc.sql("select id from application where sub = ? and vacancy_id = ?")
			.params(seeker, fair.vacancies().get(vacancy))
			.query(UUID.class)
			.single();
	}

	private Document page(FairId fair, RequestPostProcessor admin) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin/jobfair/" + fair + "/hasil").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Document dashboard(RequestPostProcessor admin, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/admin/hasil").with(admin);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> rows(Document page, String table) {
		return page.select("#" + table + " tbody tr").eachText();
	}

}
