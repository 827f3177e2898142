package id.siapkerja.jobfair.company;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.jobfair.support.SharedOutsideWorld;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Companies (J-C-a … g) through Jobfair's pages: registration by WLKP code against WLKP
 * over HTTP (played by WireMock, so every answer and the outage can be arranged), by
 * hand, the team's invitations read from a real SMTP server (GreenMail), ownership
 * transfer, and a member of one company refused everywhere in another.
 */
@TestPropertySource(properties = { "siapkerja.outbox.poll=200ms", "siapkerja.jobfair.wlkp.read-timeout=1s" })
class CompanyTests extends JobfairIntegrationTest {

	static final WireMockServer WLKP = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final GreenMail MAIL = SharedOutsideWorld.MAIL;

	static {
		WLKP.start();
	}

	@DynamicPropertySource
	static void outsideWorld(DynamicPropertyRegistry registry) {
		registry.add("siapkerja.jobfair.wlkp.base-url", WLKP::baseUrl);
	}

	private String code;

	@BeforeEach
	void wlkpKnowsOneCompany() {
		WLKP.resetAll();
		this.code = "WLKP-3201-" + String.format("%06d", (int) (Math.random() * 999_999));
		WLKP.stubFor(get("/wlkp/api/companies/" + this.code).willReturn(okJson("""
				{"code":"%s","name":"PT Maju Jaya Makanan %s","legalForm":"PT","kbli":"10792",
				 "sector":"Industri makanan","size":"BESAR","employees":350,"regionCode":"32.01",
				 "address":"Jl. Industri No. 5, Kabupaten Bogor","phone":"021-8750000","email":"hrd@majujaya.contoh.id"}
				""".formatted(this.code, this.code.substring(10)))));
		WLKP.stubFor(get("/wlkp/api/companies/WLKP-9999-000000")
			.willReturn(aResponse().withStatus(404).withBody("{\"error\":\"not_found\"}")));
		WLKP.stubFor(get("/wlkp/api/companies/WLKP-5555-000000").willReturn(aResponse().withStatus(503)));
		WLKP.stubFor(get("/wlkp/api/companies/WLKP-7777-000000").willReturn(okJson("{}").withFixedDelay(3_000)));
	}

