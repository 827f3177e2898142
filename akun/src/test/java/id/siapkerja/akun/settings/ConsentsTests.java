package id.siapkerja.akun.settings;

import java.time.Duration;
import java.util.Map;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Persetujuan" (issue 22): what the person agreed to at registration, to which version
 * of the privacy notice and when; the optional consents withdrawn and given again, each
 * change in the activity and on the feed the services read; the privacy notice stays
 * until the account is deleted. "Kebijakan Privasi" lists the periods the retention job
 * uses, linked from every page.
 */
class ConsentsTests extends AkunIntegrationTest {

	@Test
	void optionalConsentsAreWithdrawnAndGivenAgainAndTheServicesAreTold() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String account = this.jdbc.sql("select id::text from account where email = ?")
			.param(person.email())
			.query(String.class)
			.single();

		WebClient.Page page = browser.get("/persetujuan");
		assertThat(page.document().select("#consent-PRIVACY_NOTICE-state").text()).startsWith("Disetujui ")
			.endsWith("(pemberitahuan privasi versi 2026-11).");
		assertThat(page.document().select("#consent-PRIVACY_NOTICE form")).as("only by deleting the account").isEmpty();
		assertThat(page.document().select("#consent-EMAIL_NOTIFICATIONS-state").text()).startsWith("Disetujui ");

		this.clock.advance(Duration.ofMinutes(5));
		page = page.form("#consent-EMAIL_NOTIFICATIONS form").submit();
		assertThat(page.document().select("#done").text()).isEqualTo("Persetujuan ditarik: E-mail pemberitahuan.");
		assertThat(page.document().select("#consent-EMAIL_NOTIFICATIONS-state").text()).startsWith("Ditarik ");
		assertThat(page.document().select("#consent-SMS_REMINDERS-state").text()).startsWith("Disetujui ");
		assertThat(latestEvent(account)).as("the services are told")
			.contains("\"consents\":[\"PRIVACY_NOTICE\",\"SMS_REMINDERS\"]");
		assertThat(browser.get("/aktivitas").text()).contains("Persetujuan ditarik");

		page = page.form("#consent-EMAIL_NOTIFICATIONS form").submit();
		assertThat(page.document().select("#consent-EMAIL_NOTIFICATIONS-state").text()).startsWith("Disetujui ");
		assertThat(latestEvent(account))
			.contains("\"consents\":[\"EMAIL_NOTIFICATIONS\",\"PRIVACY_NOTICE\",\"SMS_REMINDERS\"]");

		// the profile is open to a fair's companies only once the person says so
		page = browser.get("/persetujuan");
		assertThat(page.document().select("#consent-PROFILE_TO_FAIR_COMPANIES-state").text())
			.isEqualTo("Belum diberikan.");
		assertThat(page.document().select("#consent-PROFILE_TO_FAIR_COMPANIES").text()).contains("tanpa NIK");
		page = page.form("#consent-PROFILE_TO_FAIR_COMPANIES form").submit();
		assertThat(page.document().select("#consent-PROFILE_TO_FAIR_COMPANIES-state").text()).startsWith("Disetujui ");
		assertThat(latestEvent(account)).contains(
				"\"consents\":[\"EMAIL_NOTIFICATIONS\",\"PRIVACY_NOTICE\",\"PROFILE_TO_FAIR_COMPANIES\",\"SMS_REMINDERS\"]");

		// the required one cannot be withdrawn here, nor an unknown one
		String csrf = page.document().select("input[name=_csrf]").first().val();
		WebClient.Raw refused = browser.postRaw("/persetujuan/PRIVACY_NOTICE", Map.of("given", "false", "_csrf", csrf));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(browser.get("/persetujuan").document().select("#consent-PRIVACY_NOTICE-state").text())
			.startsWith("Disetujui ");
		assertThat(browser.postRaw("/persetujuan/SEMUA", Map.of("given", "false", "_csrf", csrf)).status())
			.isEqualTo(404);
	}

	@Test
	void thePrivacyPageListsTheRetentionPeriodsAndEveryPageLinksToIt() {
		WebClient.Page home = browser().get("/");
		assertThat(home.document().select("#privacy-link").attr("href")).isEqualTo("/privasi");
		WebClient.Page privacy = browser().get("/privasi");
		assertThat(privacy.status()).isEqualTo(200);
		assertThat(privacy.document().select("#retention tr").eachText()).contains(
				"Pendaftaran yang tidak diaktifkan 24 jam", "Riwayat aktivitas akun 365 hari",
				"Akun dan profil sampai Anda menghapus akun");
		assertThat(privacy.document().select("#privacy-rights a").eachAttr("href")).contains("/persetujuan",
				"/pengaturan/hapus-akun");
	}

	private String latestEvent(String account) {
		return this.jdbc.sql("select payload from account_event where account_id::text = ? order by id desc limit 1")
			.param(account)
			.query(String.class)
			.single();
	}

}
