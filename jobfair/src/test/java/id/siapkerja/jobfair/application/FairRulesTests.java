package id.siapkerja.jobfair.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.siapkerja.jobfair.seeker.SeekerProfiles;
import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rules an organizer sets for seekers (issue 21): at most N applications in the fair,
 * withdrawn ones not counted, perhaps one per company; shown before applying, and held in
 * the application's transaction, also when one seeker's applies race.
 */
class FairRulesTests extends JobfairIntegrationTest {

	@Autowired
	SeekerProfiles profiles;

	@Test
	void aSeekerSeesWhatIsLeftAndCannotGoBeyondTheLimitUntilWithdrawing() throws Exception {
		OngoingFair fair = ongoingFair(2, false, 3);
		String seeker = checkedInSeeker(fair);
		assertThat(shown(get(fair.page(fair.vacancies().get(0))), seeker))
			.contains("Sisa lamaran Anda di jobfair ini: 2 dari 2.");
		assertThat(apply(fair, 0, seeker)).isEqualTo("apply.done");
		assertThat(apply(fair, 1, seeker)).isEqualTo("apply.done");
		String third = shown(get(fair.page(fair.vacancies().get(2))), seeker);
		assertThat(third).contains("Sisa lamaran Anda di jobfair ini: 0 dari 2.")
			.contains("Anda sudah mengirim lamaran sebanyak batas jobfair ini")
			.doesNotContain("id=\"apply-form\"");
		assertThat(flash(post(fair.page(fair.vacancies().get(2))), seeker, "problem"))
			.isEqualTo("apply.refused.limit-reached");
		assertThat(count("select count(*) from application where sub = ?", seeker)).isEqualTo(2);
		// the page of a vacancy applied to still shows that application
		assertThat(apply(fair, 0, seeker)).isEqualTo("apply.already");

		UUID first = this.jdbc.sql("select id from application where sub = ? and vacancy_id = ?")
			.params(seeker, fair.vacancies().get(0))
			.query(UUID.class)
			.single();
		assertThat(flash(post("/portofolio/lamaran/" + first + "/tarik"), seeker, "done")).isEqualTo("apply.withdrawn");
		assertThat(apply(fair, 2, seeker)).as("a withdrawn application frees its place").isEqualTo("apply.done");
	}

	@Test
	void concurrentAppliesOfOneSeekerNeverExceedTheLimit() throws Exception {
		OngoingFair fair = ongoingFair(3, false, 12);
		String seeker = checkedInSeeker(fair);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			int vacancy = i;
			Callable<String> apply = () -> apply(fair, vacancy, seeker);
			results.add(pool.submit(apply));
		}
		int done = 0;
		for (Future<String> result : results) {
			String outcome = result.get();
			assertThat(outcome).isIn("apply.done", "apply.refused.limit-reached");
			done += outcome.equals("apply.done") ? 1 : 0;
		}
		pool.shutdown();
		assertThat(done).isEqualTo(3);
		assertThat(count("select count(*) from application where sub = ?", seeker)).isEqualTo(3);
	}

	@Test
	void oneApplicationPerCompanyWhenTheFairSaysSo() throws Exception {
		OngoingFair fair = ongoingFair(null, true, 2);
		String seeker = checkedInSeeker(fair);
		assertThat(shown(get(fair.page(fair.vacancies().get(0))), seeker)).doesNotContain("Sisa lamaran");
		assertThat(apply(fair, 0, seeker)).isEqualTo("apply.done");
		assertThat(shown(get(fair.page(fair.vacancies().get(1))), seeker))
			.contains("jobfair ini membolehkan satu lamaran per perusahaan");
		assertThat(apply(fair, 1, seeker)).isEqualTo("apply.refused.one-per-company");
		assertThat(shown(get("/portofolio/jobfair/" + fair.id()), seeker)).contains("Satu lamaran per perusahaan.");
	}

	/** "Lanjutkan" on the n-th vacancy: what the page says next ("done" or "problem"). */
	private String apply(OngoingFair fair, int vacancy, String seeker) throws Exception {
		var result = this.mvc
			.perform(post(fair.page(fair.vacancies().get(vacancy))).with(as(seeker))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn()
			.getFlashMap();
		Object done = result.get("done");
		return done != null ? done.toString() : String.valueOf(result.get("problem"));
	}

}
