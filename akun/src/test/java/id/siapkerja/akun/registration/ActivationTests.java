package id.siapkerja.akun.registration;

import java.time.Duration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.siapkerja.akun.account.OneTimeCodes;
import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Activation by SMS code: every limit, the change of phone, the outbox retrying
 * through a gateway outage, the code by e-mail when SMS fails, and the expiry of
 * registrations never activated.
 */
class ActivationTests extends AkunIntegrationTest {

	@Autowired
	ExpiredRegistrations expiredRegistrations;

	@Test
	void fiveWrongCodesKillTheCode() {
		Person person = Person.random();
		WebClient.Page page = registerUntilActivation(browser(), person);
		String right = smsCode(person.phoneE164(), 1);
		String wrong = right.equals("000000") ? "111111" : "000000";
		for (int left = 4; left >= 1; left--) {
			page = page.form("form[action='/aktivasi']").set("code", wrong).submit();
			assertThat(page.document().select("#code-error").text())
				.isEqualTo("Kode salah. Sisa percobaan: " + left + ".");
		}
		page = page.form("form[action='/aktivasi']").set("code", wrong).submit();
		assertThat(page.text()).contains("Terlalu banyak kode salah");
		page = page.form("form[action='/aktivasi']").set("code", right).submit();
		assertThat(page.path()).isEqualTo("/aktivasi");
		assertThat(page.text()).contains("Tidak ada kode yang berlaku");
		assertThat(status(person)).isEqualTo("PENDING");
	}

	@Test
	void aCodeExpiresAfterFiveMinutes() {
		Person person = Person.random();
		WebClient.Page page = registerUntilActivation(browser(), person);
		String code = smsCode(person.phoneE164(), 1);
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		page = page.form("form[action='/aktivasi']").set("code", code).submit();
		assertThat(page.document().select("#code-error").text()).startsWith("Kode sudah kedaluwarsa");
		assertThat(page.text()).contains("Tidak ada kode yang masih berlaku");
		assertThat(status(person)).isEqualTo("PENDING");
	}

	@Test
	void aNewCodeWaitsSixtySecondsAndReplacesTheOldOne() {
		Person person = Person.random();
		WebClient.Page page = registerUntilActivation(browser(), person);
		String first = smsCode(person.phoneE164(), 1);
		page = page.form("form[action='/aktivasi/kirim-ulang']").submit();
		assertThat(page.document().select("#send-error").text())
			.matches("Tunggu \\d+ detik sebelum meminta kode baru.");

		this.clock.advance(Duration.ofSeconds(61));
		page = page.form("form[action='/aktivasi/kirim-ulang']").submit();
		assertThat(page.text()).contains("Kode baru sudah dikirim");
		String second = smsCode(person.phoneE164(), 2);
		if (!first.equals(second)) {
			page = page.form("form[action='/aktivasi']").set("code", first).submit();
			assertThat(page.text()).contains("Kode salah");
		}
		page = page.form("form[action='/aktivasi']").set("code", second).submit();
		assertThat(page.path()).isEqualTo("/akun");
	}

	@Test
	void atMostFiveSmsPerNumberPerHour() {
		Person person = Person.random();
		WebClient.Page page = registerUntilActivation(browser(), person);
		for (int sent = 2; sent <= 5; sent++) {
			this.clock.advance(Duration.ofSeconds(61));
			page = page.form("form[action='/aktivasi/kirim-ulang']").submit();
			assertThat(page.text()).contains("Kode baru sudah dikirim");
		}
		this.clock.advance(Duration.ofSeconds(61));
		page = page.form("form[action='/aktivasi/kirim-ulang']").submit();
		assertThat(page.document().select("#send-error").text())
			.startsWith("Sudah 5 SMS dikirim ke nomor ini dalam satu jam terakhir");
		await().atMost(Duration.ofSeconds(10)).until(() -> smsTo(person.phoneE164()).size() == 5);
		this.clock.advance(Duration.ofMinutes(60));
		page = page.form("form[action='/aktivasi/kirim-ulang']").submit();
		assertThat(page.text()).contains("Kode baru sudah dikirim");
	}

	@Test
	void atMostTenSmsPerNumberPerDay() {
		Person person = Person.random();
		WebClient.Page page = registerUntilActivation(browser(), person);
		for (int sent = 2; sent <= 10; sent++) {
			this.clock.advance(Duration.ofMinutes(sent == 6 ? 61 : 1).plusSeconds(1));
			page = page.form("form[action='/aktivasi/kirim-ulang']").submit();
			assertThat(page.text()).as("SMS %d", sent).contains("Kode baru sudah dikirim");
		}
		this.clock.advance(Duration.ofMinutes(61));
		page = page.form("form[action='/aktivasi/kirim-ulang']").submit();
		assertThat(page.document().select("#send-error").text())
			.startsWith("Sudah 10 SMS dikirim ke nomor ini hari ini");
	}

