package id.siapkerja.jobfair.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.seeker.SeekerProfiles;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.test.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Jobfair running for real on the embedded PostgreSQL, driven through its pages (MockMvc)
 * as people signed in through akun; the clock starts at the real time for each test and
 * can be moved forward. Test classes that need nothing else share one application
 * context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JobfairIntegrationTest.Clocks.class)
public abstract class JobfairIntegrationTest {

	@TestConfiguration
	public static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TestClock clock;

	@Autowired
	protected SeekerProfiles seekerProfiles;

	@BeforeEach
	void clockAtTheRealTime() {
		this.clock.reset();
	}

	/** A person who has logged in once. */
	protected String member(String name) {
		return member(name, null);
	}

	/** A person who has logged in once, with an e-mail address akun verified. */
	protected String member(String name, String email) {
		String sub = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into member (sub, name, email, email_verified, first_login_at, last_login_at)
				values (?, ?, ?, ?, now(), now())
				""").params(sub, name, email, email != null).update();
		return sub;
	}

	/** A company in the region, its owner active. */
	protected CompanyId company(String owner, String name, String region) {
		CompanyId id = CompanyId.random();
		this.jdbc.sql("""
				insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
				values (?, ?, 'PT', 'Industri makanan', 'BESAR', ?, 'Jl. Industri No. 1', '021-8900000',
					'hrd@contoh.id', now())
				""").params(id, name, region).update();
		this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, 'hrd@contoh.id', 'Pemilik', 'OWNER', 'ACTIVE', now())
				""").params(id, owner).update();
		return id;
	}

	/** Signed in through akun as this person. */
	protected RequestPostProcessor as(String sub) {
		return oidcLogin().idToken((token) -> token.subject(sub).claim("name", "Orang " + sub.substring(0, 4)));
	}

	/** Signed in through akun as Admin Pusat. */
	protected RequestPostProcessor adminPusat() {
		String sub = member("Admin Pusat Uji");
		return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_ADMIN_PUSAT"))
			.idToken((token) -> token.subject(sub).claim("name", "Rina"));
	}

	/** The page as the person gets it, whatever its status. */
	protected String page(MockHttpServletRequestBuilder request, String sub) throws Exception {
		return this.mvc.perform(request.with(as(sub)).with(csrf())).andReturn().getResponse().getContentAsString();
	}

	/** The page as parsed HTML, for whoever {@code who} is (null: nobody logged in). */
	protected Document document(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform((who != null) ? request.with(who) : request)
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The page as the person gets it, which must be shown (200). */
	protected String shown(MockHttpServletRequestBuilder request, String sub) throws Exception {
		MvcResult result = this.mvc.perform(request.with(as(sub)).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** What a form said after its redirect ("done", "problem"). */
	protected String flash(MockHttpServletRequestBuilder request, String sub, String key) throws Exception {
		Object value = this.mvc.perform(request.with(as(sub)).with(csrf())).andReturn().getFlashMap().get(key);
		return value == null ? null : value.toString();
	}

	protected void submit(String path, String sub) throws Exception {
		this.mvc.perform(post(path).with(as(sub)).with(csrf()));
	}

	/**
	 * The body of the e-mail to the address whose subject has this part, once it came.
	 */
	protected String mailTo(String address, String subjectPart) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (MimeMessage message : SharedOutsideWorld.MAIL.getReceivedMessagesForDomain(address)) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
						&& message.getSubject().contains(subjectPart)) {
					return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
				}
			}
			return null;
		}, Objects::nonNull);
	}

	/** A seeker's profile as akun's people API gives it: complete, with education. */
	protected Map<String, Object> person(String name, String education, String major, String village,
			List<String> skills) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("complete", true);
		profile.put("hasPhoto", false);
		profile.put("description", "Pekerja keras dan teliti.");
		profile.put("domicileVillageCode", village.isEmpty() ? null : village);
		profile.put("education", education == null ? null
				: Map.of("level", education, "institution", "SMK Negeri 1 Cibinong", "major", major, "year", 2020));
		profile.put("experiences",
				List.of(Map.of("company", "CV Maju", "position", "Operator", "start", "2021-01", "end", "2023-06")));
		profile.put("trainings", List.of());
		profile.put("certifications", List.of());
		profile.put("skills", skills.stream().map((s) -> Map.of("name", s, "level", "MENENGAH")).toList());
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("name", name);
		person.put("email", "pencaker@contoh.id");
		person.put("phoneNumber", "+6281200000000");
		person.put("nikMasked", "3201********0001");
		person.put("gender", "MALE");
		person.put("birthDate", "2000-05-17");
		person.put("profile", profile);
		return person;
	}

	/** An open (or closed) vacancy of the company, offered through its participation. */
	protected VacancyId vacancy(CompanyId company, UUID participation, String title, String education, String[] majors,
			String[] skills, String region, String arrangement, String status, int daysLeft) {
		VacancyId id = this.jdbc
			.sql("""
					insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
						min_education, majors, skills, skill_names, openings, deadline, status, created_at, updated_at)
					values (gen_random_uuid(), ?, ?, 'Deskripsi pekerjaan yang cukup panjang.', 'PENUH_WAKTU', ?, ?, ?, ?, ?, ?, 2,
						current_date + ?, ?, now(), now()) returning id
					""")
			.params(company, title, arrangement, region, education, majors, skills, skills, daysLeft - 1, status)
			.query((rs, row) -> new VacancyId(rs.getObject(1, UUID.class)))
			.single();
		this.jdbc.sql("insert into participation_vacancy (participation_id, vacancy_id, added_at) values (?, ?, now())")
			.params(participation, id)
			.update();
		return id;
	}

	/** An ongoing fair with these rules and one company offering this many vacancies. */
	protected OngoingFair ongoingFair(Integer most, boolean onePerCompany, int vacancies) {
		UUID organizer = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
					values (?, ?, 'DISNAKER_KABKOTA', '32', 'Jl. Tegar Beriman', '021-8765432', 'disnaker@contoh.id', 'Sri', now())
					""")
			.params(organizer, "Disnaker Aturan " + organizer)
			.update();
		FairId fair = FairId.random();
		Instant start = this.clock.instant().minus(Duration.ofHours(1));
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
					registration_deadline, contact_person, contact_phone, status, max_applications,
					one_application_per_company, created_at, updated_at)
				values (?, ?, ?, 'Bursa Kerja Beraturan', 'Bursa kerja untuk menguji aturan lamaran.', 'ONLINE',
					'Asia/Jakarta', ?, ?, ?, 'Sri', '0218765432', 'ONGOING', ?, ?, now(), now())
				""")
			.params(fair, "bursa-aturan-" + fair, organizer, Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofDays(2))), Timestamp.from(start.minus(Duration.ofDays(1))),
					most, onePerCompany)
			.update();
		String recruiter = member("Rekruter", "hrd@contoh.id");
		CompanyId company = company(recruiter, "PT Aturan " + fair.toString().substring(0, 5), "32.01");
		UUID participation = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participation (id, fair_id, company_id, status, requested_by, requested_at)
				values (?, ?, ?, 'ACCEPTED', 'uji', now())
				""").params(participation, fair, company).update();
		List<VacancyId> offered = new ArrayList<>();
		for (int i = 1; i <= vacancies; i++) {
			offered.add(vacancy(company, participation, "Operator " + i, "SMA", new String[0], new String[0], "32.01",
					"DI_KANTOR", "OPEN", 30));
		}
		return new OngoingFair(fair, "bursa-aturan-" + fair, company, recruiter, offered);
	}

	protected String checkedInSeeker(OngoingFair fair) throws Exception {
		String sub = member("Budi Beraturan", null);
		this.seekerProfiles.save(sub,
				person("Budi Beraturan", "SMK", "Teknik Mesin", "32.01.01.2001", List.of("Excel")), null);
		submit("/jobfair/" + fair.slug() + "/ikuti", sub);
		submit("/portofolio/jobfair/" + fair.id() + "/check-in", sub);
		return sub;
	}

	/**
	 * The seeker applies to the fair's first vacancy through its page; the application's
	 * id.
	 */
	protected UUID applied(OngoingFair fair, String seeker) throws Exception {
		assertThat(flash(post(fair.page(fair.vacancies().get(0))), seeker, "done")).isEqualTo("apply.done");
		return this.jdbc.sql("select id from application where sub = ?").param(seeker).query(UUID.class).single();
	}

	/**
	 * An ongoing fair of the tests, its one company, that company's recruiter and its
	 * vacancies.
	 */
	protected record OngoingFair(FairId id, String slug, CompanyId company, String recruiter,
			List<VacancyId> vacancies) {

		public String page(VacancyId vacancy) {
			return "/portofolio/jobfair/" + this.id + "/lowongan/" + vacancy;
		}

	}

	protected int count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Integer.class).single();
	}

}
