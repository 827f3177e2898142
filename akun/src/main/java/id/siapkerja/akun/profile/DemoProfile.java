package id.siapkerja.akun.profile;

import java.time.YearMonth;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.siapkerja.akun.account.Accounts;
import id.siapkerja.akun.shared.EmailAddress;
import id.siapkerja.webkit.catalog.Catalogs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo job seeker's profile (dev profile), so that Jobfair's matching and applying
 * can be tried at once: domicile in Kabupaten Bogor, SMK Teknik Mesin, a job, two skills.
 * Filled once, after the demo accounts exist.
 */
@Component
@ConditionalOnProperty(name = "siapkerja.akun.demo-accounts", havingValue = "true")
@RequiredArgsConstructor
class DemoProfile {

	private static final Logger log = LoggerFactory.getLogger(DemoProfile.class);

	private final Accounts accounts;

	private final Profiles profiles;

	private final Catalogs catalogs;

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seed() {
		EmailAddress.parse("pencaker@demo.siapkerja.id")
			.flatMap(this.accounts::byEmail)
			.filter((account) -> this.profiles.of(account.id()).education() == null)
			.ifPresent((account) -> {
				this.profiles.savePersonal(account.id(),
						new Profiles.PersonalData("Lulusan SMK yang teliti dan siap bekerja sif (data demo).",
								account.villageCode(), "Jl. Raya Cibinong No. 10", "16911", false,
								List.of("Operator Produksi")));
				this.profiles.addExperience(account.id(),
						new Profile.Experience(null, "CV Maju Jaya (demo)", "Operator Mesin", YearMonth.of(2022, 1),
								YearMonth.of(2024, 6), Profile.EmploymentType.KONTRAK,
								"Menjalankan mesin pengemasan."));
				this.profiles.saveEducation(account.id(), new Profile.Education(Profile.EducationLevel.SMK,
						"SMK Negeri 1 Cibinong", "Teknik Mesin", 2021, "85"));
				for (String skill : List.of("Microsoft Excel", "K3 Umum")) {
					this.profiles.addSkill(account.id(), new Profile.Skill(Catalogs.normalize(skill),
							this.catalogs.skillName(skill), Profile.SkillLevel.MENENGAH));
				}
				log.info("Demo seeker profile filled");
			});
	}

}
