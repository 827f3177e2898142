package id.siapkerja.jobfair.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.jobfair.support.SecondInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Conversations (J-O-j, J-C-q, J-S-g) with a moved clock: who may write to whom and when,
 * links clickable and everything else escaped, unread counts, the rate limit; and a
 * message sent on one instance reaching the browser watching on another.
 */
class ConversationTests extends JobfairIntegrationTest {

	@Autowired
	Environment environment;

	private FairId fair;

	private UUID organizer;

	private String organizerMember;

	private CompanyId company;

	private String recruiter;

	private String seeker;

	@BeforeEach
	void aPublishedFairStartingTomorrowWithAnAcceptedCompanyAndAFollower() {
		this.organizerMember = person("Sri Penyelenggara");
		this.organizer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
				values (?, ?, 'DISNAKER_KABKOTA', '32', 'Jl. Tegar Beriman', '021', 'd@contoh.id', 'Sri', now())
				""").params(this.organizer, "Disnaker Pesan " + this.organizer).update();
		this.jdbc.sql("insert into organizer_member (organizer_id, sub) values (?, ?)")
			.params(this.organizer, this.organizerMember)
			.update();
		this.fair = FairId.random();
		Instant start = this.clock.instant().plus(Duration.ofDays(1));
		this.jdbc
			.sql("""
					insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
						registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
					values (?, ?, ?, 'Bursa Pesan', 'Bursa kerja untuk menguji percakapan.', 'ONLINE', 'Asia/Jakarta', ?, ?, ?,
						'Sri', '021', 'PUBLISHED', now(), now())
					""")
			.params(this.fair, "pesan-" + this.fair, this.organizer, Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofDays(1))), Timestamp.from(start.minus(Duration.ofHours(12))))
			.update();
		this.recruiter = person("Rina Rekruter");
		this.company = CompanyId.random();
		this.jdbc.sql("""
				insert into company (id, name, legal_form, sector, size, region_code, address, phone, email, created_at)
				values (?, ?, 'PT', 'Industri', 'BESAR', '32.01', 'Jl.', '021', 'x@contoh.id', now())
				""").params(this.company, "PT Pesan " + this.company.toString().substring(0, 4)).update();
		this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, 'x@contoh.id', 'Rina', 'OWNER', 'ACTIVE', now())
				""").params(this.company, this.recruiter).update();
		this.jdbc.sql("""
				insert into participation (id, fair_id, company_id, status, requested_by, requested_at)
				values (gen_random_uuid(), ?, ?, 'ACCEPTED', 'uji', now())
				""").params(this.fair, this.company).update();
		this.seeker = person("Budi Pencaker");
		this.jdbc.sql("insert into fair_follower (fair_id, sub, followed_at) values (?, ?, now())")
			.params(this.fair, this.seeker)
			.update();
	}

	@Test
	void whoMayWriteToWhomAndWhen() throws Exception {
		// before the fair: the company and the organizer write; the seeker does not yet
		UUID withCompany = start(this.seeker, "pencaker:" + this.seeker, "perusahaan:" + this.company);
		assertThat(withCompany).as("a seeker cannot start before the fair runs").isNull();
		UUID conversation = start(this.recruiter, "perusahaan:" + this.company, "pencaker:" + this.seeker);
		assertThat(conversation).isNotNull();
		send(conversation, this.recruiter, "Halo Budi, lihat https://contoh.id/lowongan?x=1&y=2 <b>ya</b>");
		assertThat(page(get("/percakapan/" + conversation), this.seeker))
			.contains("Pencari kerja dapat menulis hanya selama jobfair berlangsung")
			.contains("<a href=\"https://contoh.id/lowongan?x=1&amp;y=2\" rel=\"nofollow noopener noreferrer\">")
			.contains("&lt;b&gt;ya&lt;/b&gt;");
		assertThat(flash(post("/percakapan/" + conversation).param("body", "Terima kasih"), this.seeker, "problem"))
			.isEqualTo("conversation.refused.seeker-only-while-ongoing");

		// someone who is no party finds nothing
		String stranger = person("Orang Lain");
		assertThat(this.mvc.perform(get("/percakapan/" + conversation).with(as(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(start(stranger, "perusahaan:" + this.company, "pencaker:" + this.seeker)).as("not a member")
			.isNull();

		// the fair runs: the seeker writes, unread counts follow
		this.jdbc.sql("update fair set status = 'ONGOING' where id = ?").param(this.fair).update();
		send(conversation, this.seeker, "Terima kasih, saya tertarik.");
		assertThat(page(get("/percakapan"), this.recruiter)).contains("Budi Pencaker").contains("1 belum dibaca");
		assertThat(page(get("/percakapan?q=tertarik"), this.recruiter)).contains("Budi Pencaker");
		assertThat(page(get("/percakapan?q=tidak-ada"), this.recruiter)).doesNotContain("Budi Pencaker");
		assertThat(page(get("/"), this.recruiter)).contains("Percakapan (1 belum dibaca)");
		page(get("/percakapan/" + conversation), this.recruiter);
		assertThat(page(get("/percakapan"), this.recruiter)).doesNotContain("belum dibaca");
		UUID withOrganizer = start(this.seeker, "pencaker:" + this.seeker, "penyelenggara:" + this.organizer);
		assertThat(withOrganizer).isNotNull();

		// too long, too fast
		assertThat(
				flash(post("/percakapan/" + conversation).param("body", "x".repeat(2001)), this.recruiter, "problem"))
			.isEqualTo("conversation.refused.too-long");
		// one message of this minute went before
		for (int i = 0; i < Conversations.PER_MINUTE - 1; i++) {
			send(conversation, this.recruiter, "Pesan " + i);
		}
		assertThat(flash(post("/percakapan/" + conversation).param("body", "Satu lagi"), this.recruiter, "problem"))
			.isEqualTo("conversation.refused.too-fast");

		// after the fair the seeker reads only; 30 days after its end nobody writes
		this.jdbc.sql("update fair set status = 'FINISHED' where id = ?").param(this.fair).update();
		this.clock.advance(Duration.ofDays(3));
		assertThat(flash(post("/percakapan/" + conversation).param("body", "Masih buka?"), this.seeker, "problem"))
			.isEqualTo("conversation.refused.seeker-only-while-ongoing");
		send(conversation, this.recruiter, "Terima kasih sudah datang.");
		this.clock.advance(Duration.ofDays(30));
		assertThat(flash(post("/percakapan/" + conversation).param("body", "Halo lagi"), this.recruiter, "problem"))
			.isEqualTo("conversation.refused.closed");
		assertThat(page(get("/percakapan/" + conversation), this.seeker)).contains("Terima kasih sudah datang.");
	}

	@Test
	void aMessageSentOnOneInstanceReachesTheBrowserWatchingOnAnother() throws Exception {
		UUID conversation = start(this.recruiter, "perusahaan:" + this.company, "pencaker:" + this.seeker);
		MvcResult watching = this.mvc.perform(get("/percakapan/" + conversation + "/stream").with(as(this.seeker)))
			.andReturn();
		assertThat(watching.getRequest().isAsyncStarted()).isTrue();
		try (ConfigurableApplicationContext second = SecondInstance.start(this.environment, this.clock,
				"--siapkerja.jobfair.demo-data=false")) {
			Conversations there = second.getBean(Conversations.class);
			there.send(there.byId(conversation).orElseThrow(), new Party(Party.Kind.COMPANY, this.company.toString()),
					this.recruiter, "Rina", "Jadwal wawancara sudah dikirim.");
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (!watching.getResponse().getContentAsString().contains("event:pesan")
					&& System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(watching.getResponse().getContentAsString()).as("delivered through PostgreSQL NOTIFY")
				.contains("event:pesan")
				.contains(conversation.toString());
		}
	}

	@Test
	void theOrganizerFindsItsFollowersAndWritesToOne() throws Exception {
		String other = person("Citra Pengikut");
		this.jdbc
			.sql("insert into fair_follower (fair_id, sub, followed_at, checked_in_at) values (?, ?, now(), now())")
			.params(this.fair, other)
			.update();
		String list = page(get("/kelola/jobfair/" + this.fair + "/pencaker"), this.organizerMember);
		assertThat(list).contains("2 mengikuti, 1 sudah check-in")
			.contains("Budi Pencaker")
			.contains("Citra Pengikut")
			.contains("value=\"pencaker:" + this.seeker + "\"")
			.contains("Kirim pesan kepada Budi Pencaker");
		assertThat(list.indexOf("Citra Pengikut")).as("the checked-in first").isLessThan(list.indexOf("Budi Pencaker"));
		assertThat(page(get("/kelola/jobfair/" + this.fair + "/pencaker").param("q", "budi"), this.organizerMember))
			.contains("Budi Pencaker")
			.doesNotContain("Citra Pengikut");
		assertThat(page(get("/kelola/jobfair/" + this.fair + "/pencaker").param("q", "100%_"), this.organizerMember))
			.contains("Tidak ada pengikut dengan nama itu.");
		// nobody else sees them: not the company, not a seeker
		for (String outsider : new String[] { this.recruiter, this.seeker }) {
			assertThat(this.mvc.perform(get("/kelola/jobfair/" + this.fair + "/pencaker").with(as(outsider)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}
		// "Kirim pesan": the organizer writes to a follower before the fair runs
		UUID conversation = start(this.organizerMember, "penyelenggara:" + this.organizer, "pencaker:" + this.seeker);
		assertThat(conversation).isNotNull();
		send(conversation, this.organizerMember, "Selamat datang, jangan lupa check-in ya.");
		assertThat(page(get("/percakapan"), this.seeker)).contains("Disnaker Pesan");
		// but not to someone who does not follow the fair
		String stranger = person("Dedi Bukan Pengikut");
		assertThat(start(this.organizerMember, "penyelenggara:" + this.organizer, "pencaker:" + stranger)).isNull();
	}

	/** "Kirim pesan": the conversation's id, or null when refused. */
	private UUID start(String sub, String from, String to) throws Exception {
		String location = this.mvc
			.perform(post("/percakapan/baru").param("jobfair", this.fair.toString())
				.param("dari", from)
				.param("ke", to)
				.with(as(sub))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location == null || location.equals("/percakapan") ? null
				: UUID.fromString(location.substring("/percakapan/".length()));
	}

	private void send(UUID conversation, String sub, String body) throws Exception {
		assertThat(flash(post("/percakapan/" + conversation).param("body", body), sub, "problem")).as(body).isNull();
	}

	/** A person who logged in, with the profile akun gave (a follower has one). */
	private String person(String name) {
		String sub = member(name);
		this.jdbc.sql("""
				insert into seeker_profile (sub, complete, profile, updated_at)
				values (?, true, jsonb_build_object('name', cast(? as text)), now())
				""").params(sub, name).update();
		return sub;
	}

}
