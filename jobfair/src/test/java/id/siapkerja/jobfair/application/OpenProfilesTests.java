package id.siapkerja.jobfair.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A seeker who opened their profile to a fair's companies in akun (issue 22, a consent
 * that is not given unless they give it) is shown, without contact data, to the team of a
 * company taking part in a fair they follow, with "Kirim pesan"; a seeker who did not is
 * not, nor anyone once the consent is withdrawn; no other company sees the list.
 */
class OpenProfilesTests extends JobfairIntegrationTest {

	@Test
	void onlyTheSeekersWhoOpenedTheirProfileAreShownToTheFairsCompanies() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 1);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String siti = follower(fair, "Siti Terbuka " + tag, "siti." + tag + "@contoh.id", true);
		String budi = follower(fair, "Budi Tertutup " + tag, "budi." + tag + "@contoh.id", false);
		String page = "/perusahaan/" + fair.company() + "/jobfair/" + fair.id() + "/pencaker-terbuka";

		String shown = shown(get(page), fair.recruiter());
		assertThat(shown)
			.contains("Siti Terbuka " + tag, "SMK · Teknik Mesin", "Keterampilan: Excel",
					"Kirim pesan kepada Siti Terbuka " + tag, "pencaker:" + siti)
			.doesNotContain("Budi Tertutup", budi, "siti." + tag + "@contoh.id", "+6281200000000");
		assertThat(this.jdbc.sql("select profile::text from seeker_profile where sub = ?")
			.param(siti)
			.query(String.class)
			.single()).as("the consent is not part of the profile an application sends").doesNotContain("consents");

		// another company, or a recruiter asking for one that is not theirs: nothing
		String stranger = member("Perekrut Lain " + tag);
		CompanyId other = company(stranger, "PT Lain " + tag, "32");
		assertThat(this.mvc
			.perform(get("/perusahaan/" + other + "/jobfair/" + fair.id() + "/pencaker-terbuka").with(as(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(page).with(as(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);

		// Siti withdraws the consent in akun: her profile, refreshed, is closed again
		this.seekerProfiles.save(siti,
				person("Siti Terbuka " + tag, "SMK", "Teknik Mesin", "32.01.01.2001", List.of("Excel")), null);
		assertThat(shown(get(page), fair.recruiter())).doesNotContain("Siti Terbuka")
			.contains("Belum ada pengikut jobfair ini yang membuka profilnya");
	}

	private String follower(OngoingFair fair, String name, String email, boolean open) throws Exception {
		String sub = member(name, email);
		Map<String, Object> person = person(name, "SMK", "Teknik Mesin", "32.01.01.2001", List.of("Excel"));
		person.put("email", email);
		if (open) {
			person.put("consents", List.of("EMAIL_NOTIFICATIONS", "PRIVACY_NOTICE", "PROFILE_TO_FAIR_COMPANIES"));
		}
		this.seekerProfiles.save(sub, person, null);
		submit("/jobfair/" + fair.slug() + "/ikuti", sub);
		return sub;
	}

}
