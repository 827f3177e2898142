package id.siapkerja.jobfair.home;

import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The filters above a list (one web-kit fragment for all of them): each labelled, and
 * showing what the person asked for after the list was filtered, so the next change
 * starts from there.
 */
class FilterFormsTests extends JobfairIntegrationTest {

	@Test
	void aFilteredListShowsWhatWasAskedForInItsFilters() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 2);

		Document applicants = document(get("/perusahaan/" + fair.company() + "/jobfair/" + fair.id() + "/pelamar")
			.param("lowongan", fair.vacancies().get(1).toString())
			.param("status", "INTERVIEW")
			.param("pendidikan", "SMK")
			.param("urut", "kecocokan"), as(fair.recruiter()));
		assertThat(applicants.select("#lowongan option").eachText()).containsExactly("Semua", "Operator 1",
				"Operator 2");
		assertThat(applicants.select("#lowongan option[selected]").text()).isEqualTo("Operator 2");
		assertThat(applicants.select("#status option[selected]").val()).isEqualTo("INTERVIEW");
		assertThat(applicants.select("#pendidikan").val()).isEqualTo("SMK");
		assertThat(applicants.select("#keahlian").val()).isEmpty();
		assertThat(applicants.select("#urut option[selected]").text()).isEqualTo("Kecocokan keahlian");
		assertThat(applicants.select("label[for=lowongan]").text()).isEqualTo("Lowongan");
		assertThat(applicants.select("label[for=urut]").text()).isEqualTo("Urutkan");

		Document home = document(get("/").param("provinsi", "32").param("tipe", "ONLINE"), null);
		assertThat(home.select("#provinsi option[selected]").text()).isEqualTo("Jawa Barat");
		assertThat(home.select("#tipe option[selected]").text()).isEqualTo("Daring");
		assertThat(home.select("#tipe option").first().text()).isEqualTo("Semua jenis");
		assertThat(home.select("label[for=q]").hasClass("visually-hidden")).isTrue();

		Document admin = document(get("/admin").param("status", "PUBLISHED").param("dari", "2026-01-01"), adminPusat());
		assertThat(admin.select("#status option[selected]").text()).isEqualTo("Diterbitkan");
		assertThat(admin.select("#dari").attr("type")).isEqualTo("date");
		assertThat(admin.select("#dari").val()).isEqualTo("2026-01-01");
		assertThat(admin.select("#sampai").val()).isEmpty();
		assertThat(admin.select("#penyelenggara").attr("maxlength")).isEqualTo("100");
	}

}