	@Test
	void oneClientAddressMayAskForOnlySoManyCodes() {
		// people behind one carrier address, each registering in a browser of their own
		// and asking for the code again three times, all within the hour
		String carrier = browser().clientIp();
		int people = OneTimeCodes.PER_IP_PER_HOUR / 4;
		java.util.List<WebClient.Page> pages = new java.util.ArrayList<>();
		for (int i = 0; i < people; i++) {
			pages.add(registerUntilActivation(browserFrom(carrier), Person.random()));
		}
		for (int round = 2; round <= 4; round++) {
			this.clock.advance(Duration.ofSeconds(61));
			pages.replaceAll((page) -> page.form("form[action='/aktivasi/kirim-ulang']").submit());
		}
		this.clock.advance(Duration.ofSeconds(61));
		WebClient.Page page = pages.get(0).form("form[action='/aktivasi/kirim-ulang']").submit();
		assertThat(page.document().select("#send-error").text())
			.startsWith("Terlalu banyak permintaan kode dari jaringan Anda");
	}

	@Test
	void changingThePhoneSendsACodeToTheNewNumber() {
		Person person = Person.random();
		Person other = Person.random();
		WebClient.Page page = registerUntilActivation(browser(), person);
		String oldCode = smsCode(person.phoneE164(), 1);
		this.clock.advance(Duration.ofSeconds(61));
		page = page.form("form[action='/aktivasi/ubah-nomor']").set("phone", "021-5255733").submit();
		assertThat(page.document().select("#phone-error").text()).contains("nomor seluler Indonesia");

		page = page.form("form[action='/aktivasi/ubah-nomor']").set("phone", other.phoneTyped()).submit();
		assertThat(page.text()).contains("Kode baru sudah dikirim");
		String newCode = smsCode(other.phoneE164(), 1);
		assertThat(this.jdbc.sql("select phone from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single()).isEqualTo(other.phoneE164());
		if (!oldCode.equals(newCode)) {
			page = page.form("form[action='/aktivasi']").set("code", oldCode).submit();
			assertThat(page.text()).contains("Kode salah");
		}
		page = page.form("form[action='/aktivasi']").set("code", newCode).submit();
		assertThat(page.path()).isEqualTo("/akun");
	}

	@Test
	void theOutboxRetriesThroughAnSmsOutage() {
		GOV.stubFor(post("/sms/api/messages").atPriority(1)
			.inScenario("outage")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("second"));
		GOV.stubFor(post("/sms/api/messages").atPriority(1)
			.inScenario("outage")
			.whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("back"));
		Person person = Person.random();
		WebClient.Page page = registerUntilActivation(browser(), person);
		// both failed tries reached the gateway; the third one is delivered
		await().atMost(Duration.ofSeconds(20)).until(() -> smsTo(person.phoneE164()).size() >= 3);
		String code = code(smsTo(person.phoneE164()).get(2));
		assertThat(smsTo(person.phoneE164())).hasSize(3).allMatch((text) -> text.contains(code));
		// the gateway has the message before the outbox records it as sent
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select attempts from outbox_message where recipient = ? and sent_at is not null")
						.param(person.phoneE164())
						.query(Integer.class)
						.list())
				.containsExactly(3));
		page = page.form("form[action='/aktivasi']").set("code", code).submit();
		assertThat(page.path()).isEqualTo("/akun");
	}

	@Test
	void whenSmsFailsTwiceTheCodeCanComeByEmail() {
		GOV.stubFor(post("/sms/api/messages").atPriority(1).willReturn(aResponse().withStatus(502)));
		Person person = Person.random();
		WebClient browser = browser();
		registerUntilActivation(browser, person);
		WebClient.Page page = await().atMost(Duration.ofSeconds(20))
			.until(() -> browser.get("/aktivasi"), (p) -> !p.document().select("#email-fallback").isEmpty());
		assertThat(page.text()).contains("SMS ke nomor Anda belum berhasil terkirim");
		page = page.form("#email-fallback").submit();
		assertThat(page.text()).contains("Kode baru sudah dikirim ke e-mail Anda");
		String code = code(mailTo(person.email(), "Kode aktivasi"));
		page = page.form("form[action='/aktivasi']").set("code", code).submit();
		assertThat(page.path()).isEqualTo("/akun");
	}

	@Test
	void registrationsNotActivatedIn24HoursExpireAndFreeTheirNik() {
		Person person = Person.random();
		registerUntilActivation(browser(), person);
		this.clock.advance(Duration.ofHours(23));
		this.expiredRegistrations.deleteExpired();
		assertThat(accountsWithEmail(person.email())).isOne();
		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		this.expiredRegistrations.deleteExpired();
		assertThat(accountsWithEmail(person.email())).isZero();

		WebClient.Page again = registerUntilActivation(browser(), person);
		assertThat(again.path()).isEqualTo("/aktivasi");
	}

	@Test
	void aPendingAccountLogsInToItsActivation() {
		Person person = Person.random();
		registerUntilActivation(browser(), person);
		WebClient browser = browser();
		WebClient.Page page = login(browser, person.email(), person.password());
		assertThat(page.path()).isEqualTo("/aktivasi");
		assertThat(page.text()).contains("Akun Anda belum aktif");
		page = login(browser(), person.email(), "salah-" + person.password());
		assertThat(page.path()).isEqualTo("/login");
	}

	private String status(Person person) {
		return this.jdbc.sql("select status from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single();
	}

}
