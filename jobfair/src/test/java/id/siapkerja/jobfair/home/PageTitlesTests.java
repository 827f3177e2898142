package id.siapkerja.jobfair.home;

import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page names itself in the browser's tab (and in a screen reader's list of tabs):
 * the page gives the layout its title as text, whether a message, the fair's own title or
 * a choice between two.
 */
class PageTitlesTests extends JobfairIntegrationTest {

	@Test
	void eachPageNamesItselfInTheTab() throws Exception {
		OngoingFair fair = ongoingFair(null, false, 1);
		RequestPostProcessor admin = adminPusat();

		assertThat(title(get("/jobfair/" + fair.slug()), null)).isEqualTo("Bursa Kerja Beraturan");
		assertThat(title(get("/admin/hasil"), admin)).isEqualTo("Hasil rekrutmen semua jobfair");
		assertThat(title(get("/admin/jobfair/" + fair.id() + "/hasil"), admin)).isEqualTo("Hasil rekrutmen");
		String openProfiles = "/perusahaan/" + fair.company() + "/jobfair/" + fair.id() + "/pencaker-terbuka";
		Document page = document(get(openProfiles), as(fair.recruiter()));
		assertThat(page.title()).isEqualTo("Pencaker terbuka — Bursa Kerja Beraturan");
		// the heading: the way back to the fair above the page's own title
		assertThat(page.select("h1").eachText()).containsExactly("Pencaker terbuka");
		assertThat(page.select("p.small.mb-1 > a").first().text()).isEqualTo("Bursa Kerja Beraturan");
		assertThat(page.select("p.small.mb-1 > a").first().attr("href"))
			.isEqualTo("/perusahaan/" + fair.company() + "/jobfair/" + fair.id() + "/ikuti");
	}

	private String title(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return document(request, who).title();
	}

}
