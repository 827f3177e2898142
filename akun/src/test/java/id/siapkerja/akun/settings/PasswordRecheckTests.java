package id.siapkerja.akun.settings;

import java.time.Duration;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone holding a person's session cannot try passwords through the forms that ask for
 * it again: after five wrong ones in 15 minutes even the right one is refused, each wrong
 * one is in the person's activity, and after 15 minutes the form works again.
 */
class PasswordRecheckTests extends AkunIntegrationTest {

	@Test
	void fiveWrongPasswordsHoldTheFormsFor15Minutes() {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		WebClient.Page page = browser.get("/pengaturan/hapus-akun");
		for (int i = 0; i < 5; i++) {
			page = page.form("#delete-form").set("understood", "true").set("password", "tebakan-" + i).submit();
			assertThat(page.document().select("#delete-password-error").text()).isEqualTo("Password sekarang salah.");
		}
		page = page.form("#delete-form").set("understood", "true").set("password", person.password()).submit();
		assertThat(page.document().select("#delete-password-error").text()).startsWith("Password salah terlalu sering");
		assertThat(browser.get("/pengaturan/unduh-data")
			.form("#archive-request-form")
			.submit()
			.client()
			.get("/aktivitas")
			.text()).contains("Password salah saat konfirmasi perubahan");

		this.clock.advance(Duration.ofMinutes(16));
		page = browser.get("/pengaturan/hapus-akun")
			.form("#delete-form")
			.set("understood", "true")
			.set("password", person.password())
			.submit();
		assertThat(page.path()).isEqualTo("/akun-dihapus");
	}

}
