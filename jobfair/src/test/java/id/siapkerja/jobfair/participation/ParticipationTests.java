package id.siapkerja.jobfair.participation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import id.siapkerja.jobfair.vacancy.VacancyId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Vacancies written in three steps, and companies joining a fair (J-C-h … l, J-O-i): only
 * while it is published and before its deadline, only with the company's own open
 * vacancies; decided only by the fair's organizer, once, with a reason for a rejection.
 */
class ParticipationTests extends JobfairIntegrationTest {

	@Test
	void aVacancyIsWrittenInThreeStepsWithSkillsNormalizedLikeTheProfile() throws Exception {
		String owner = member("Hana");
		CompanyId company = company(owner, "PT Tiga Langkah", "32.16");
		String step2 = this.mvc
			.perform(post("/perusahaan/" + company + "/lowongan/baru").param("title", "Admin Gudang")
				.param("description", "Mencatat barang masuk dan keluar gudang setiap hari.")
				.param("employmentType", "KONTRAK")
				.param("workArrangement", "DI_KANTOR")
				.param("province", "32")
				.param("regency", "32.01")
				.param("openings", "3")
				.with(as(owner))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(step2).endsWith("/persyaratan");
		String vacancy = step2.replaceAll(".*/lowongan/([0-9a-f-]+)/.*", "$1");
		assertThat(status(VacancyId.valueOf(vacancy))).isEqualTo("DRAFT");
		this.mvc.perform(post(step2).param("minEducation", "SMK")
			.param("majors", "Teknik Mesin, Administrasi Perkantoran")
			.param("skills", "ms excel, K3, MS-Excel, Mengemudi forklift")
			.param("minExperienceYears", "1")
			.with(as(owner))
			.with(csrf()));
		assertThat(this.jdbc.sql("select array_to_string(skills, '|') from vacancy where id = ?::uuid")
			.param(vacancy)
			.query(String.class)
			.single()).isEqualTo("microsoft excel|k3 umum|mengemudi forklift");
		String refused = page(
				post("/perusahaan/" + company + "/lowongan/" + vacancy + "/gaji").param("salaryMin", "6.000.000")
					.param("salaryMax", "5000000")
					.param("deadline", "2000-01-01"),
				owner);
		assertThat(refused).contains("Batas atas gaji harus sama atau lebih besar dari batas bawah.")
			.contains("Batas lamaran antara hari ini dan satu tahun lagi.");
		this.mvc
			.perform(post("/perusahaan/" + company + "/lowongan/" + vacancy + "/gaji").param("salaryMin", "5.000.000")
				.param("salaryMax", "6000000")
				.param("showSalary", "on")
				.param("deadline", java.time.LocalDate.now().plusDays(20).toString())
				.param("action", "buka")
				.with(as(owner))
				.with(csrf()));
		assertThat(status(VacancyId.valueOf(vacancy))).isEqualTo("OPEN");
		assertThat(page(get("/perusahaan/" + company + "/lowongan"), owner)).contains("Admin Gudang")
			.contains("Dibuka");
		assertThat(page(get("/perusahaan/" + company + "/lowongan/" + vacancy + "/persyaratan"), owner))
			.as("no field for age, gender, religion, ethnicity or marital status")
			.doesNotContainIgnoringCase("name=\"age")
			.doesNotContainIgnoringCase("name=\"gender")
			.doesNotContainIgnoringCase("name=\"religion")
			.doesNotContainIgnoringCase("name=\"usia")
			.doesNotContainIgnoringCase("name=\"agama");
	}

	@Test
	void companiesJoinWhileRegistrationIsOpenAndOnlyTheOrganizerDecides() throws Exception {
		String organizerMember = member("Sri");
		UUID organizer = organizer(organizerMember, "Disnaker Kota Bekasi");
		String otherOrganizerMember = member("Lain");
		organizer(otherOrganizerMember, "Disnaker Kota Depok");
		FairId fair = fair(organizer, "PUBLISHED", Duration.ofDays(10));

		String ownerA = member("Agus");
		CompanyId companyA = company(ownerA, "PT Alfa Bekasi", "32.16");
		VacancyId vacancyA = vacancy(companyA, "Operator Produksi");
		VacancyId vacancyA2 = vacancy(companyA, "Teknisi Listrik");
		String ownerB = member("Bayu");
		CompanyId companyB = company(ownerB, "PT Beta Bekasi", "32.16");
		VacancyId vacancyB = vacancy(companyB, "Kasir");

		// a vacancy of another company is not taken, whatever the form sends
		assertThat(flash(
				post("/perusahaan/" + companyA + "/jobfair/" + fair + "/ikuti").param("lowongan", vacancyB.toString()),
				ownerA, "problem"))
			.isEqualTo("participation.refused.no-vacancy");
		assertThat(flash(
				post("/perusahaan/" + companyA + "/jobfair/" + fair + "/ikuti").param("lowongan", vacancyA.toString()),
				ownerA, "done"))
			.isEqualTo("participation.requested");
		assertThat(flash(
				post("/perusahaan/" + companyB + "/jobfair/" + fair + "/ikuti").param("lowongan", vacancyB.toString()),
				ownerB, "done"))
			.isEqualTo("participation.requested");
		UUID requestA = participation(fair, companyA);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select count(*) from notification where sub = ? and message_key = ?")
						.params(organizerMember, "notify.participation.requested")
						.query(Integer.class)
						.single())
				.as("the organizer is told of each request")
				.isEqualTo(2));
		UUID requestB = participation(fair, companyB);

