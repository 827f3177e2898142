package id.siapkerja.akun.signin;

import java.time.Duration;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login: by e-mail, phone or NIK; one message for an unknown account and a wrong
 * password; growing waits, the hold with an e-mail to the owner, the cap per client
 * address; logout; the activity page.
 */
class LoginTests extends AkunIntegrationTest {

	private static final String WRONG = "E-mail, nomor HP, NIK, atau password salah.";

	@Test
	void logsInWithEmailPhoneOrNikAndOut() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		for (String identity : new String[] { person.email().toUpperCase(), person.phoneTyped(), person.phoneE164(),
				person.nik() }) {
			WebClient browser = browser();
			WebClient.Page page = login(browser, identity, person.password());
			assertThat(page.path()).as(identity).isEqualTo("/akun");
			assertThat(page.text()).contains("Halo, " + person.fullName());
			page = page.form("form[action='/logout']").submit();
			assertThat(page.path()).isEqualTo("/login");
			assertThat(page.text()).contains("Anda sudah keluar").doesNotContain("Password baru sudah disimpan");
			assertThat(browser.get("/akun").path()).isEqualTo("/login");
		}
	}

	@Test
	void unknownAccountAndWrongPasswordGetTheSameMessage() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		WebClient.Page wrongPassword = login(browser(), person.email(), "bukan-password-nya");
		WebClient.Page unknown = login(browser(), "tidak.ada." + person.email(), "bukan-password-nya");
		assertThat(wrongPassword.document().select("#login-error").text()).isEqualTo(WRONG);
		assertThat(unknown.document().select("#login-error").text()).isEqualTo(WRONG);
		assertThat(wrongPassword.document().selectFirst("#identitas").val()).isEqualTo(person.email());
		assertThat(this.jdbc.sql("select failed_logins from account where lower(email) = lower(?)")
			.param(person.email())
			.query(Integer.class)
			.single()).as("one failed login counts once").isOne();
	}

	@Test
	void repeatedFailuresWaitThenHoldTheAccountAndTellTheOwner() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		WebClient browser = browser();
		for (int i = 1; i <= 4; i++) {
			assertThat(login(browser, person.email(), "salah-" + i).text()).contains(WRONG);
		}
		assertThat(login(browser, person.email(), "salah-5").text()).contains(WRONG);
		WebClient.Page waiting = login(browser, person.email(), person.password());
		assertThat(waiting.document().select("#login-error").text())
			.matches("Terlalu banyak percobaan yang salah. Tunggu \\d+ detik, lalu coba lagi.");
		for (int i = 6; i <= 10; i++) {
			this.clock.advance(Duration.ofMinutes(2));
			assertThat(login(browser, person.email(), "salah-" + i).text()).contains(WRONG);
		}
		this.clock.advance(Duration.ofMinutes(2));
		WebClient.Page held = login(browser, person.email(), person.password());
		assertThat(held.document().select("#login-error").text()).startsWith("Akun ini ditahan sementara");
		assertThat(mailTo(person.email(), "ditahan sementara")).contains("10 kali percobaan masuk");

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(login(browser, person.email(), person.password()).path()).isEqualTo("/akun");
		WebClient.Page activity = browser.get("/aktivitas");
		assertThat(activity.text()).contains("Akun ditahan sementara")
			.contains("Gagal masuk (password salah)")
			.contains("Masuk")
			.contains("Aktivasi akun")
			.contains("Pendaftaran")
			.contains("Kode dikirim lewat SMS")
			.doesNotContain("ACTIVATION");
	}

	@Test
	void oneClientAddressMayFailOnlySoOften() {
		WebClient browser = browser();
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
			login(browser, "orang" + i + "@contoh.id", "apa-saja-" + i);
		}
		WebClient.Page blocked = login(browser, "orang@contoh.id", "apa-saja");
		assertThat(blocked.document().select("#login-error").text())
			.startsWith("Terlalu banyak percobaan masuk yang gagal dari jaringan Anda");
		assertThat(login(browser(), "orang@contoh.id", "apa-saja").text()).contains(WRONG);
	}

	@Test
	void accountPagesNeedALogin() {
		WebClient browser = browser();
		assertThat(browser.get("/akun").path()).isEqualTo("/login");
		assertThat(browser.get("/pengaturan").path()).isEqualTo("/login");
		assertThat(browser.get("/aktivitas").path()).isEqualTo("/login");
	}

}