	@Test
	void aWlkpCodeFillsTheFormAndEveryOtherAnswerHasItsOwnMessage() throws Exception {
		String owner = member("Andi Wijaya", "andi@majujaya.contoh.id");
		String found = page(post("/perusahaan/daftar").param("wlkpCode", this.code.toLowerCase()).param("cari", "1"),
				as(owner, "andi@majujaya.contoh.id"));
		assertThat(found).contains("Perusahaan ditemukan di WLKP")
			.contains("value=\"PT Maju Jaya Makanan")
			.contains("value=\"Industri makanan\"")
			.contains("Jl. Industri No. 5");
		assertThat(page(post("/perusahaan/daftar").param("wlkpCode", "WLKP-9999-000000").param("cari", "1"),
				as(owner, null)))
			.contains("Kode WLKP tidak ditemukan.");
		assertThat(page(post("/perusahaan/daftar").param("wlkpCode", "WLKP-5555-000000").param("cari", "1"),
				as(owner, null)))
			.contains("Layanan WLKP sedang tidak dapat dihubungi.");
		assertThat(page(post("/perusahaan/daftar").param("wlkpCode", "WLKP-7777-000000").param("cari", "1"),
				as(owner, null)))
			.as("a slow registry is an unavailable one")
			.contains("Layanan WLKP sedang tidak dapat dihubungi.");

		// registering: the official data comes from WLKP whatever the form says
		CompanyId company = register(owner, this.code, "PT Nama Palsu");
		assertThat(this.jdbc.sql("select name from company where id = ?").param(company).query(String.class).single())
			.startsWith("PT Maju Jaya Makanan");
		assertThat(role(company, owner)).isEqualTo("OWNER");

		// the same code by another team
		String other = member("Orang Lain", "lain@contoh.id");
		assertThat(page(post("/perusahaan/daftar").param("wlkpCode", this.code).param("cari", "1"), as(other, null)))
			.contains("sudah didaftarkan oleh tim perusahaan lain");
		assertThat(this.jdbc.sql("select count(*) from company where wlkp_code = ?")
			.param(this.code)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void withoutACodeTheProfileIsTypedAndCheckedOnTheServer() throws Exception {
		String owner = member("Sari Dewi", "sari@tokosari.contoh.id");
		String refused = page(post("/perusahaan/daftar").param("name", "CV").param("legalForm", "PTX"),
				as(owner, null));
		assertThat(refused).contains("Ada isian yang perlu diperbaiki")
			.contains("Isi 3 sampai 150 karakter.")
			.contains("Pilih salah satu.")
			.contains("Pilih provinsi.");
		assertThat(this.jdbc.sql("select count(*) from company where name = 'CV'").query(Integer.class).single())
			.isZero();
		CompanyId company = registerByHand(owner, "CV Toko Sari " + UUID.randomUUID().toString().substring(0, 5));
		assertThat(role(company, owner)).isEqualTo("OWNER");
		assertThat(
				page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/perusahaan/" + company),
						as(owner, null)))
			.contains("CV Toko Sari")
			.as("the company's conversations are reached from its page (J-C-q)")
			.contains("id=\"menu-conversations\" href=\"/percakapan\"")
			.as("its page says the role it is managed in")
			.contains("(perusahaan)</summary>");
		assertThat(
				page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/saya"), as(owner, null)))
			.as("the owner finds the company's pages from /saya, not only 'Daftar sebagai Perusahaan'")
			.contains("id=\"manage-perusahaan-" + company + "\"")
			.containsPattern("href=\"/peran\\?ke=perusahaan(:|%3A)" + company + "\"");
	}

	@Test
	void anInvitationIsAcceptedOnceByTheInvitedVerifiedAddressWithinSevenDays() throws Exception {
		String owner = member("Budi Hartono", "budi@majujaya.contoh.id");
		CompanyId company = register(owner, this.code, null);
		String email = "rina." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
		this.mvc
			.perform(post("/perusahaan/" + company + "/tim/undang").param("email", email)
				.param("name", "Rina")
				.with(as(owner, "budi@majujaya.contoh.id"))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("done")).isEqualTo("team.invited"));
		assertThat(statusOf(company, email)).isEqualTo("PENDING");
		// the team page and the mail give the same expiry, in WIB (the page showed UTC
		// labelled WIB)
		String until = new id.siapkerja.webkit.text.Times().at(this.clock.instant().plus(Duration.ofDays(7)));
		assertThat(until).endsWith(" WIB");
		assertThat(page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/perusahaan/" + company + "/tim"), as(owner, "budi@majujaya.contoh.id")))
			.contains("Undangan berlaku sampai " + until);
		assertThat(mailTo(email, "Undangan bergabung")).contains("berlaku sampai " + until);
		String link = link(mailTo(email, "Undangan bergabung"));
		String token = link.substring(link.lastIndexOf('/') + 1);

		// someone else's account: explained, nothing changes
		String stranger = member("Orang Asing", "asing@contoh.id");
		assertThat(page(post("/undangan/" + token), as(stranger, "asing@contoh.id")))
			.contains("Undangan ini untuk " + email);
		assertThat(page(post("/undangan/" + token), as(stranger, null))).as("an unverified address does not count")
			.contains("Undangan ini untuk " + email);
		assertThat(statusOf(company, email)).isEqualTo("PENDING");

		String invitee = member("Rina Kartika", email);
		// the invited address is hers but not verified yet: said so, with the way to
		// verify;
		// once akun says it is verified, the invitation continues
		this.jdbc.sql("update member set email_verified = false where sub = ?").param(invitee).update();
		String unverified = page(post("/undangan/" + token), unverifiedLogin(invitee, email));
		assertThat(unverified).contains("belum diverifikasi")
			.contains("id=\"verify-email\"")
			.doesNotContain("tetapi Anda masuk sebagai");
		assertThat(statusOf(company, email)).isEqualTo("PENDING");
		this.jdbc.sql("update member set email_verified = true where sub = ?").param(invitee).update();
		assertThat(page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/undangan/" + token),
				unverifiedLogin(invitee, email)))
			.as("verified in akun after logging in: the invitation continues")
			.contains("Terima undangan");
		assertThat(page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/undangan/" + token),
				as(invitee, email)))
			.contains("Terima undangan");
		this.mvc.perform(post("/undangan/" + token).with(as(invitee, email)).with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/perusahaan/" + company + "?bergabung"));
		assertThat(statusOf(company, email)).isEqualTo("ACTIVE");
		assertThat(page(post("/undangan/" + token), as(invitee, email))).contains("sudah digunakan");
		assertThat(page(post("/undangan/tidak-ada"), as(invitee, email))).contains("tidak dikenal");

		// expiry after 7 days
		String late = "late." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
		this.mvc.perform(
				post("/perusahaan/" + company + "/tim/undang").param("email", late).with(as(owner, null)).with(csrf()));
		String lateToken = link(mailTo(late, "Undangan bergabung"));
		lateToken = lateToken.substring(lateToken.lastIndexOf('/') + 1);
		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		String lateMember = member("Terlambat", late);
		assertThat(page(post("/undangan/" + lateToken), as(lateMember, late))).contains("sudah kedaluwarsa");
		assertThat(statusOf(company, late)).isEqualTo("PENDING");
	}

	@Test
	void onlyTheOwnerHandsOverOwnershipToAnActiveMemberAfterConfirmingThePassword() throws Exception {
		String owner = member("Pemilik", "pemilik@contoh.id");
		CompanyId company = registerByHand(owner, "PT Serah Terima " + UUID.randomUUID().toString().substring(0, 5));
		String colleague = member("Rekan", "rekan@contoh.id");
		UUID colleagueRow = addActiveMember(company, colleague, "rekan@contoh.id");
		String pendingEmail = "pending." + UUID.randomUUID().toString().substring(0, 5) + "@contoh.id";
		this.mvc.perform(post("/perusahaan/" + company + "/tim/undang").param("email", pendingEmail)
			.with(as(owner, null))
			.with(csrf()));
		UUID pendingRow = this.jdbc.sql("select id from company_member where company_id = ? and email = ?")
			.params(company, pendingEmail)
			.query(UUID.class)
			.single();

		// without a fresh password confirmation: refused
		this.mvc
			.perform(post("/perusahaan/" + company + "/tim/" + colleagueRow + "/transfer").with(as(owner, null))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("problem")).isEqualTo("team.transfer.password"));
		// a member cannot, and a pending invitee cannot receive it
		this.mvc
			.perform(post("/perusahaan/" + company + "/tim/" + colleagueRow + "/transfer").with(fresh(colleague))
				.cookie(passwordConfirmed(colleague))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		jakarta.servlet.http.Cookie confirmed = passwordConfirmed(owner);
		this.mvc
			.perform(post("/perusahaan/" + company + "/tim/" + pendingRow + "/transfer").with(fresh(owner))
				.cookie(confirmed)
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("problem")).isEqualTo("team.transfer.refused"));
		assertThat(role(company, owner)).isEqualTo("OWNER");

		this.mvc
			.perform(post("/perusahaan/" + company + "/tim/" + colleagueRow + "/transfer").with(fresh(owner))
				.cookie(confirmed)
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("done")).isEqualTo("team.transferred"));
		assertThat(role(company, colleague)).isEqualTo("OWNER");
		assertThat(role(company, owner)).as("the old owner stays a member").isEqualTo("MEMBER");
		assertThat(this.jdbc.sql("select count(*) from company_member where company_id = ? and role = 'OWNER'")
			.param(company)
			.query(Integer.class)
			.single()).isOne();
		// the owner cannot be removed
		UUID ownerRow = this.jdbc.sql("select id from company_member where company_id = ? and sub = ?")
			.params(company, colleague)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(post("/perusahaan/" + company + "/tim/" + ownerRow + "/hapus").with(as(colleague, null))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getFlashMap().get("problem")).isEqualTo("team.not-removable"));
	}

	@Test
	void aMemberOfOneCompanyFindsNothingOfAnother() throws Exception {
		String a = member("Anggota A", "a@contoh.id");
		String b = member("Pemilik B", "b@contoh.id");
		CompanyId companyA = registerByHand(a, "PT Alfa " + UUID.randomUUID().toString().substring(0, 5));
		CompanyId companyB = registerByHand(b, "PT Beta " + UUID.randomUUID().toString().substring(0, 5));
		UUID vacancyB = this.jdbc.sql("""
				insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
					min_education, openings, deadline, status, created_at, updated_at)
				values (gen_random_uuid(), ?, 'Staf Gudang', 'Mengelola stok gudang dan pengiriman harian.',
					'PENUH_WAKTU', 'DI_KANTOR', '32', 'SMA', 2, current_date + 30, 'OPEN', now(), now()) returning id
				""").param(companyB).query(UUID.class).single();
		UUID memberB = this.jdbc.sql("select id from company_member where company_id = ?")
			.param(companyB)
			.query(UUID.class)
			.single();
		String base = "/perusahaan/" + companyB;
		for (String path : new String[] { base, base + "/profil", base + "/tim", base + "/lowongan",
				base + "/lowongan/baru", base + "/lowongan/" + vacancyB + "/posisi",
				base + "/lowongan/" + vacancyB + "/persyaratan", base + "/lowongan/" + vacancyB + "/gaji",
				base + "/jobfair", base + "/tim/" + memberB + "/transfer" }) {
			assertThat(this.mvc
				.perform(
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(as(a, null)))
				.andReturn()
				.getResponse()
				.getStatus()).as(path).isEqualTo(404);
		}
		for (String path : new String[] { base + "/profil", base + "/tim/undang", base + "/tim/" + memberB + "/hapus",
				base + "/tim/" + memberB + "/kirim-ulang", base + "/tim/" + memberB + "/transfer",
				base + "/lowongan/baru", base + "/lowongan/" + vacancyB + "/posisi",
				base + "/lowongan/" + vacancyB + "/tutup" }) {
			assertThat(this.mvc.perform(post(path).param("email", "x@contoh.id").with(as(a, null)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).as(path).isEqualTo(404);
		}
		// and a vacancy of B reached through A's address is not found either
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/perusahaan/" + companyA + "/lowongan/" + vacancyB + "/posisi")
				.with(as(a, null)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(
				this.jdbc.sql("select status from vacancy where id = ?").param(vacancyB).query(String.class).single())
			.isEqualTo("OPEN");
	}

	private CompanyId register(String owner, String code, String name) throws Exception {
		MockHttpServletRequestBuilder request = post("/perusahaan/daftar").param("wlkpCode", code)
			.param("phone", "021-8750000")
			.param("email", "hrd@majujaya.contoh.id")
			.param("province", "32")
			.param("regency", "32.01")
			.param("legalForm", "PT")
			.param("size", "BESAR")
			.param("sector", "Industri makanan")
			.param("address", "Jl. Industri No. 5");
		if (name != null) {
			request.param("name", name);
		}
		String location = this.mvc.perform(request.with(as(owner, null)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).as("registered").startsWith("/perusahaan/");
		return CompanyId.valueOf(location.substring("/perusahaan/".length(), "/perusahaan/".length() + 36));
	}

	private CompanyId registerByHand(String owner, String name) throws Exception {
		String location = this.mvc
			.perform(post("/perusahaan/daftar").param("name", name)
				.param("legalForm", "CV")
				.param("sector", "Perdagangan eceran")
				.param("size", "KECIL")
				.param("province", "32")
				.param("regency", "32.01")
				.param("address", "Jl. Pasar Baru No. 3, Cibinong")
				.param("phone", "0812-1111-2222")
				.param("email", "toko@contoh.id")
				.with(as(owner, null))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).as("registered").startsWith("/perusahaan/");
		return CompanyId.valueOf(location.substring("/perusahaan/".length(), "/perusahaan/".length() + 36));
	}

	private UUID addActiveMember(CompanyId company, String sub, String email) {
		return this.jdbc.sql("""
				insert into company_member (id, company_id, sub, email, name, role, status, joined_at)
				values (gen_random_uuid(), ?, ?, ?, 'Rekan', 'MEMBER', 'ACTIVE', now()) returning id
				""").params(company, sub, email).query(UUID.class).single();
	}

	private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(request.with(who).with(csrf())).andReturn().getResponse().getContentAsString();
	}

	private String role(CompanyId company, String sub) {
		return this.jdbc.sql("select role from company_member where company_id = ? and sub = ? and status = 'ACTIVE'")
			.params(company, sub)
			.query(String.class)
			.single();
	}

	private String statusOf(CompanyId company, String email) {
		return this.jdbc.sql("select status from company_member where company_id = ? and email = ?")
			.params(company, email)
			.query(String.class)
			.single();
	}

	/** Logged in with an address akun has not verified (at the time of the login). */
	private RequestPostProcessor unverifiedLogin(String sub, String email) {
		return oidcLogin().idToken((token) -> token.subject(sub)
			.claim("name", "Orang " + sub.substring(0, 4))
			.issuedAt(Instant.now().minusSeconds(3600))
			.claim("email", email)
			.claim("email_verified", false));
	}

	/** Logged in; with an e-mail, akun verified it. */
	private RequestPostProcessor as(String sub, String verifiedEmail) {
		return oidcLogin().idToken((token) -> {
			token.subject(sub).claim("name", "Orang " + sub.substring(0, 4)).issuedAt(Instant.now().minusSeconds(3600));
			if (verifiedEmail != null) {
				token.claim("email", verifiedEmail).claim("email_verified", true);
			}
		});
	}

	/**
	 * "Konfirmasi dengan password": the session (Spring Session's cookie) that asked akun
	 * for the password again; akun's side is AuthorizationServerTests.
	 */
	private Cookie passwordConfirmed(String sub) throws Exception {
		var response = this.mvc
			.perform(MockMvcRequestBuilders.get("/masuk-ulang").param("kembali", "/saya").with(as(sub, null)))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/oauth2/authorization/akun?prompt=login");
		// Spring Session's cookie (named SESSION under MockMvc, which has no servlet
		// container)
		assertThat(response.getCookies()).hasSize(1);
		return response.getCookies()[0];
	}

	/** Logged in again just now (the password confirmed at akun). */
	private RequestPostProcessor fresh(String sub) {
		return oidcLogin().idToken((token) -> token.subject(sub).claim("name", "Orang").issuedAt(this.clock.instant()));
	}

	private static String link(String body) {
		Matcher matcher = Pattern.compile("(http://\\S*/undangan/[A-Za-z0-9_-]+)").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

}
