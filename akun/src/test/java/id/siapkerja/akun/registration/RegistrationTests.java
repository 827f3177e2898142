package id.siapkerja.akun.registration;

import java.time.Duration;
import java.time.LocalDate;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration (A-2) over real HTTP: both pages, every Dukcapil answer, the registry down
 * or slow, uniqueness, the password rules, the NIK rules, and the NIK and mother's name
 * encrypted at rest.
 */
class RegistrationTests extends AkunIntegrationTest {

	@Test
	void aResidentRegistersActivatesAndSeesTheNikMasked() {
		Person person = Person.random();
		WebClient browser = browser();
		WebClient.Page page2 = submitIdentity(browser, person);
		assertThat(page2.path()).isEqualTo("/daftar/profil");
		assertThat(page2.text()).contains("2. Profil & Alamat KTP");

		WebClient.Page activation = submitProfile(page2, person);
		assertThat(activation.path()).isEqualTo("/aktivasi");
		assertThat(activation.text()).contains("Kami mengirim kode 6 angka lewat SMS ke +62812");
		String code = smsCode(person.phoneE164(), 1);
		assertThat(smsTo(person.phoneE164()).get(0)).startsWith("Kode aktivasi SIAPkerja Anda: " + code);

		WebClient.Page account = activation.form("form[action='/aktivasi']").set("code", code).submit();
		assertThat(account.path()).isEqualTo("/akun");
		assertThat(account.text()).contains("Selamat, akun SIAPkerja Anda sudah aktif")
			.contains(person.nik().substring(0, 4) + "********" + person.nik().substring(12))
			.doesNotContain(person.nik());
		assertThat(mailTo(person.email(), "Verifikasi e-mail")).contains("/verifikasi-email?token=");
		assertThat(this.jdbc
			.sql("select privacy_notice_version from account where lower(email) = lower(?)"
					+ " and privacy_consent_at is not null")
			.param(person.email())
			.query(String.class)
			.single()).isEqualTo("2026-11");
	}

	@Test
	void theNikAndMothersNameAreNotInTheTableInClear() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		String row = this.jdbc.sql("select account::text from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(person.nik())
			.doesNotContain(person.motherName())
			.contains(person.nik().substring(0, 4) + "********");
		String sessions = this.jdbc
			.sql("select coalesce(string_agg(encode(attribute_bytes, 'escape'), ''), '')"
					+ " from spring_session_attributes")
			.query(String.class)
			.single();
		assertThat(sessions).doesNotContain(person.nik()).doesNotContain(person.motherName());
	}

	@ParameterizedTest
	@CsvSource({ "NOT_FOUND, hubungi Dukcapil setempat", "MOTHER_NAME_MISMATCH, Nama ibu kandung tidak sesuai",
			"INACTIVE, tidak aktif di Dukcapil", "DECEASED, telah meninggal dunia",
			"DUPLICATE, tercatat ganda di Dukcapil" })
	void eachRegistryAnswerIsExplainedOnPageOneAndNothingIsCreated(String answer, String message) {
		Person person = Person.random();
		registryAnswers(person.nik(), answer);
		WebClient.Page page = submitIdentity(browser(), person);
		assertThat(page.path()).isEqualTo("/daftar");
		String field = "MOTHER_NAME_MISMATCH".equals(answer) ? "motherName" : "nik";
		assertThat(feedback(page, field)).as("the answer is shown at the field it concerns").contains(message);
		assertThat(page.document().selectFirst("#" + field).hasClass("is-invalid")).isTrue();
		assertThat(page.document().select("#form-error")).isEmpty();
		assertThat(page.document().selectFirst("#nik").val()).isEqualTo(person.nik());
		assertThat(page.document().selectFirst("#password").val()).isEmpty();
		assertThat(accountsWithEmail(person.email())).isZero();
	}

