package id.siapkerja.jobfair.privacy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import id.siapkerja.jobfair.support.JobfairIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention in Jobfair (issue 22): a fair ended past its period keeps its applications
 * only as anonymous counts and loses its conversations; old notifications go; nothing
 * younger is touched. The privacy page lists the periods and every page links to it.
 */
class RetentionTests extends JobfairIntegrationTest {

	@Autowired
	Retention retention;

	@Test
	void aFairEndedLongAgoKeepsOnlyAnonymousApplications() throws Exception {
		OngoingFair old = ongoingFair(null, false, 1);
		OngoingFair recent = ongoingFair(null, false, 1);
		String seeker = checkedInSeeker(old);
		submit("/jobfair/" + recent.slug() + "/ikuti", seeker);
		submit("/portofolio/jobfair/" + recent.id() + "/check-in", seeker);
		assertThat(flash(post(old.page(old.vacancies().get(0))).param("note", "Catatan lama"), seeker, "done"))
			.isEqualTo("apply.done");
		assertThat(flash(post(recent.page(recent.vacancies().get(0))).param("note", "Catatan baru"), seeker, "done"))
			.isEqualTo("apply.done");
		this.jdbc.sql("""
				insert into conversation (id, fair_id, a_kind, a_id, b_kind, b_id, created_at)
				values (gen_random_uuid(), ?, 'COMPANY', ?, 'SEEKER', ?, now())
				""").params(old.id(), old.company().toString(), seeker).update();
		String tag = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		for (Instant at : new Instant[] { now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(10)) }) {
			this.jdbc.sql("""
					insert into notification (id, sub, message_key, arguments, link, created_at)
					values (gen_random_uuid(), ?, 'notify.message', '[]', ?, ?)
					""").params(seeker, tag, Timestamp.from(at)).update();
		}
		// the old fair ended 800 days ago
		this.jdbc.sql("""
				update fair set starts_at = ?, ends_at = ?, registration_deadline = ?, status = 'FINISHED' where id = ?
				""")
			.params(Timestamp.from(now.minus(Duration.ofDays(802))), Timestamp.from(now.minus(Duration.ofDays(800))),
					Timestamp.from(now.minus(Duration.ofDays(803))), old.id())
			.update();

		Map<String, Integer> purged = this.retention.purge();

		assertThat(purged.get("applications")).isPositive();
		assertThat(this.jdbc.sql("""
				select snapshot ->> 'name' || ' ' || note || ' ' || (photo is null) from application where fair_id = ?
				""").param(old.id()).query(String.class).single()).isEqualTo("Pelamar anonim  true");
		assertThat(this.jdbc.sql("select note from application where fair_id = ?")
			.param(recent.id())
			.query(String.class)
			.single()).isEqualTo("Catatan baru");
		assertThat(count("select count(*) from conversation where fair_id = ?", old.id())).isZero();
		assertThat(count("select count(*) from notification where link = ?", tag)).isOne();
		assertThat(this.retention.purge().get("applications")).as("once is enough").isZero();
	}

	@Test
	void thePrivacyPageListsThePeriodsAndEveryPageLinksToIt() throws Exception {
		Document home = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(home.select("#privacy-link").attr("href")).isEqualTo("/privasi");
		Document privacy = Jsoup.parse(this.mvc.perform(get("/privasi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(privacy.select("#retention tr").eachText()).contains(
				"Lamaran (nama, kontak, foto, catatan, profil), setelah jobfair berakhir 730 hari",
				"Notifikasi 180 hari");
		assertThat(privacy.select("#privacy-other").attr("href")).endsWith("/privasi");
	}

}
