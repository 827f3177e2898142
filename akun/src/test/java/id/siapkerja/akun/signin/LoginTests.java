package id.siapkerja.akun.signin;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

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
		assertThat(this.jdbc
			.sql("select sum(failures) from login_throttle where subject ="
					+ " (select id::text from account where lower(email) = lower(?))")
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
	void wrongPasswordsFromElsewhereNeverLockTheOwnerOut() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		WebClient ownersPhone = browser();
		login(ownersPhone, person.email(), person.password()).form("form[action='/logout']").submit();

		WebClient attacker = browser();
		for (int i = 1; i <= LoginThrottle.HOLD_AFTER; i++) {
			this.clock.advance(Duration.ofMinutes(2));
			assertThat(login(attacker, person.email(), "tebakan-" + i).text()).contains(WRONG);
		}
		assertThat(login(attacker, person.email(), person.password()).document().select("#login-error").text())
			.startsWith("Akun ini ditahan sementara");

		assertThat(login(ownersPhone, person.email(), person.password()).path()).as("the owner's known device")
			.isEqualTo("/akun");
		assertThat(login(browser(), person.email(), person.password()).path()).as("the owner from another address")
			.isEqualTo("/akun");

		// the owner behind the attacker's address (one carrier NAT), on a new phone:
		// held,
		// until the link in the hold mail lifts it
		WebClient newPhone = browserFrom(attacker.clientIp());
		assertThat(login(newPhone, person.email(), person.password()).text()).contains("Akun ini ditahan sementara");
		String mail = mailTo(person.email(), "ditahan sementara");
		assertThat(mail).contains("10 kali percobaan masuk").contains(attacker.clientIp());
		String unlock = link(mail, "/login/buka");
		WebClient.Page confirm = newPhone.get(unlock);
		assertThat(login(newPhone, person.email(), person.password()).text()).as("opening the link changes nothing")
			.contains("Akun ini ditahan sementara");
		WebClient.Page lifted = newPhone.get(unlock).form("form[action='/login/buka']").submit();
		assertThat(confirm.text()).contains("Buka penahanan akun");
		assertThat(lifted.path()).isEqualTo("/login");
		assertThat(lifted.text()).contains("Penahanan akun sudah dicabut");
		assertThat(login(newPhone, person.email(), person.password()).path()).isEqualTo("/akun");
		assertThat(newPhone.get("/aktivitas").text()).contains("Penahanan akun dicabut lewat tautan e-mail");
		assertThat(browser().get(unlock).document().select("#unlock-invalid").text()).contains("tidak berlaku");
	}

	@Test
	void aForgedOrForeignDeviceCookieCountsForNothing() {
		Person owner = Person.random();
		registerAndActivate(browser(), owner);
		Person other = Person.random();
		registerAndActivate(browser(), other);
		WebClient othersPhone = browser();
		assertThat(login(othersPhone, other.email(), other.password()).path()).isEqualTo("/akun");
		othersPhone.get("/akun").form("form[action='/logout']").submit();
		// the other account's device cookie does not make this browser a known device of
		// the
		// owner: its failures hold it like any stranger's
		for (int i = 1; i <= LoginThrottle.HOLD_AFTER; i++) {
			this.clock.advance(Duration.ofMinutes(2));
			login(othersPhone, owner.email(), "tebakan-" + i);
		}
		assertThat(login(othersPhone, owner.email(), owner.password()).text()).contains("Akun ini ditahan sementara");
	}

	@Test
	void manyAddressesHoldStrangersButNotTheOwnersDevice() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		WebClient ownersPhone = browser();
		login(ownersPhone, person.email(), person.password()).form("form[action='/logout']").submit();
		List<WebClient> botnet = Stream.generate(this::browser).limit(10).toList();
		for (int round = 1; round * botnet.size() <= LoginThrottle.ACCOUNT_CEILING; round++) {
			this.clock.advance(Duration.ofMinutes(2));
			for (WebClient bot : botnet) {
				assertThat(login(bot, person.email(), "tebakan-" + round).text()).contains(WRONG);
			}
		}
		assertThat(login(browser(), person.email(), person.password()).text()).as("a stranger's address")
			.contains("Akun ini ditahan sementara");
		assertThat(login(ownersPhone, person.email(), person.password()).path()).isEqualTo("/akun");
	}

	@Test
	void anUnknownLoginIsSlowedAndHeldLikeAnAccount() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		String unknown = "tidak.ada." + person.email();
		WebClient known = browser();
		WebClient stranger = browser();
		for (int i = 1; i <= LoginThrottle.FREE_FAILURES; i++) {
			login(known, person.email(), "salah-" + i);
			login(stranger, unknown, "salah-" + i);
		}
		String waitKnown = login(known, person.email(), "salah").document().select("#login-error").text();
		String waitUnknown = login(stranger, unknown, "salah").document().select("#login-error").text();
		assertThat(waitUnknown).startsWith("Terlalu banyak percobaan yang salah. Tunggu").isEqualTo(waitKnown);
		for (int i = LoginThrottle.FREE_FAILURES + 1; i <= LoginThrottle.HOLD_AFTER; i++) {
			this.clock.advance(Duration.ofMinutes(2));
			login(known, person.email(), "salah-" + i);
			login(stranger, unknown.toUpperCase(), "salah-" + i);
		}
		String heldKnown = login(known, person.email(), "salah").document().select("#login-error").text();
		String heldUnknown = login(stranger, unknown, "salah").document().select("#login-error").text();
		assertThat(heldUnknown).startsWith("Akun ini ditahan sementara").isEqualTo(heldKnown);
		assertThat(this.jdbc.sql("select count(*) from login_throttle where subject like 'login:%' and subject like ?")
			.param("%" + unknown + "%")
			.query(Integer.class)
			.single()).as("what was typed is not stored").isZero();
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
