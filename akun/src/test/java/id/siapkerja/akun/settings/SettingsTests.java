package id.siapkerja.akun.settings;

import java.time.Duration;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Pengaturan": a new password ends the other sessions; a new e-mail is verified by
 * link and the old one told; a new phone is proven by a code; the e-mail verification
 * link of the registration.
 */
class SettingsTests extends AkunIntegrationTest {

	@Test
	void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		WebClient elsewhere = browser();
		assertThat(login(elsewhere, person.email(), person.password()).path()).isEqualTo("/akun");

		WebClient.Page page = browser.get("/pengaturan")
			.form("form[action='/pengaturan/password']")
			.set("currentPassword", "bukan-ini")
			.set("password", "Sate Padang Pedas Sekali")
			.set("passwordConfirmation", "Sate Padang Pedas Sekali")
			.submit();
		assertThat(page.document().select("#current-password-error").text()).as("said at the field")
			.isEqualTo("Password sekarang salah.");
		assertThat(page.document().select("#current-password").attr("aria-describedby"))
			.isEqualTo("current-password-error");
		assertThat(page.document().select("#new-password").attr("value")).as("a password is never shown again")
			.isEmpty();

		page = page.form("form[action='/pengaturan/password']")
			.set("currentPassword", person.password())
			.set("password", "Sate Padang Pedas Sekali")
			.set("passwordConfirmation", "Sate Padang Pedas Sekali")
			.submit();
		assertThat(page.document().select("#password-notice").text()).startsWith("Password sudah diganti");
		assertThat(browser.get("/akun").path()).as("this session stays").isEqualTo("/akun");
		assertThat(elsewhere.get("/akun").path()).as("the other session ends").isEqualTo("/login");
		assertThat(login(browser(), person.email(), "Sate Padang Pedas Sekali").path()).isEqualTo("/akun");
	}

	@Test
	void aNewEmailIsVerifiedByLinkAndTheOldOneIsTold() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String newEmail = "baru." + person.email();
		WebClient.Page page = browser.get("/pengaturan")
			.form("form[action='/pengaturan/email']")
			.set("email", newEmail)
			.set("password", person.password())
			.submit();
		assertThat(page.text()).contains("Tautan verifikasi sudah dikirim ke " + newEmail);
		assertThat(mailTo(person.email(), "Permintaan ganti e-mail")).contains("ba***@co***.id");
		String link = link(mailTo(newEmail, "Konfirmasi e-mail baru"), "/pengaturan/email/konfirmasi");
		assertThat(accountsWithEmail(person.email())).as("not before the link is opened").isOne();

		WebClient.Page confirmed = browser.get(link);
		assertThat(confirmed.document().select("#link-result").text()).startsWith("E-mail akun Anda sudah diganti");
		assertThat(accountsWithEmail(newEmail)).isOne();
		assertThat(mailTo(person.email(), "sudah diganti")).contains("ba***@co***.id");
		assertThat(browser.get(link).document().select("#link-result").text()).contains("tidak berlaku lagi");
		assertThat(login(browser(), newEmail, person.password()).path()).isEqualTo("/akun");
	}

	@Test
	void aNewPhoneIsProvenByACode() {
		Person person = Person.random();
		Person other = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		WebClient.Page page = browser.get("/pengaturan")
			.form("form[action='/pengaturan/hp']")
			.set("phone", other.phoneTyped())
			.set("password", person.password())
			.submit();
		assertThat(page.text()).contains("Kode sudah dikirim lewat SMS");
		String code = smsCode(other.phoneE164(), 1);
		assertThat(smsTo(other.phoneE164()).get(0)).startsWith("Kode untuk mengganti nomor HP");
		page = page.form("form[action='/pengaturan/hp/konfirmasi']").set("code", code).submit();
		assertThat(page.document().select("#phone-notice").text()).isEqualTo("Nomor HP akun sudah diganti.");
		assertThat(login(browser(), other.phoneTyped(), person.password()).path()).isEqualTo("/akun");
	}

	@Test
	void aSessionCanBeEndedFromAnother() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		WebClient elsewhere = browser();
		login(elsewhere, person.email(), person.password());
		WebClient.Page sessions = browser.get("/sesi");
		assertThat(sessions.document().select("#sessions li")).hasSize(2);
		assertThat(sessions.text()).contains("sesi ini").contains(elsewhere.clientIp());
		WebClient.Page ended = sessions.client().new Form(sessions.document()
			.select("#sessions li")
			.stream()
			.filter((li) -> li.select(".badge").isEmpty())
			.findFirst()
			.orElseThrow()
			.selectFirst("form")).submit();
		assertThat(ended.document().select("#session-ended")).hasSize(1);
		assertThat(elsewhere.get("/akun").path()).isEqualTo("/login");
		assertThat(browser.get("/akun").path()).isEqualTo("/akun");
	}

	@Test
	void theRegistrationEmailLinkVerifiesTheAddressOnce() {
		Person person = Person.random();
		WebClient browser = browser();
		WebClient.Page account = registerAndActivate(browser, person);
		assertThat(account.text()).contains("belum diverifikasi");
		String link = link(mailTo(person.email(), "Verifikasi e-mail"), "/verifikasi-email");
		assertThat(browser().get(link).document().select("#link-result").text())
			.isEqualTo("Terima kasih, e-mail Anda sudah terverifikasi.");
		assertThat(browser.get("/akun").text()).contains("terverifikasi").doesNotContain("belum diverifikasi");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(browser().get(link).document().select("#link-result").text()).contains("tidak berlaku lagi");
	}

}