		// nobody but the organizer's members decides, or even sees the requests
		for (String who : new String[] { otherOrganizerMember, ownerA, member("Pencaker") }) {
			assertThat(this.mvc.perform(get("/kelola/jobfair/" + fair + "/perusahaan").with(as(who)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(this.mvc
				.perform(post("/kelola/jobfair/" + fair + "/perusahaan/" + requestA + "/terima").with(as(who))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}
		assertThat(statusOf(requestA)).isEqualTo("REQUESTED");

		String requests = page(get("/kelola/jobfair/" + fair + "/perusahaan"), organizerMember);
		assertThat(requests).contains("PT Alfa Bekasi").contains("Operator Produksi").contains("PT Beta Bekasi");
		assertThat(flash(post("/kelola/jobfair/" + fair + "/perusahaan/" + requestB + "/tolak"), organizerMember,
				"problem"))
			.isEqualTo("participation.reason.required");
		assertThat(flash(post("/kelola/jobfair/" + fair + "/perusahaan/" + requestB + "/tolak").param("reason",
				"Kuota sektor ritel sudah penuh."), organizerMember, "done"))
			.isEqualTo("participation.rejected");
		assertThat(
				flash(post("/kelola/jobfair/" + fair + "/perusahaan/" + requestA + "/terima"), organizerMember, "done"))
			.isEqualTo("participation.accepted");
		assertThat(flash(post("/kelola/jobfair/" + fair + "/perusahaan/" + requestA + "/tolak").param("reason", "x"),
				organizerMember, "problem"))
			.isEqualTo("participation.decide.already");
		assertThat(statusOf(requestA)).isEqualTo("ACCEPTED");
		assertThat(page(get("/perusahaan/" + companyB + "/jobfair"), ownerB)).contains("Ditolak")
			.contains("Kuota sektor ritel sudah penuh.");
		assertThat(page(get("/perusahaan/" + companyB + "/jobfair/" + fair + "/ikuti"), ownerB))
			.contains("Kuota sektor ritel sudah penuh.");

		// after the deadline: no new company, but an accepted one adds vacancies until
		// the end
		this.clock.advance(Duration.ofDays(9).plusHours(1));
		String ownerC = member("Citra");
		CompanyId companyC = company(ownerC, "PT Gamma Bekasi", "32.16");
		assertThat(flash(post("/perusahaan/" + companyC + "/jobfair/" + fair + "/ikuti").param("lowongan",
				vacancy(companyC, "Sopir").toString()), ownerC, "problem"))
			.isEqualTo("participation.refused.not-open");
		assertThat(flash(
				post("/perusahaan/" + companyA + "/jobfair/" + fair + "/ikuti").param("lowongan", vacancyA2.toString()),
				ownerA, "done"))
			.isEqualTo("participation.requested");
		assertThat(this.jdbc.sql("select count(*) from participation_vacancy where participation_id = ?")
			.param(requestA)
			.query(Integer.class)
			.single()).isEqualTo(2);

		// the fair starts: the company's list says so
		this.clock.advance(Duration.ofDays(1));
		assertThat(page(get("/perusahaan/" + companyA + "/jobfair"), ownerA)).contains("Sedang berlangsung");
	}

	@Test
	void aFairNotPublishedTakesNoCompanies() throws Exception {
		String organizerMember = member("Dewi");
		FairId fair = fair(organizer(organizerMember, "BLK Serang"), "VERIFIED", Duration.ofDays(10));
		String owner = member("Eko");
		CompanyId company = company(owner, "PT Belum Terbit", "32.16");
		VacancyId vacancy = vacancy(company, "Staf Admin");
		assertThat(this.mvc
			.perform(
					post("/perusahaan/" + company + "/jobfair/" + fair + "/ikuti").param("lowongan", vacancy.toString())
						.with(as(owner))
						.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from participation where fair_id = ?")
			.param(fair)
			.query(Integer.class)
			.single()).isZero();
	}

	private UUID participation(FairId fair, CompanyId company) {
		return this.jdbc.sql("select id from participation where fair_id = ? and company_id = ?")
			.params(fair, company)
			.query(UUID.class)
			.single();
	}

	private String statusOf(UUID participation) {
		return this.jdbc.sql("select status from participation where id = ?")
			.param(participation)
			.query(String.class)
			.single();
	}

	private String status(VacancyId vacancy) {
		return this.jdbc.sql("select status from vacancy where id = ?").param(vacancy).query(String.class).single();
	}

	private UUID organizer(String sub, String name) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into organizer (id, name, type, region_code, address, phone, email, person_in_charge, created_at)
					values (?, ?, 'DISNAKER_KABKOTA', '32', 'Jl. Ir. H. Juanda No. 100', '021-8841234', 'disnaker@contoh.id',
						'Sri', now())
					""")
			.params(id, name + " " + id.toString().substring(0, 4))
			.update();
		this.jdbc.sql("insert into organizer_member (organizer_id, sub) values (?, ?)").params(id, sub).update();
		return id;
	}

	private FairId fair(UUID organizer, String status, Duration startsIn) {
		FairId id = FairId.random();
		Instant start = this.clock.instant().plus(startsIn);
		this.jdbc.sql("""
				insert into fair (id, slug, organizer_id, title, description, type, zone, starts_at, ends_at,
					registration_deadline, contact_person, contact_phone, status, created_at, updated_at)
				values (?, ?, ?, 'Bursa Kerja Bekasi', 'Bursa kerja untuk lulusan SMA/SMK dan D3 se-Bekasi.', 'ONLINE',
					'Asia/Jakarta', ?, ?, ?, 'Sri', '0218841234', ?, now(), now())
				""")
			.params(id, "bursa-" + id, organizer, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofDays(2))),
					Timestamp.from(start.minus(Duration.ofDays(1))), status)
			.update();
		return id;
	}

	private VacancyId vacancy(CompanyId company, String title) {
		return this.jdbc.sql("""
				insert into vacancy (id, company_id, title, description, employment_type, work_arrangement, region_code,
					min_education, openings, deadline, status, created_at, updated_at)
				values (gen_random_uuid(), ?, ?, 'Deskripsi pekerjaan yang cukup panjang.', 'PENUH_WAKTU', 'DI_KANTOR',
					'32.16', 'SMA', 2, current_date + 60, 'OPEN', now(), now()) returning id
				""").params(company, title).query((rs, row) -> new VacancyId(rs.getObject(1, UUID.class))).single();
	}

}
