package id.siapkerja.akun.signin;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Lupa password": the e-mail link (single use, the same answer for unknown accounts),
 * the SMS code, and every session ended by the new password.
 */
class PasswordRecoveryTests extends AkunIntegrationTest {

	@Test
	void aLinkByEmailSetsANewPasswordOnceAndEndsEverySession() {
		Person person = Person.random();
		WebClient loggedIn = browser();
		registerAndActivate(loggedIn, person);
		assertThat(loggedIn.get("/akun").path()).isEqualTo("/akun");

		WebClient.Page sent = browser().get("/lupa-password")
			.form("form[action='/lupa-password']")
			.set("identitas", person.nik())
			.set("channel", "email")
			.submit();
		assertThat(sent.document().select("#recovery-sent").text()).startsWith("Jika data itu cocok");
		String link = link(mailTo(person.email(), "password baru"), "/lupa-password/baru");

		WebClient browser = browser();
		for (int i = 1; i <= LoginThrottle.HOLD_AFTER; i++) {
			this.clock.advance(java.time.Duration.ofMinutes(2));
			login(browser, person.email(), "lupa-" + i);
		}
		assertThat(login(browser, person.email(), "lupa").text()).contains("Akun ini ditahan sementara");
		WebClient.Page form = browser.get(link);
		WebClient.Page weak = form.form("form[action='/lupa-password/baru']")
			.set("password", "12345678")
			.set("passwordConfirmation", "12345678")
			.submit();
		assertThat(weak.text()).contains("terlalu mudah ditebak");
		String fresh = "Nasi Uduk Betawi Pagi";
		WebClient.Page done = weak.form("form[action='/lupa-password/baru']")
			.set("password", fresh)
			.set("passwordConfirmation", fresh)
			.submit();
		assertThat(done.path()).isEqualTo("/login");
		assertThat(done.text()).contains("Password baru sudah disimpan");

		assertThat(loggedIn.get("/akun").path()).as("the old session is ended").isEqualTo("/login");
		assertThat(login(browser(), person.email(), person.password()).path()).isEqualTo("/login");
		assertThat(login(browser, person.email(), fresh).path()).as("the new password lifts the hold")
			.isEqualTo("/akun");
		assertThat(browser().get(link).document().select("#link-invalid").text()).contains("tidak berlaku lagi");
	}

	@Test
	void anUnknownAccountGetsTheSameAnswerAndNoMail() {
		WebClient.Page sent = browser().get("/lupa-password")
			.form("form[action='/lupa-password']")
			.set("identitas", "tidak.terdaftar@contoh.id")
			.submit();
		assertThat(sent.document().select("#recovery-sent").text()).startsWith("Jika data itu cocok");
		assertThat(findMail("tidak.terdaftar@contoh.id", "password")).isEmpty();
	}

	@Test
	void aCodeBySmsSetsANewPassword() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		this.clock.advance(java.time.Duration.ofSeconds(61));
		WebClient.Page codePage = browser().get("/lupa-password")
			.form("form[action='/lupa-password']")
			.set("identitas", person.phoneTyped())
			.set("channel", "sms")
			.submit();
		assertThat(codePage.path()).isEqualTo("/lupa-password/kode");
		String code = smsCode(person.phoneE164(), 2);
		assertThat(smsTo(person.phoneE164()).get(1)).startsWith("Kode untuk mengganti password SIAPkerja");
		String fresh = "Gado Gado Siram Surabaya";
		WebClient.Page done = codePage.form("form[action='/lupa-password/kode']")
			.set("code", code)
			.set("password", fresh)
			.set("passwordConfirmation", fresh)
			.submit();
		assertThat(done.path()).isEqualTo("/login");
		assertThat(login(browser(), person.nik(), fresh).path()).isEqualTo("/akun");

		// asked again at once: no second SMS, and the same answer as for any other
		// request (the code page says how often a code may be asked for)
		WebClient.Page tooSoon = browser().get("/lupa-password")
			.form("form[action='/lupa-password']")
			.set("identitas", person.phoneTyped())
			.set("channel", "sms")
			.submit();
		assertThat(tooSoon.path()).isEqualTo("/lupa-password/kode");
		assertThat(tooSoon.text()).contains("sekali per menit");
		assertThat(smsTo(person.phoneE164())).hasSize(2);
	}

	@Test
	void aKnownAndAnUnknownAccountGetTheSameAnswersByTheCode() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		this.clock.advance(java.time.Duration.ofSeconds(61));
		String unknown = "0813" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
		for (String identity : new String[] { person.phoneTyped(), unknown }) {
			for (int round = 1; round <= 2; round++) {
				WebClient.Page asked = browser().get("/lupa-password")
					.form("form[action='/lupa-password']")
					.set("identitas", identity)
					.set("channel", "sms")
					.submit();
				assertThat(asked.path()).as(identity + " asked " + round + " times").isEqualTo("/lupa-password/kode");
			}
		}
		String known = wrongCode(person.phoneTyped(), "Ketoprak Pagi Sekali", 1);
		String nobody = wrongCode(unknown, "Ketoprak Pagi Sekali", 1);
		assertThat(nobody).isEqualTo(known).contains("Sisa percobaan: 4");
		assertThat(wrongCode(unknown, "12345678", 1)).as("the password rules apply to both")
			.isEqualTo(wrongCode(person.phoneTyped(), "12345678", 1))
			.contains("terlalu mudah ditebak");
	}

	/** What the code page says after a wrong code (the n-th) with this new password. */
	private String wrongCode(String identity, String password, int nth) {
		WebClient browser = browser();
		WebClient.Page page = browser.get("/lupa-password")
			.form("form[action='/lupa-password']")
			.set("identitas", identity)
			.set("channel", "sms")
			.submit();
		for (int i = 1; i <= nth; i++) {
			page = page.form("form[action='/lupa-password/kode']")
				.set("code", "000000")
				.set("password", password)
				.set("passwordConfirmation", password)
				.submit();
		}
		return page.document().select(".invalid-feedback, .alert-danger").text();
	}

}
