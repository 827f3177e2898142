package id.siapkerja.jobfair.fair;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fair lifecycle through Jobfair's pages (J-O-a … h): an organizer registers, creates
 * and submits; Admin Pusat verifies, rejects and publishes; the clock starts and ends the
 * fair, once even with two instances; each role is refused where it has no business; the
 * front page finds the fair by Indonesian words.
 */
@TestPropertySource(properties = "siapkerja.jobfair.fairs.clock-check=PT1H")
@RecordApplicationEvents
class FairLifecycleTests extends JobfairIntegrationTest {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	Fairs fairs;

	@Autowired
	ApplicationEvents events;

	private String organizerSub;

	private String otherSub;

	private String seekerSub;

	private String adminSub;

	@BeforeEach
	void people() {
		this.organizerSub = member("Sri Wahyuni");
		this.otherSub = member("Penyelenggara Lain");
		this.seekerSub = member("Budi Santoso");
		this.adminSub = member("Rina Kartika");
		this.jdbc.sql("update member set roles = 'ADMIN_PUSAT' where sub = ?").param(this.adminSub).update();
	}

	@Test
	void organizerSubmitsAdminVerifiesAndPublishesTheClockStartsAndEnds() throws Exception {
		UUID organizer = registerOrganizer(this.organizerSub);
		String title = "Bursa Kerja Disnaker " + UUID.randomUUID().toString().substring(0, 6);

		// validation: the end before the start is explained, nothing is created
		String refused = this.mvc
			.perform(post("/kelola/" + organizer + "/jobfair/baru").with(as(this.organizerSub))
				.with(csrf())
				.param("title", title)
				.param("description", "Lowongan dari 40 perusahaan di Kabupaten Bogor untuk semua jenjang.")
				.param("type", "OFFLINE")
				.param("province", "32")
				.param("venue", "Gedung Tegar Beriman, Cibinong")
				.param("zone", "WIB")
				.param("startsAt", local(Duration.ofDays(10)))
				.param("endsAt", local(Duration.ofDays(9)))
				.param("deadline", local(Duration.ofDays(5)))
				.param("contactPerson", "Sri")
				.param("contactPhone", "021-5255733"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Waktu selesai harus sesudah waktu mulai.");
		assertThat(count("select count(*) from fair where title = ?", title)).isZero();
		// each refusal at its field, what was typed kept: a venue for an offline fair, a
		// type from the list, a telephone number
		String starts = local(Duration.ofDays(10));
		org.jsoup.nodes.Document fields = org.jsoup.Jsoup.parse(
				this.mvc
					.perform(post("/kelola/" + organizer + "/jobfair/baru").with(as(this.organizerSub))
						.with(csrf())
						.param("title", title)
						.param("description", "Lowongan dari 40 perusahaan di Kabupaten Bogor untuk semua jenjang.")
						.param("type", "PAMERAN")
						.param("province", "32")
						.param("venue", "")
						.param("zone", "WIB")
						.param("startsAt", starts)
						.param("endsAt", local(Duration.ofDays(11)))
						.param("deadline", local(Duration.ofDays(5)))
						.param("contactPerson", "Sri")
						.param("contactPhone", "telepon kantor"))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(fields.select("#type-error").text()).isEqualTo("Pilih jenis jobfair.");
		assertThat(fields.select("#contactPhone-error").text()).startsWith("Tulis nomor telepon yang benar");
		assertThat(fields.select("#contactPhone").attr("aria-invalid")).isEqualTo("true");
		assertThat(fields.select("#title").attr("value")).isEqualTo(title);
		assertThat(fields.select("#startsAt").attr("value")).isEqualTo(starts);
		assertThat(count("select count(*) from fair where title = ?", title)).isZero();
		org.jsoup.nodes.Document offline = org.jsoup.Jsoup.parse(
				this.mvc
					.perform(post("/kelola/" + organizer + "/jobfair/baru").with(as(this.organizerSub))
						.with(csrf())
						.param("title", title)
						.param("description", "Lowongan dari 40 perusahaan di Kabupaten Bogor untuk semua jenjang.")
						.param("type", "OFFLINE")
						.param("province", "")
						.param("venue", "")
						.param("zone", "WIB")
						.param("startsAt", local(Duration.ofDays(10)))
						.param("endsAt", local(Duration.ofDays(11)))
						.param("deadline", local(Duration.ofDays(5)))
						.param("contactPerson", "Sri")
						.param("contactPhone", "021-5255733"))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(offline.select("#venue-error").text()).isEqualTo("Isi tempat jobfair luring atau hibrida.");
		assertThat(offline.select("#province-error").text()).isEqualTo("Pilih provinsi tempat jobfair.");

		String location = this.mvc
			.perform(multipart("/kelola/" + organizer + "/jobfair/baru")
				.file(new MockMultipartFile("banner", "spanduk.png", "image/png", png(1500, 600)))
				.with(as(this.organizerSub))
				.with(csrf())
				.param("title", title)
				.param("description",
						"Lowongan dari **40 perusahaan** di Kabupaten Bogor untuk semua jenjang.\r\n\r\n- SMA/SMK\r\n"
								+ "- D3 <script>alert(1)</script>")
				.param("type", "OFFLINE")
				.param("province", "32")
				.param("venue", "Gedung Tegar Beriman, Cibinong")
				.param("zone", "WIB")
				.param("startsAt", local(Duration.ofDays(10)))
				.param("endsAt", local(Duration.ofDays(10).plusHours(8)))
				.param("deadline", local(Duration.ofDays(5)))
				.param("contactPerson", "Sri")
				.param("contactPhone", "021-5255733"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		FairId fair = FairId.valueOf(location.replaceAll(".*/jobfair/([0-9a-f-]+).*", "$1"));
		assertThat(statusOf(fair)).isEqualTo("DRAFT");
		assertThat(page("/kelola", as(this.organizerSub))).as("the management page groups fairs by status")
			.containsPattern("(?s)id=\"status-DRAFT\".*Draf.*" + title)
			.as("the organizer's conversations are reached from Halaman Pengelola (J-O-j)")
			.contains("id=\"management-conversations\" href=\"/percakapan\"");

		// others have no business here
		this.mvc.perform(get("/kelola/jobfair/" + fair).with(as(this.otherSub))).andExpect(status().isNotFound());
		this.mvc.perform(post("/kelola/jobfair/" + fair + "/ajukan").with(as(this.otherSub)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin").with(as(this.seekerSub))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/jobfair/" + fair + "/verifikasi").with(as(this.organizerSub)).with(csrf()))
			.andExpect(status().isForbidden());

		act("/kelola/jobfair/" + fair + "/ajukan", as(this.organizerSub), "");
		assertThat(statusOf(fair)).isEqualTo("SUBMITTED");
		// told by notification's listener, after the submission's commit
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					count("select count(*) from notification where message_key = 'notify.fair.submitted' and sub = ?",
							this.adminSub))
				.as("Admin Pusat is told")
				.isOne());
		assertThat(page("/admin", asAdmin())).contains(title);

		// rejected with a reason, edited, submitted again
		act("/admin/jobfair/" + fair + "/tolak", asAdmin(), "Lengkapi daftar perusahaan peserta.");
		assertThat(statusOf(fair)).isEqualTo("REJECTED");
		assertThat(page("/kelola/jobfair/" + fair, as(this.organizerSub)))
			.contains("Lengkapi daftar perusahaan peserta.");
		// the history reads as sentences, its times in the fair's zone (WIB), not UTC
		String rejectedAt = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
			.format(this.clock.instant().atZone(java.time.ZoneId.of("Asia/Jakarta")));
		assertThat(page("/kelola/jobfair/" + fair, as(this.organizerSub))).contains(rejectedAt + " WIB · ")
			.contains("mengubah status dari Diajukan menjadi Ditolak.")
			.contains("Alasan: Lengkapi daftar perusahaan peserta.")
			.doesNotContain(" UTC")
			.doesNotContain("→");
		act("/kelola/jobfair/" + fair + "/ajukan", as(this.organizerSub), "");
		act("/admin/jobfair/" + fair + "/verifikasi", asAdmin(), "");
		assertThat(statusOf(fair)).isEqualTo("VERIFIED");
		// found by its own words: other tests' fairs fill the front page of the shared
		// database
		String own = "/?q=" + title.substring(title.lastIndexOf(' ') + 1);
		assertThat(page(own, null)).as("not public before publishing").doesNotContain(title);

		// a refused transition is explained, never a 500
		String flash = this.mvc.perform(post("/admin/jobfair/" + fair + "/verifikasi").with(asAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("refusedAction")
			.toString();
		assertThat(flash).isEqualTo("fair.action.verify");

		assertThat(page("/admin?status=VERIFIED&provinsi=32&penyelenggara=kabupaten", asAdmin())).contains(title);
		assertThat(page("/admin?status=VERIFIED&provinsi=31", asAdmin())).doesNotContain(title);
		assertThat(page("/admin?sampai=2000-01-01", asAdmin())).doesNotContain(title);
		act("/admin/jobfair/" + fair + "/terbitkan", asAdmin(), "");
		assertThat(statusOf(fair)).isEqualTo("PUBLISHED");
		assertThat(page(own, null)).contains(title);
		assertThat(this.mvc.perform(get("/").param("q", title.substring(title.lastIndexOf(' ') + 1) + " pekerjaan"))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("Indonesian stemming: pekerjaan → kerja").contains(title);
		assertThat(page("/?q=pekerjaan&provinsi=31", null)).doesNotContain(title);
		String slug = this.jdbc.sql("select slug from fair where id = ?").param(fair).query(String.class).single();
		assertThat(page("/jobfair/" + slug, null)).as("limited formatting, everything else escaped")
			.contains("<strong>40 perusahaan</strong>")
			.contains("<ul><li>SMA/SMK</li><li>D3 &lt;script&gt;alert(1)&lt;/script&gt;</li></ul>")
			.doesNotContain("<script>alert");
		assertThat(page("/jobfair/" + slug, null)).contains("Gedung Tegar Beriman")
			.contains("WIB")
			.contains("/jobfair/" + slug + "/banner.jpg")
			.contains("/penyelenggara/" + organizer + "/logo.jpg");
		this.mvc.perform(get("/jobfair/" + slug + "/banner.jpg")).andExpect(status().isOk());

		// the clock starts and ends it, once even when two instances look at the same
		// time
		this.clock.advance(Duration.ofDays(10).plusMinutes(1));
		twice();
		assertThat(statusOf(fair)).isEqualTo("ONGOING");
		this.clock.advance(Duration.ofHours(8));
		assertThat(page("/jobfair/" + slug, null)).as("pages never show a stale state, nor wait for the job")
			.contains("Selesai");
		assertThat(statusOf(fair)).as("recorded by the job").isEqualTo("ONGOING");
		this.fairs.followTheClock();
		assertThat(statusOf(fair)).isEqualTo("FINISHED");
		assertThat(this.events.stream(FairChanged.class).filter((changed) -> changed.fairId().equals(fair)))
			.as("the end announced once, for what follows a fair (outcomes, reminders)")
			.extracting(FairChanged::status)
			.containsOnlyOnce(FairStatus.FINISHED);
		this.fairs.followTheClock();
		assertThat(this.events.stream(FairChanged.class)
			.filter((changed) -> changed.fairId().equals(fair) && changed.status() == FairStatus.FINISHED)).hasSize(1);
		assertThat(count("select count(*) from fair_history where fair_id = ? and to_status = 'ONGOING'", fair))
			.isOne();
		assertThat(page("/admin/jobfair/" + fair, asAdmin())).contains("Sedang berlangsung").contains("sistem");
	}

	@Test
	void aFairMustStartInTheFutureWhenSubmitted() throws Exception {
		UUID organizer = registerOrganizer(this.organizerSub);
		Instant start = this.clock.instant().plus(Duration.ofDays(1));
		FairId fair = FairId.random();
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
					registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
				values (?, ?, ?, 'Jobfair Kemarin', 'Deskripsi yang cukup panjang untuk jobfair ini.', 'ONLINE',
					'Asia/Jakarta', ?, ?, ?, 'Sri', '0215255733', 'DRAFT', now(), now())
				""")
			.params(fair, "kemarin-" + fair, organizer, Timestamp.from(start), Timestamp.from(start.plusSeconds(3600)),
					Timestamp.from(start.minusSeconds(3600)))
			.update();
		this.clock.advance(Duration.ofDays(2));
		Object problem = this.mvc
			.perform(post("/kelola/jobfair/" + fair + "/ajukan").with(as(this.organizerSub)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("problem");
		assertThat(problem).isEqualTo("fair.start.past");
		assertThat(statusOf(fair)).isEqualTo("DRAFT");
	}

	private int twice() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> look = () -> this.fairs.followTheClock();
			Future<Integer> one = pool.submit(look);
			Future<Integer> two = pool.submit(look);
			return one.get() + two.get();
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aPersonSeesAndSwitchesTheRoleTheyActIn() throws Exception {
		UUID organizer = registerOrganizer(this.organizerSub);
		String organizerName = this.jdbc.sql("select name from organizer where id = ?")
			.param(organizer)
			.query(String.class)
			.single();
		String home = page("/", as(this.organizerSub));
		assertThat(home).contains("Sebagai: Pencari kerja")
			.contains(organizerName + " (penyelenggara)")
			.doesNotContain("Admin Pusat</a>");
		// the choice is kept in the person's session (Spring Session, in the database)
		int before = count("select count(*) from spring_session_attributes where attribute_name = ?",
				"jobfair.acting-role");
		var switched = this.mvc
			.perform(get("/peran").param("ke", "penyelenggara:" + organizer).with(as(this.organizerSub)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		assertThat(switched.getRedirectedUrl()).isEqualTo("/kelola");
		assertThat(
				count("select count(*) from spring_session_attributes where attribute_name = ?", "jobfair.acting-role"))
			.isGreaterThan(before);
		assertThat(this.mvc.perform(get("/peran").param("ke", "admin").with(as(this.organizerSub)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("a role the person does not have is not taken").isEqualTo("/");
		assertThat(page("/", as(this.seekerSub))).contains("Sebagai: Pencari kerja")
			.as("no organizer among the roles to act in")
			.doesNotContain("ke=penyelenggara");
		// "Sebagai: …" follows the page: Halaman Pengelola is the organizer's, the
		// portfolio the seeker's, whatever was chosen last
		assertThat(page("/kelola", as(this.organizerSub))).contains("Sebagai: " + organizerName + " (penyelenggara)");
		assertThat(page("/portofolio", as(this.organizerSub))).contains("Sebagai: Pencari kerja");
		assertThat(page("/", asAdmin())).contains("Admin Pusat");
		assertThat(page("/", null)).doesNotContain("acting-role");
	}

	@Test
	void logosAreMadeSafeOrRefused() throws Exception {
		String name = "BLK Bekasi " + UUID.randomUUID().toString().substring(0, 6);
		String refused = this.mvc
			.perform(multipart("/penyelenggara/daftar")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", "bukan gambar".getBytes()))
				.with(as(this.organizerSub))
				.with(csrf())
				.param("name", name)
				.param("type", "BLK")
				.param("province", "32")
				.param("address", "Jl. Raya Bekasi")
				.param("phone", "021-8800000")
				.param("email", "blk@contoh.id")
				.param("personInCharge", "Agus"))
			.andDo((result) -> assertThat(result.getResponse().getStatus())
				.as(String.valueOf(result.getResponse().getRedirectedUrl()))
				.isEqualTo(200))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("File ini bukan gambar JPEG atau PNG yang dapat dibaca.");
		assertThat(count("select count(*) from organizer where name = ?", name)).isZero();

		UUID organizer = registerOrganizer(this.organizerSub);
		byte[] logo = this.mvc.perform(get("/penyelenggara/" + organizer + "/logo.jpg"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(logo[0] & 0xFF).isEqualTo(0xFF);
		assertThat(logo[1] & 0xFF).isEqualTo(0xD8);
	}

	private static byte[] png(int width, int height) throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void theOrganizerSetsTheRulesForSeekersWhichThePagesShow() throws Exception {
		UUID organizer = registerOrganizer(this.organizerSub);
		String title = "Bursa Kerja Beraturan " + UUID.randomUUID().toString().substring(0, 6);
		for (String wrong : new String[] { "0", "51", "lima" }) {
			org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(this.mvc
				.perform(fairForm(organizer, title).param("maxApplications", wrong).param("onePerCompany", "true"))
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(refused.select("#maxApplications-error").text()).as(wrong).isNotEmpty();
			assertThat(refused.select("#onePerCompany").hasAttr("checked")).as("what was typed stays").isTrue();
		}
		assertThat(count("select count(*) from fair where title = ?", title)).isZero();

		String location = this.mvc
			.perform(fairForm(organizer, title).param("maxApplications", "3").param("onePerCompany", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		FairId fair = FairId.valueOf(location.replaceAll(".*/jobfair/([0-9a-f-]+).*", "$1"));
		assertThat(page("/kelola/jobfair/" + fair, as(this.organizerSub)))
			.contains("Setiap pencari kerja dapat mengirim paling banyak 3 lamaran di jobfair ini.")
			.contains("Satu lamaran per perusahaan.");
		assertThat(this.fairs.byId(fair).orElseThrow().rules()).isEqualTo(new Fair.Rules(3, true));

		// no limit: the field left empty, the box unticked
		String open = "Bursa Kerja Bebas " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc.perform(fairForm(organizer, open).param("maxApplications", "")).andExpect(status().is3xxRedirection());
		assertThat(this.fairs.byTitle(open).orElseThrow().rules()).isEqualTo(Fair.Rules.NONE);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder fairForm(UUID organizer,
			String title) {
		return post("/kelola/" + organizer + "/jobfair/baru").with(as(this.organizerSub))
			.with(csrf())
			.param("title", title)
			.param("description", "Lowongan dari 40 perusahaan di Kabupaten Bogor untuk semua jenjang.")
			.param("type", "ONLINE")
			.param("province", "32")
			.param("zone", "WIB")
			.param("startsAt", local(Duration.ofDays(10)))
			.param("endsAt", local(Duration.ofDays(10).plusHours(8)))
			.param("deadline", local(Duration.ofDays(5)))
			.param("contactPerson", "Sri")
			.param("contactPhone", "021-5255733");
	}

	private UUID registerOrganizer(String sub) throws Exception {
		String name = "Disnaker Kabupaten Bogor " + UUID.randomUUID().toString().substring(0, 6);
		org.jsoup.nodes.Document form = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/penyelenggara/daftar").with(as(sub)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(form.select("form[action='/penyelenggara/daftar'] :is(input, select, textarea)[id]").eachAttr("id"))
			.as("every field of the organizer's form, one control each")
			.containsExactly("name", "type", "province", "address", "phone", "email", "website", "description", "logo",
					"personInCharge");
		this.mvc
			.perform(multipart("/penyelenggara/daftar")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", png(200, 200)))
				.with(as(sub))
				.with(csrf())
				.param("name", name)
				.param("type", "DISNAKER_KABKOTA")
				.param("province", "32")
				.param("address", "Jl. Tegar Beriman No. 1, Cibinong")
				.param("phone", "021-8765432")
				.param("email", "disnaker@bogorkab.go.id")
				.param("personInCharge", "Sri Wahyuni"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select id from organizer where name = ?").param(name).query(UUID.class).single();
	}

	private void act(String path, RequestPostProcessor who, String reason) throws Exception {
		Object refused = this.mvc.perform(post(path).with(who).with(csrf()).param("reason", reason))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("refusedAction");
		assertThat(refused).as(path).isNull();
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(who);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private RequestPostProcessor asAdmin() {
		return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_ADMIN_PUSAT"))
			.idToken((token) -> token.subject(this.adminSub).claim("name", "Rina"));
	}

	private String statusOf(FairId fair) {
		return this.jdbc.sql("select status from fair where id = ?").param(fair).query(String.class).single();
	}

	private String local(Duration fromNow) {
		return LOCAL.format(LocalDateTime.ofInstant(this.clock.instant().plus(fromNow), ZoneId.of("Asia/Jakarta")));
	}

}