	@Test
	void dukcapilIsAskedAsSoonAsTheNikAndMothersNameAreTypedAndOnceAMatch() {
		Person person = Person.random();
		registryAnswers(person.nik(), "MOTHER_NAME_MISMATCH");
		WebClient browser = browser();
		// while typing (htmx, right after the mother's name): the answer under the field
		WebClient.Page typing = browser.get("/daftar");
		String csrf = typing.document().selectFirst("form[action='/daftar'] input[name='_csrf']").val();
		WebClient.Page answer = browser.post("/daftar/periksa-dukcapil",
				java.util.Map.of("nik", person.nik(), "motherName", person.motherName(), "_csrf", csrf));
		assertThat(answer.document().select("#registry-refusal").text())
			.contains("Nama ibu kandung tidak sesuai dengan data Dukcapil");
		// sent with the rest of the page still wrong: Dukcapil's answer comes with the
		// other messages, at its field
		WebClient.Page page = browser.get("/daftar")
			.form("form[action='/daftar']")
			.set("nik", person.nik())
			.set("motherName", person.motherName())
			.set("email", "bukan-email")
			.submit();
		assertThat(feedback(page, "motherName")).contains("Nama ibu kandung tidak sesuai");
		assertThat(feedback(page, "email")).isNotEmpty();

		GOV.resetRequests();
		registryAnswers(person.nik(), "MATCH");
		answer = browser.post("/daftar/periksa-dukcapil",
				java.util.Map.of("nik", person.nik(), "motherName", person.motherName(), "_csrf", csrf));
		assertThat(answer.document().select("#registry-match").text()).contains("cocok dengan data Dukcapil");
		page = browser.get("/daftar")
			.form("form[action='/daftar']")
			.set("nik", person.nik())
			.set("motherName", person.motherName())
			.set("email", person.email())
			.set("phone", "123")
			.set("password", person.password())
			.set("passwordConfirmation", person.password())
			.set("consent", "true")
			.submit();
		assertThat(page.path()).isEqualTo("/daftar");
		assertThat(feedback(page, "phone")).isNotEmpty();
		assertThat(page.document().select("#registry-match").text()).contains("cocok dengan data Dukcapil");
		// the password typed is kept (hashed): the page sent back asks only for the phone
		assertThat(page.document().selectFirst("#password").val()).isEmpty();
		assertThat(page.document().selectFirst("#password").hasAttr("required")).isFalse();
		assertThat(page.document().select("#password-help").text()).contains("tetap dipakai");
		WebClient.Page page2 = page.form("form[action='/daftar']").set("phone", person.phoneTyped()).submit();
		assertThat(page2.path()).isEqualTo("/daftar/profil");
		assertThat(GOV.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/dukcapil/api/verify"))))
			.as("a match is asked once per session, not at every page sent back")
			.hasSize(1);
		WebClient.Page activation = submitProfile(page2, person);
		activation.form("form[action='/aktivasi']").set("code", smsCode(person.phoneE164(), 1)).submit();
		assertThat(login(browser(), person.email(), person.password()).path()).as("the kept password is the account's")
			.isEqualTo("/akun");
	}

	private static String feedback(WebClient.Page page, String field) {
		return page.document().selectFirst("#" + field).parent().select(".invalid-feedback").text();
	}

	@Test
	void guessingAMothersNameIsCappedPerNik() {
		Person person = Person.random();
		registryAnswers(person.nik(), "MOTHER_NAME_MISMATCH");
		for (int i = 0; i < RegistryChecks.MISMATCHES_PER_NIK_PER_DAY; i++) {
			assertThat(submitIdentity(browser(), person).text()).contains("Nama ibu kandung tidak sesuai");
		}
		WebClient.Page refused = submitIdentity(browser(), person);
		assertThat(refused.document().select("#form-error").text())
			.startsWith("Terlalu banyak pemeriksaan data ke Dukcapil");
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(submitIdentity(browser(), person).text()).contains("Nama ibu kandung tidak sesuai");
	}

	@Test
	void oneSessionMayAskTheRegistryOnlySoOftenOthersOnItsAddressGoOn() {
		WebClient browser = browser();
		for (int i = 0; i < RegistryChecks.PER_SESSION_PER_HOUR; i++) {
			Person person = Person.random();
			registryAnswers(person.nik(), "NOT_FOUND");
			assertThat(submitIdentity(browser, person).text()).contains("hubungi Dukcapil setempat");
		}
		WebClient.Page refused = submitIdentity(browser, Person.random());
		assertThat(refused.document().select("#form-error").text())
			.startsWith("Terlalu banyak pemeriksaan data ke Dukcapil");
		// another person behind the same carrier address is not held up
		assertThat(submitIdentity(browserFrom(browser.clientIp()), Person.random()).path()).isEqualTo("/daftar/profil");
	}

	@Test
	void oneClientAddressHasAHighCeilingForCarrierNat() {
		String carrier = browser().clientIp();
		for (int i = 0; i < RegistryChecks.PER_ADDRESS_PER_HOUR; i++) {
			assertThat(submitIdentity(browserFrom(carrier), Person.random()).path()).as("person %d", i + 1)
				.isEqualTo("/daftar/profil");
		}
		WebClient.Page refused = submitIdentity(browserFrom(carrier), Person.random());
		assertThat(refused.document().select("#form-error").text())
			.startsWith("Terlalu banyak pemeriksaan data ke Dukcapil");
		assertThat(submitIdentity(browser(), Person.random()).path()).isEqualTo("/daftar/profil");
	}

	@Test
	void anIdentityMismatchOnPageTwoIsExplainedAndNothingIsCreated() {
		Person person = Person.random();
		WebClient.Page page2 = submitIdentity(browser(), person);
		registryAnswers(person.nik(), "IDENTITY_MISMATCH");
		WebClient.Page page = submitProfile(page2, person);
		assertThat(page.path()).isEqualTo("/daftar/profil");
		assertThat(feedback(page, "fullName")).as("at the field it concerns")
			.contains("Nama lengkap atau tanggal lahir tidak sesuai dengan data Dukcapil");
		assertThat(page.document().selectFirst("#fullName").val()).as("nothing typed is lost")
			.isEqualTo(person.fullName());
		assertThat(page.document().selectFirst("#street").val()).isNotEmpty();
		assertThat(accountsWithEmail(person.email())).isZero();
	}

	@Test
	void pageOneSaysAtEachFieldWhatIsWrongBeforeAnyoneIsAsked() {
		Person person = Person.random();
		WebClient.Page refused = browser().get("/daftar")
			.form("form[action='/daftar']")
			.set("nik", "3201 0117 0890 003")
			.set("motherName", person.motherName())
			.set("email", "bukan-email")
			.set("phone", "12345")
			.set("password", person.password())
			.set("passwordConfirmation", person.password())
			.submit();
		assertThat(refused.path()).isEqualTo("/daftar");
		assertThat(refused.document().select("#nik-error").text()).startsWith("NIK terdiri dari 16 angka.");
		assertThat(refused.document().selectFirst("#nik").attr("aria-describedby")).isEqualTo("nik-help nik-error");
		assertThat(refused.document().select("#email-error").text())
			.isEqualTo("Alamat e-mail tidak valid. Contoh: nama@contoh.id");
		assertThat(refused.document().select("#phone-error").text()).startsWith("Nomor HP harus nomor seluler");
		assertThat(refused.document().select("#consent-error").text())
			.isEqualTo("Centang persetujuan pemberitahuan privasi untuk melanjutkan.");
		assertThat(refused.document().selectFirst("#email").val()).as("what was typed is kept")
			.isEqualTo("bukan-email");
		assertThat(accountsWithEmail(person.email())).isZero();
	}

	@Test
	void pageTwoSaysAtEachFieldWhatIsMissingAndNothingIsCreated() {
		Person person = Person.random();
		WebClient.Page page2 = submitIdentity(browser(), person);
		WebClient.Page refused = page2.form("form[action='/daftar/profil']")
			.set("fullName", " ")
			.set("birthPlace", "")
			.set("birthDate", "")
			.set("street", "")
			.submit();
		assertThat(refused.path()).isEqualTo("/daftar/profil");
		assertThat(refused.document().select("#fullName-error").text()).isEqualTo("Isi nama lengkap sesuai KTP.");
		assertThat(refused.document().selectFirst("#fullName").attr("aria-describedby")).isEqualTo("fullName-error");
		assertThat(refused.document().select("#birthPlace-error").text()).isNotEmpty();
		assertThat(refused.document().select("#birthDate-error").text()).isNotEmpty();
		assertThat(refused.document().select("#gender-error").text()).isEqualTo("Pilih jenis kelamin.");
		assertThat(refused.document().select("#maritalStatus-error").text()).isNotEmpty();
		assertThat(refused.document().select("#village-error").text()).isNotEmpty();
		assertThat(refused.document().select("#street-error").text()).isNotEmpty();

		WebClient.Page future = refused.form("form[action='/daftar/profil']")
			.set("fullName", person.fullName())
			.set("birthPlace", person.birthPlace())
			.set("birthDate", LocalDate.now().plusYears(1).toString())
			.set("gender", person.gender())
			.set("maritalStatus", "BELUM_KAWIN")
			.submit();
		assertThat(future.document().select("#birthDate-error").text())
			.isEqualTo("Tanggal lahir tidak boleh di masa depan.");
		assertThat(accountsWithEmail(person.email())).isZero();
	}

	@Test
	void anUnavailableRegistryAsksToTryAgainAndNothingIsCreated() {
		Person person = Person.random();
		GOV.stubFor(post("/dukcapil/api/verify").atPriority(1).willReturn(aResponse().withStatus(503)));
		WebClient.Page page = submitIdentity(browser(), person);
		assertThat(page.document().select("#form-error").text()).contains("coba lagi beberapa saat lagi");
		assertThat(accountsWithEmail(person.email())).isZero();
	}

	@Test
	void aSlowRegistryIsGivenUpAfterTheTimeoutAndNothingIsCreated() {
		Person person = Person.random();
		WebClient browser = browser();
		WebClient.Page page2 = submitIdentity(browser, person);
		GOV.stubFor(post("/dukcapil/api/verify").atPriority(1)
			.willReturn(aResponse().withFixedDelay(3_000).withStatus(200).withBody("{\"answer\":\"MATCH\"}")));
		long started = System.nanoTime();
		WebClient.Page page = submitProfile(page2, person);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_900));
		assertThat(page.document().select("#form-error").text()).contains("coba lagi beberapa saat lagi");
		assertThat(accountsWithEmail(person.email())).isZero();
		assertThat(smsTo(person.phoneE164())).isEmpty();
	}

	@Test
	void aRegisteredNikGetsAWayBackInWithMaskedContacts() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		Person again = new Person(person.nik(), person.motherName(), "lain." + person.email(), "0813" + "12345678",
				"+6281312345678", person.password(), person.fullName(), person.birthPlace(), person.birthDate(),
				person.woman());
		WebClient.Page page = submitIdentity(browser(), again);
		String panel = page.document().select("#nik-registered").text();
		assertThat(panel).contains("NIK ini sudah terdaftar")
			.contains(person.email().substring(0, 2) + "***@co***.id")
			.contains("+62812")
			.doesNotContain(person.phoneE164());
		assertThat(page.document().select("#nik-registered a[href='/lupa-password']")).hasSize(1);
		assertThat(page.document().select("#nik-registered a[href='/login']")).hasSize(1);
	}

	@Test
	void withoutTheRightMothersNameNobodyLearnsWhatIsRegistered() {
		Person person = Person.random();
		registerAndActivate(browser(), person);
		registryAnswers(person.nik(), "MOTHER_NAME_MISMATCH");
		Person guess = new Person(person.nik(), "Siti Tebakan", person.email(), person.phoneTyped(), person.phoneE164(),
				"Kopi Tubruk Pagi Hari", person.fullName(), person.birthPlace(), person.birthDate(), person.woman());
		WebClient.Page page = submitIdentity(browser(), guess);
		assertThat(feedback(page, "motherName")).contains("Nama ibu kandung tidak sesuai");
		assertThat(page.document().select("#nik-registered")).as("the NIK's account is not told").isEmpty();
		assertThat(page.text()).doesNotContain("sudah dipakai akun lain")
			.doesNotContain(person.email().substring(0, 2) + "***");

		// another NIK, not confirmed either, with the e-mail and number of the account
		Person other = Person.random();
		registryAnswers(other.nik(), "NOT_FOUND");
		WebClient.Page contacts = submitIdentity(browser(),
				new Person(other.nik(), other.motherName(), person.email(), person.phoneTyped(), person.phoneE164(),
						other.password(), other.fullName(), other.birthPlace(), other.birthDate(), other.woman()));
		assertThat(contacts.text()).doesNotContain("sudah dipakai akun lain");
	}

	@Test
	void anEmailOrPhoneOfAnotherAccountIsRefused() {
		Person first = Person.random();
		registerAndActivate(browser(), first);
		Person sameEmail = Person.random();
		sameEmail = new Person(sameEmail.nik(), sameEmail.motherName(), first.email().toUpperCase(),
				sameEmail.phoneTyped(), sameEmail.phoneE164(), sameEmail.password(), sameEmail.fullName(),
				sameEmail.birthPlace(), sameEmail.birthDate(), sameEmail.woman());
		WebClient.Page page = submitIdentity(browser(), sameEmail);
		assertThat(page.text()).contains("E-mail ini sudah dipakai akun lain");

		Person samePhone = Person.random();
		samePhone = new Person(samePhone.nik(), samePhone.motherName(), samePhone.email(), first.phoneE164(),
				first.phoneE164(), samePhone.password(), samePhone.fullName(), samePhone.birthPlace(),
				samePhone.birthDate(), samePhone.woman());
		page = submitIdentity(browser(), samePhone);
		assertThat(page.text()).contains("Nomor HP ini sudah dipakai akun lain");
	}

	@ParameterizedTest
	@CsvSource({ "pendek, minimal 8 karakter", "password123, terlalu mudah ditebak",
			"qwertyuiop, terlalu mudah ditebak", "NIK, tidak boleh memuat NIK", "PHONE, tidak boleh memuat NIK",
			"EMAIL, tidak boleh memuat NIK" })
	void weakCommonOrPersonalPasswordsAreRefused(String password, String message) {
		Person person = Person.random();
		String typed = switch (password) {
			case "NIK" -> "Rahasia" + person.nik();
			case "PHONE" -> "Hp" + person.phoneTyped() + "Saya";
			case "EMAIL" -> person.email().substring(0, person.email().indexOf('@')) + "Kuat#77";
			default -> password;
		};
		WebClient.Page page = browser().get("/daftar")
			.form("form[action='/daftar']")
			.set("nik", person.nik())
			.set("motherName", person.motherName())
			.set("email", person.email())
			.set("phone", person.phoneTyped())
			.set("password", typed)
			.set("passwordConfirmation", typed)
			.set("consent", "true")
			.submit();
		assertThat(page.path()).isEqualTo("/daftar");
		assertThat(page.text()).contains(message);
	}

	@Test
	void theLocalNikRulesComeFirst() {
		Person person = Person.random();
		WebClient.Page page = submitIdentity(browser(),
				new Person("3201010101900000", person.motherName(), person.email(), person.phoneTyped(),
						person.phoneE164(), person.password(), person.fullName(), person.birthPlace(),
						person.birthDate(), person.woman()));
		assertThat(page.text()).contains("Empat angka terakhir NIK tidak mungkin 0000");
		page = submitIdentity(browser(),
				new Person("9901010101900001", person.motherName(), person.email(), person.phoneTyped(),
						person.phoneE164(), person.password(), person.fullName(), person.birthPlace(),
						person.birthDate(), person.woman()));
		assertThat(page.text()).contains("bukan kode provinsi");
	}

	@Test
	void birthDateAndGenderMustAgreeWithTheNik() {
		Person person = Person.random();
		WebClient.Page page2 = submitIdentity(browser(), person);
		WebClient.Page page = page2.form("form[action='/daftar/profil']")
			.set("fullName", person.fullName())
			.set("birthPlace", person.birthPlace())
			.set("birthDate", person.birthDate().plusDays(1).toString())
			.set("gender", person.woman() ? "MALE" : "FEMALE")
			.set("maritalStatus", "KAWIN")
			.set("street", "Jl. Merdeka 1")
			.submit();
		assertThat(page.text()).contains("Tanggal lahir tidak sesuai dengan NIK")
			.contains("Jenis kelamin tidak sesuai dengan NIK")
			.contains("Pilih provinsi, kabupaten/kota, kecamatan, dan desa/kelurahan");
		assertThat(accountsWithEmail(person.email())).isZero();
	}

	@Test
	void goingBackKeepsWhatWasTypedAndThePasswordHashed() {
		Person person = Person.random();
		WebClient browser = browser();
		submitIdentity(browser, person);
		WebClient.Page back = browser.get("/daftar");
		assertThat(back.document().selectFirst("#nik").val()).isEqualTo(person.nik());
		assertThat(back.document().selectFirst("#email").val()).isEqualTo(person.email());
		assertThat(back.document().selectFirst("#phone").val()).isEqualTo(person.phoneE164());
		assertThat(back.document().selectFirst("#password").val()).as("a password is never sent back").isEmpty();
		assertThat(back.document().select("#password-help").text()).contains("tetap dipakai");
		assertThat(back.form("form[action='/daftar']").submit().path()).isEqualTo("/daftar/profil");
	}

	@Test
	void theRegionPickerCascades() {
		WebClient browser = browser();
		WebClient.Page picker = browser.get("/daftar/wilayah?province=32&regency=32.01");
		assertThat(picker.document().select("#regency option[value='32.01']")).hasSize(1);
		assertThat(picker.document().select("#district option[value='32.01.01']")).hasSize(1);
		assertThat(picker.document().select("#village option")).hasSize(1);
		picker = browser.get("/daftar/wilayah?province=32&regency=33.01");
		assertThat(picker.document().select("#district option")).hasSize(1);
	}

}
