package id.siapkerja.jobfair.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.company.Team;
import id.siapkerja.jobfair.company.TeamMember;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.participation.Participation;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.vacancy.Vacancies;
import id.siapkerja.jobfair.vacancy.Vacancy;
import id.siapkerja.jobfair.vacancy.VacancyId;
import id.siapkerja.webkit.catalog.Catalogs;
import id.siapkerja.webkit.text.Times;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo companies of the dev profile, created once after the demo fairs: the demo account
 * perusahaan@demo.siapkerja.id owns "PT Demo Maju Bersama" (claimed at its first login,
 * with a pending invitation on its team), and 24 more companies with vacancies across
 * sectors and education levels take part in the demo fairs in every state; the ongoing
 * fair has 22 accepted companies and over a hundred vacancies.
 */
@Component
@ConditionalOnProperty(name = "siapkerja.jobfair.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoCompanies {

	static final String COMPANY = "PT Demo Maju Bersama";

	private static final Logger log = LoggerFactory.getLogger(DemoCompanies.class);

	private static final String[][] SECTORS = {
			{ "Industri makanan", "Operator Produksi", "Quality Control", "Staf Gudang", "Teknisi Mesin",
					"Admin Produksi" },
			{ "Perdagangan eceran", "Kasir", "Pramuniaga", "Kepala Toko", "Staf Gudang", "Admin Penjualan" },
			{ "Teknologi informasi", "Programmer", "Staf IT Support", "Analis Data", "Desainer Grafis",
					"Admin Media Sosial" },
			{ "Konstruksi gedung", "Drafter", "Pengawas Lapangan", "Tukang Listrik", "Operator Alat Berat",
					"Admin Proyek" },
			{ "Rumah sakit", "Perawat", "Staf Rekam Medis", "Apoteker", "Resepsionis", "Petugas Kebersihan" },
			{ "Angkutan darat", "Sopir", "Staf Logistik", "Kurir", "Mekanik", "Admin Ekspedisi" } };

	private static final String[][] SKILLS = { { "Microsoft Excel", "K3 Umum", "Quality Control" },
			{ "Pelayanan Pelanggan", "Microsoft Excel", "Negosiasi" }, { "Java", "SQL", "Microsoft Excel" },
			{ "AutoCAD", "K3 Umum", "Manajemen Proyek" }, { "Pelayanan Pelanggan", "Microsoft Word", "K3 Umum" },
			{ "Mengemudi", "Microsoft Excel", "Pelayanan Pelanggan" } };

	private static final String[] EDUCATION = { "SMA", "SMK", "D3", "S1", "SMP", "SMK" };

	private static final String[] NAMES = { "Sinar", "Karya", "Mitra", "Prima", "Cahaya", "Sentosa", "Abadi",
			"Nusantara", "Harapan", "Samudra", "Bintang", "Lestari" };

	private final Participations participations;

	private final Companies companies;

	private final Team team;

	private final Clock clock;

	private final Vacancies vacancies;

	private final Fairs fairs;

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	@Transactional
	void seed() {
		if (this.companies.byName(COMPANY).isPresent()) {
			return;
		}
		Random random = new Random(2026_11_28L);
		Company demo = companyWithoutMembers(COMPANY, "Industri makanan", "32.01");
		// the demo owner becomes the owner at the first login
		this.team.arrange(demo.id(), "perusahaan@demo.siapkerja.id", TeamMember.Role.OWNER);
		this.team.arrangeInvitation(demo.id(), "calon.anggota@demo.siapkerja.id", "Calon Anggota");
		List<VacancyId> demoVacancies = vacancies(demo.id(), 0, 3, random);

		Optional<FairId> ongoing = fair("Bursa Kerja Cibinong Sedang Berlangsung");
		Optional<FairId> soon = fair("Jobfair Daring Segera Dimulai");
		Optional<FairId> nextMonth = fair("Pameran Kerja Bogor Bulan Depan");
		String[] regions = { "32.01", "32.71", "32.76", "31.71", "36.03", "32.16" };
		for (int i = 0; i < 24; i++) {
			int sector = i % SECTORS.length;
			String word = SECTORS[sector][0].replace("Industri ", "").split(" ")[0];
			String name = "PT " + NAMES[i % NAMES.length] + " " + NAMES[(i * 5 + 3) % NAMES.length] + " "
					+ Character.toUpperCase(word.charAt(0)) + word.substring(1) + " (demo)";
			CompanyId company = companyWithoutMembers(name, SECTORS[sector][0], regions[i % regions.length]).id();
			List<VacancyId> vacancies = vacancies(company, sector, 5, random);
			if (i < 22) {
				ongoing.ifPresent((fair) -> participate(fair, company, "ACCEPTED", null, vacancies));
			}
			if (i < 6) {
				soon.ifPresent((fair) -> participate(fair, company, "ACCEPTED", null, vacancies.subList(0, 2)));
			}
			if (i >= 20) {
				boolean rejected = i == 23;
				nextMonth.ifPresent((fair) -> participate(fair, company, rejected ? "REJECTED" : "REQUESTED",
						rejected ? "Lengkapi deskripsi lowongan (data demo)." : null, vacancies.subList(0, 1)));
			}
		}
		nextMonth.ifPresent((fair) -> participate(fair, demo.id(), "REQUESTED", null, demoVacancies));
		// the demo owner's company takes part in the ongoing fair, so its applicants can
		// be tried at once
		ongoing.ifPresent((fair) -> participate(fair, demo.id(), "ACCEPTED", null, demoVacancies));
		log.info("Demo companies created: {} with a pending invitation, 24 more in the demo fairs", COMPANY);
	}

	private Company companyWithoutMembers(String name, String sector, String region) {
		return this.companies.registerUnclaimed(new Company(null, null, name, Company.LegalForm.PT, sector,
				Company.Size.MENENGAH, region, "Jl. Industri Raya (data demo)", "021-5550000", "hrd@demo.siapkerja.id",
				"", "Perusahaan rekaan untuk demo."));
	}

	private List<VacancyId> vacancies(CompanyId company, int sector, int count, Random random) {
		LocalDate deadline = LocalDate.now(this.clock.withZone(Times.DEFAULT_ZONE)).plusDays(45);
		List<VacancyId> ids = new ArrayList<>();
		for (int v = 0; v < count; v++) {
			String[] skills = SKILLS[sector];
			String education = EDUCATION[(sector + v) % EDUCATION.length];
			long salary = 4_500_000L + random.nextInt(10) * 250_000L;
			VacancyId id = this.vacancies.create(company, new Vacancies.Position(SECTORS[sector][1 + v % 5],
					"Bergabung dengan tim kami (data demo). Tugas:\n- bekerja sesuai SOP\n- melapor kepada atasan",
					v % 3 == 0 ? Vacancy.EmploymentType.KONTRAK : Vacancy.EmploymentType.PENUH_WAKTU,
					Vacancy.WorkArrangement.DI_KANTOR, "32.01", 1 + random.nextInt(10)));
			this.vacancies.updateRequirements(company, id,
					new Vacancies.Requirements(Vacancy.Education.valueOf(education), List.of(),
							Arrays.stream(skills).map(Catalogs::normalize).toList(), List.of(skills), random.nextInt(3),
							v % 4 == 0));
			this.vacancies.updateTerms(company, id, new Vacancies.Terms(salary,
					salary + 500_000L + random.nextInt(8) * 250_000L, v % 2 == 0, deadline));
			this.vacancies.move(company, id, Vacancy.Status.Action.OPEN);
			ids.add(id);
		}
		return ids;
	}

	private void participate(FairId fair, CompanyId company, String status, String reason, List<VacancyId> vacancies) {
		this.participations.arrange(fair, company, Participation.Status.valueOf(status), reason, vacancies,
				"data demo");
	}

	private Optional<FairId> fair(String title) {
		return this.fairs.byTitle(title).map(Fair::id);
	}

}
