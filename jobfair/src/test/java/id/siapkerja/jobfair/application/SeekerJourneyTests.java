package id.siapkerja.jobfair.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.seeker.SeekerProfiles;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.jobfair.vacancy.VacancyId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Seekers and companies around applications (J-S-b … h, J-C-m … s) through the pages,
 * with a moved clock: following, check-in two hours before the start, vacancies only once
 * the fair runs and matched to the profile, one application per vacancy whatever the
 * clicks, the snapshot kept as sent, the company's review and interview, the FAQ.
 */
class SeekerJourneyTests extends JobfairIntegrationTest {

	static final String LINK_REFUSED = "Untuk wawancara daring, isi tautan yang diawali https://.";

	static final String PAST_REFUSED = "Waktu wawancara sudah lewat.";

	static final String FAQ_REQUIRED = "Isi pertanyaan dan jawabannya.";

	@Autowired
	SeekerProfiles profiles;

	@Autowired
	Matches matches;

	@Autowired
	id.siapkerja.jobfair.fair.Fairs fairs;

	private FairId fair;

	private String slug;

	private CompanyId company;

	private String recruiter;

	private VacancyId operator;

	private VacancyId programmer;

	private VacancyId remote;

	private VacancyId closed;

	private VacancyId expired;

	@BeforeEach
	void anAcceptedCompanyInAFairStartingInThreeHours() {
		UUID organizer = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
					values (?, ?, 'DISNAKER_KABKOTA', '32', 'Jl. Tegar Beriman', '021-8765432', 'disnaker@contoh.id', 'Sri', now())
					""")
			.params(organizer, "Disnaker Uji " + organizer)
			.update();
		this.fair = FairId.random();
		this.slug = "bursa-uji-" + this.fair;
		Instant start = this.clock.instant().plus(Duration.ofHours(3));
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
					registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
				values (?, ?, ?, 'Bursa Kerja Uji', 'Bursa kerja untuk menguji lamaran pencaker.', 'ONLINE',
					'Asia/Jakarta', ?, ?, ?, 'Sri', '0218765432', 'PUBLISHED', now(), now())
				""")
			.params(this.fair, this.slug, organizer, Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofDays(2))), Timestamp.from(start.minus(Duration.ofDays(1))))
			.update();
		this.recruiter = member("Rekruter", "hrd@contoh.id");
		this.company = company(this.recruiter, "PT Uji Lamaran " + this.fair.toString().substring(0, 5), "32.01");
		UUID participation = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation (id, fair_id, company_id, status, requested_by, requested_at)
				values (?, ?, ?, 'ACCEPTED', 'uji', now())
				""").params(participation, this.fair, this.company).update();
		this.operator = vacancy(participation, "Operator Produksi", "SMK", new String[0],
				new String[] { "microsoft excel", "k3 umum" }, "32.01", "DI_KANTOR", "OPEN", 30);
		this.programmer = vacancy(participation, "Programmer", "S1", new String[] { "Teknik Informatika" },
				new String[] { "java", "sql" }, "32.01", "DI_KANTOR", "OPEN", 30);
		this.remote = vacancy(participation, "Admin Media Sosial Jarak Jauh", "SMA", new String[0],
				new String[] { "microsoft excel" }, "51.71", "JARAK_JAUH", "OPEN", 30);
		vacancy(participation, "Staf Gudang Bali", "SMA", new String[0], new String[0], "51.71", "DI_KANTOR", "OPEN",
				30);
		this.closed = vacancy(participation, "Kasir Ditutup", "SMA", new String[0], new String[0], "32.01", "DI_KANTOR",
				"CLOSED", 30);
		this.expired = vacancy(participation, "Sopir Kedaluwarsa", "SMA", new String[0], new String[0], "32.01",
				"DI_KANTOR", "OPEN", 0);
	}

	@Test
	void followCheckInSeeMatchesApplyOnceAndFollowTheApplication() throws Exception {
		String seeker = seeker("Budi Santoso", "SMK", "Teknik Mesin", "32.01.01.2001", "Excel", "K3");

		// a profile without education cannot follow; the page leads to akun
		String unready = member("Belum Lengkap", null);
		this.profiles.save(unready, person("Belum Lengkap", null, "", "", List.of()), null);
		assertThat(shown(get("/jobfair/" + this.slug + "/ikuti"), unready)).contains("Lengkapi Profil")
			.contains("/profil/lengkapi");
		submit("/jobfair/" + this.slug + "/ikuti", unready);
		assertThat(count("select count(*) from fair_follower where sub = ?", unready)).isZero();

		submit("/jobfair/" + this.slug + "/ikuti", seeker);
		assertThat(shown(get("/portofolio"), seeker)).contains("Bursa Kerja Uji");
		// three hours before: check-in not open yet, and says when
		assertThat(shown(get("/portofolio/jobfair/" + this.fair), seeker)).contains("Check in belum dibuka")
			.doesNotContain("Operator Produksi");
		assertThat(flash(post("/portofolio/jobfair/" + this.fair + "/check-in"), seeker, "problem"))
			.isEqualTo("follow.refused.check-in-not-yet");

		// two hours before: check in; the fair's information shows, the vacancies do not
		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		assertThat(flash(post("/portofolio/jobfair/" + this.fair + "/check-in"), seeker, "done"))
			.isEqualTo("checkin.done");
		String before = shown(get("/portofolio/jobfair/" + this.fair), seeker);
		assertThat(before).contains("Perusahaan dan lowongan tampil di sini saat jobfair dimulai")
			.doesNotContain("Operator Produksi");
		assertThat(flash(post("/portofolio/jobfair/" + this.fair + "/lowongan/" + this.operator), seeker, "problem"))
			.isEqualTo("apply.refused.fair-not-ongoing");

		// the fair runs (its page says so at once; the scheduled job records the start
		// and
		// tells the checked-in): the matching vacancies, ranked, each saying why
		this.clock.advance(Duration.ofHours(2));
		String during = shown(get("/portofolio/jobfair/" + this.fair), seeker);
		this.fairs.followTheClock();
		assertThat(during).contains("Operator Produksi")
			.contains("Cocok: 2 dari 2 keahlian")
			.contains("Admin Media Sosial Jarak Jauh")
			.doesNotContain("Programmer")
			.doesNotContain("Staf Gudang Bali")
			.doesNotContain("Kasir Ditutup")
			.doesNotContain("Sopir Kedaluwarsa");
		assertThat(during.indexOf("Operator Produksi")).as("two shared skills rank above one")
			.isLessThan(during.indexOf("Admin Media Sosial"));
		assertThat(shown(get("/portofolio/jobfair/" + this.fair + "?semua=true"), seeker)).contains("Programmer")
			.contains("pendidikan belum memenuhi")
			.contains("jurusan berbeda")
			.contains("Staf Gudang Bali")
			.contains("lokasi di provinsi lain");

		// "Lamar sekarang": 20 identical requests at once make one application
		assertThat(shown(get("/portofolio/jobfair/" + this.fair + "/lowongan/" + this.operator), seeker))
			.as("the vacancy → 'Lamar sekarang' → the profile that will be sent → 'Lanjutkan'")
			.containsPattern("(?s)id=\"apply-now\">Lamar sekarang</summary>.*Profil yang akan dikirim.*>Lanjutkan<")
			.contains("Budi Santoso")
			.contains("lulus 2020")
			.as("an empty section of the profile says so")
			.contains("Belum diisi")
			.doesNotContain("2.020")
			.doesNotContain("3201");
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Callable<String> apply = () -> flash(post("/portofolio/jobfair/" + this.fair + "/lowongan/" + this.operator)
				.param("note", "Siap bekerja shift."), seeker, "done");
			results.add(pool.submit(apply));
		}
		for (Future<String> result : results) {
			assertThat(result.get()).isIn("apply.done", "apply.already");
		}
		pool.shutdown();
		assertThat(count("select count(*) from application where sub = ?", seeker)).isOne();
		UUID application = this.jdbc.sql("select id from application where sub = ?")
			.param(seeker)
			.query(UUID.class)
			.single();
		// the company's team is told of the new applicant (ApplicationSubmitted), once
		// for the twenty requests
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(shown(get("/pemberitahuan"), this.recruiter))
				.contains("Lamaran baru dari Budi Santoso untuk Operator Produksi.")
				.contains("/perusahaan/" + this.company + "/pelamar/" + application));
		assertThat(
				count("select count(*) from notification where sub = ? and message_key = 'notify.application.received'",
						this.recruiter))
			.isOne();
		// the vacancy's card and its page say it was applied to, with the status
		assertThat(shown(get("/portofolio/jobfair/" + this.fair), seeker))
			.containsPattern("(?s)id=\"applied-" + this.operator + "\"[^>]*>Sudah dilamar · Terkirim<");
		assertThat(shown(get("/portofolio/jobfair/" + this.fair + "/lowongan/" + this.operator), seeker))
			.contains("Sudah dilamar. Status: Terkirim.")
			.doesNotContain("id=\"apply-form\"");

		// every other refusal
		assertThat(flash(post("/portofolio/jobfair/" + this.fair + "/lowongan/" + this.closed), seeker, "problem"))
			.isEqualTo("apply.refused.vacancy-not-open");
		assertThat(flash(post("/portofolio/jobfair/" + this.fair + "/lowongan/" + this.expired), seeker, "problem"))
			.isEqualTo("apply.refused.deadline-passed");
		String notCheckedIn = seeker("Tidak Check In", "SMA", "", "32.01.01.2001");
		submit("/jobfair/" + this.slug + "/ikuti", notCheckedIn);
		assertThat(
				flash(post("/portofolio/jobfair/" + this.fair + "/lowongan/" + this.operator), notCheckedIn, "problem"))
			.isEqualTo("apply.refused.not-checked-in");

		// the snapshot stays as sent when the profile changes later
		this.profiles.save(seeker,
				person("Budi Santoso Baru", "S1", "Teknik Informatika", "32.01.01.2001", List.of("Java")), null);
		String applicant = shown(get("/perusahaan/" + this.company + "/pelamar/" + application), this.recruiter);
		assertThat(applicant).contains("Budi Santoso")
			.doesNotContain("Budi Santoso Baru")
			.contains("Siap bekerja shift.");

		// another company sees and does nothing of it
		String other = member("Rekruter Lain", "lain@contoh.id");
		CompanyId otherCompany = company(other, "PT Lain " + this.fair.toString().substring(0, 5), "32.01");
		for (String path : new String[] { "/perusahaan/" + otherCompany + "/pelamar/" + application,
				"/perusahaan/" + this.company + "/pelamar/" + application,
				"/perusahaan/" + this.company + "/jobfair/" + this.fair + "/pelamar",
				"/perusahaan/" + otherCompany + "/pelamar/" + application + "/foto.jpg" }) {
			assertThat(this.mvc.perform(get(path).with(as(other))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
		assertThat(this.mvc
			.perform(post("/perusahaan/" + otherCompany + "/pelamar/" + application + "/terima").with(as(other))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(status(application)).isEqualTo("SUBMITTED");

		// the company's list, an interview, and the seeker sees it at once
		assertThat(shown(get("/perusahaan/" + this.company + "/jobfair/" + this.fair + "/pelamar?keahlian=excel"),
				this.recruiter))
			.contains("Budi Santoso")
			.contains("2 dari 2 keahlian");
		assertThat(shown(get("/perusahaan/" + this.company + "/jobfair/" + this.fair + "/pelamar?status=ACCEPTED"),
				this.recruiter))
			.doesNotContain("Budi Santoso");
		assertThat(shown(
				get("/perusahaan/" + this.company + "/jobfair/" + this.fair + "/pelamar?lowongan=" + this.programmer),
				this.recruiter))
			.as("per vacancy")
			.doesNotContain("Budi Santoso");
		LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(3);
		String refused = shown(post("/perusahaan/" + this.company + "/pelamar/" + application + "/wawancara")
			.param("date", day.toString())
			.param("time", "10:00")
			.param("mode", "ONLINE")
			.param("location", "http://tidak-aman.contoh.id")
			.param("contact", "Rina 0812")
			.with(csrf()), this.recruiter);
		assertThat(org.jsoup.Jsoup.parse(refused).select("#location-error").text())
			.as("the message at the field, what was typed kept")
			.isEqualTo(LINK_REFUSED);
		assertThat(org.jsoup.Jsoup.parse(refused).select("#location").attr("value"))
			.isEqualTo("http://tidak-aman.contoh.id");
		String past = shown(post("/perusahaan/" + this.company + "/pelamar/" + application + "/wawancara")
			.param("date", day.minusDays(10).toString())
			.param("time", "10:00")
			.param("mode", "ONSITE")
			.param("location", "Kantor PT Uji")
			.param("contact", "Rina 0812")
			.with(csrf()), this.recruiter);
		assertThat(org.jsoup.Jsoup.parse(past).select("#date-error").text()).isEqualTo(PAST_REFUSED);
		assertThat(count("select count(*) from interview where application_id = ?", application)).isZero();
		assertThat(flash(post("/perusahaan/" + this.company + "/pelamar/" + application + "/wawancara")
			.param("date", day.toString())
			.param("time", "10:00")
			.param("mode", "ONLINE")
			.param("location", "https://meet.contoh.id/wawancara-budi")
			.param("contact", "Rina 0812"), this.recruiter, "done")).isEqualTo("interview.scheduled");
		assertThat(status(application)).isEqualTo("INTERVIEW");
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(shown(get("/pemberitahuan"), seeker)).as("told in the page")
				.contains("Anda diundang wawancara"));
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(shown(get("/pemberitahuan"), seeker))
				.as("the start was told to the checked-in seeker")
				.contains("Jobfair Bursa Kerja Uji sudah dimulai"));
		assertThat(shown(get("/"), seeker)).contains("Pemberitahuan (2)");
		String mine = shown(get("/portofolio/lamaran"), seeker);
		assertThat(mine).contains("Wawancara")
			.contains("10:00 WIB")
			.contains("https://meet.contoh.id/wawancara-budi")
			.contains("Terkirim");
		// rescheduled: the same interview, a new time
		flash(post("/perusahaan/" + this.company + "/pelamar/" + application + "/wawancara")
			.param("date", day.toString())
			.param("time", "13:30")
			.param("mode", "ONSITE")
			.param("location", "Kantor PT Uji, Cibinong")
			.param("contact", "Rina 0812"), this.recruiter, "done");
		assertThat(count("select count(*) from interview where application_id = ?", application)).isOne();
		assertThat(shown(get("/portofolio/lamaran"), seeker)).contains("13:30 WIB").contains("Kantor PT Uji");
		assertThat(flash(post("/perusahaan/" + this.company + "/pelamar/" + application + "/terima"), this.recruiter,
				"done"))
			.isEqualTo("applicant.accepted");
		assertThat(flash(post("/portofolio/lamaran/" + application + "/tarik"), seeker, "problem"))
			.as("decided: no withdrawing")
			.isEqualTo("apply.not-withdrawable");
		assertThat(shown(get("/portofolio/lamaran"), seeker)).contains("Diterima");
	}

	@Test
	void theCompanysFaqIsWrittenOrderedAndReadBySeekers() throws Exception {
		String base = "/perusahaan/" + this.company + "/jobfair/" + this.fair + "/faq";
		flash(post(base).param("question", "Apakah ada mes karyawan?").param("answer", "Ada, gratis."), this.recruiter,
				"done");
		flash(post(base).param("question", "Berapa jam kerja?").param("answer", "8 jam, 3 sif."), this.recruiter,
				"done");
		org.jsoup.nodes.Document refused = org.jsoup.Jsoup
			.parse(shown(post(base).param("question", "").param("answer", "Jawaban tetap di sini.").with(csrf()),
					this.recruiter));
		assertThat(refused.select("#question-error").text()).isEqualTo(FAQ_REQUIRED);
		assertThat(refused.select("#answer").text()).as("what was typed is kept").isEqualTo("Jawaban tetap di sini.");
		UUID first = this.jdbc.sql("select id from faq where company_id = ? and question like 'Apakah%'")
			.param(this.company)
			.query(UUID.class)
			.single();
		org.jsoup.nodes.Document editRefused = org.jsoup.Jsoup
			.parse(shown(post(base + "/" + first + "/ubah").param("question", "Apakah ada mes?")
				.param("answer", " ")
				.with(csrf()), this.recruiter));
		assertThat(editRefused.select("#a-" + first + "-error").text()).isEqualTo(FAQ_REQUIRED);
		assertThat(editRefused.select("#q-" + first).attr("value")).isEqualTo("Apakah ada mes?");
		assertThat(editRefused.select("#question-error")).as("the new-question form untouched").isEmpty();
		UUID second = this.jdbc.sql("select id from faq where company_id = ? and question like 'Berapa%'")
			.param(this.company)
			.query(UUID.class)
			.single();
		flash(post(base + "/" + second + "/naik"), this.recruiter, "done");
		String seeker = seeker("Pembaca FAQ", "SMA", "", "32.01.01.2001");
		submit("/jobfair/" + this.slug + "/ikuti", seeker);
		String faq = shown(get("/portofolio/jobfair/" + this.fair + "/perusahaan/" + this.company), seeker);
		assertThat(faq.indexOf("Berapa jam kerja?")).isPositive().isLessThan(faq.indexOf("Apakah ada mes karyawan?"));
		String other = member("Lain", "x@contoh.id");
		assertThat(this.mvc.perform(get(base).with(as(other))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void matchingComparesEducationByRankMajorsSkillsAndPlace() {
		// SMA and SMK are one level; D3 is above both, S1 above D3
		assertThat(titles("SMA", "", "32.01.01.2001")).contains("Operator Produksi").doesNotContain("Programmer");
		assertThat(titles("S1", "teknik informatika", "32.02.01.2001")).contains("Programmer", "Operator Produksi");
		assertThat(titles("S1", "Akuntansi", "32.02.01.2001")).as("a stated major must fit")
			.doesNotContain("Programmer");
		assertThat(titles("SMK", "", "51.71.01.2001")).as("remote fits anywhere, the rest by province")
			.contains("Admin Media Sosial Jarak Jauh", "Staf Gudang Bali")
			.doesNotContain("Operator Produksi");
	}

	private List<String> titles(String education, String major, String village) {
		String sub = seeker("Calon " + education, education, major, village);
		this.clock.advance(Duration.ZERO);
		this.jdbc.sql("update fair set status = 'ONGOING' where id = ?").param(this.fair).update();
		return this.matches.of(this.fair, this.profiles.of(sub).orElseThrow(), false, 0)
			.stream()
			.map(Matches.Match::title)
			.toList();
	}

	private String seeker(String name, String education, String major, String village, String... skills) {
		String sub = member(name, null);
		this.profiles.save(sub, person(name, education, major, village, List.of(skills)), null);
		return sub;
	}

	private VacancyId vacancy(UUID participation, String title, String education, String[] majors, String[] skills,
			String region, String arrangement, String status, int daysLeft) {
		return vacancy(this.company, participation, title, education, majors, skills, region, arrangement, status,
				daysLeft);
	}

	private String status(UUID application) {
		return this.jdbc.sql("select status from application where id = ?")
			.param(application)
			.query(String.class)
			.single();
	}

}
