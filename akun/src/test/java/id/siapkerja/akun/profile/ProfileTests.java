package id.siapkerja.akun.profile;

import java.nio.charset.StandardCharsets;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Lengkapi Profil" over real HTTP: each step's validation, skip and resume, the upload
 * refused or accepted, "ms excel" kept as Microsoft Excel, a ProfileChanged event per
 * saved change, and the API giving what the dashboard shows.
 */
@TestPropertySource(properties = "siapkerja.akun.issuer=")
class ProfileTests extends AkunIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aPersonCompletesTheStepsSkippingAndResuming() throws Exception {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		WebClient.Page step = browser.get("/profil/lengkapi");
		assertThat(step.path()).isEqualTo("/profil/foto");
		assertThat(step.document().select("#step-of").text()).isEqualTo("Langkah 1 dari 7: Foto");

		// a) the photo: a renamed text file is refused, a real photo is taken
		WebClient.Page refused = step.form("form[action='/profil/foto']")
			.submitWithFile("foto", "foto.jpg", "image/jpeg", "bukan foto".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.document().select("#foto-error").text()).startsWith("File ini bukan foto JPEG atau PNG");
		assertThat(browser.getRaw("/profil/foto.jpg").status()).isEqualTo(404);
		step = refused.form("form[action='/profil/foto']")
			.submitWithFile("foto", "saya.png", "image/png", PhotosTests.jpeg(600, 800));
		assertThat(step.path()).isEqualTo("/profil/data-diri");
		assertThat(browser.getRaw("/profil/foto.jpg?ukuran=kecil").status()).isEqualTo(200);

		// b) personal data: every rule on the server
		WebClient.Page tooLong = step.form("form[action='/profil/data-diri']")
			.set("description", "a".repeat(1001))
			.submit();
		assertThat(tooLong.document().select("#description-error").text())
			.isEqualTo("Terlalu panjang: paling banyak 1.000 karakter.");
		WebClient.Page invalid = step.form("form[action='/profil/data-diri']")
			.set("description", "")
			.set("postalCode", "123")
			.set("job0", "")
			.submit();
		assertThat(invalid.document().select("#description-error").text()).isEqualTo("Isi deskripsi diri.");
		assertThat(invalid.document().select("#postalCode-error").text()).isEqualTo("Kode pos terdiri dari 5 angka.");
		assertThat(invalid.document().select("#job0-error").text()).startsWith("Isi paling sedikit satu pekerjaan");
		assertThat(invalid.document().select("#village-error").text()).startsWith("Pilih provinsi");
		step = invalid.form("form[action='/profil/data-diri']")
			.set("description", "Lulusan SMK yang teliti dan suka bekerja dengan angka.")
			.set("maritalStatus", "BELUM_KAWIN")
			.set("sameAsKtp", "true")
			.set("postalCode", "16911")
			.set("job0", "Admin Gudang")
			.set("job1", "Staf Administrasi")
			.submit();
		assertThat(step.path()).isEqualTo("/profil/pengalaman");

		// c) experience: dates checked, then skip the rest of c
		WebClient.Page experience = step.form("form[action='/profil/pengalaman/tambah']")
			.set("company", "PT Maju Jaya")
			.set("position", "Staf Gudang")
			.set("start", "2022-05")
			.set("end", "2021-01")
			.set("employmentType", "KONTRAK")
			.submit();
		assertThat(experience.document().select("#end-error").text())
			.isEqualTo("Bulan selesai tidak boleh sebelum bulan mulai.");
		experience = experience.form("form[action='/profil/pengalaman/tambah']")
			.set("end", "")
			.set("current", "true")
			.submit();
		assertThat(experience.document().select("#entries").text()).contains("Staf Gudang").contains("PT Maju Jaya");
		step = experience.form("form[action='/profil/pengalaman/lanjut']").submit();
		assertThat(step.path()).isEqualTo("/profil/pelatihan");

		// leaving and coming back resumes at d)
		assertThat(browser().get("/login").path()).isEqualTo("/login");
		assertThat(browser.get("/profil/lengkapi").path()).isEqualTo("/profil/pelatihan");
		// d) a training, listed with its institution and year; removed again, the step is
		// skipped
		WebClient.Page training = browser.get("/profil/pelatihan")
			.form("form[action='/profil/pelatihan/tambah']")
			.set("name", "Operator Forklift Dasar")
			.set("institution", "BLK Bekasi")
			.set("year", "2021")
			.submit();
		assertThat(training.document().select("#entries li").eachText()).singleElement()
			.asString()
			.contains("Operator Forklift Dasar")
			.contains("BLK Bekasi")
			.contains("2021");
		training = training.form("#entries form").submit();
		assertThat(training.document().select("#entries")).isEmpty();
		step = training.form("form:has(#skip)").submit();
		assertThat(step.path()).isEqualTo("/profil/pendidikan");

		// e) education: the year is checked
		WebClient.Page education = step.form("form[action='/profil/pendidikan']")
			.set("level", "SMK")
			.set("institution", "SMK Negeri 1 Cibinong")
			.set("major", "Akuntansi")
			.set("year", "2199")
			.submit();
		assertThat(education.document().select("#year-error").text()).startsWith("Isi tahun yang benar");
		step = education.form("form[action='/profil/pendidikan']").set("year", "2019").submit();
		assertThat(step.path()).isEqualTo("/profil/sertifikasi");

		// f) certification: expiry after issue
		WebClient.Page certification = step.form("form[action='/profil/sertifikasi/tambah']")
			.set("name", "Operator Forklift")
			.set("issuer", "BNSP")
			.set("issuedOn", "2023-03-01")
			.set("expiresOn", "2022-03-01")
			.submit();
		assertThat(certification.document().select("#expiresOn-error").text())
			.isEqualTo("Tanggal berlaku sampai harus sesudah tanggal terbit.");
		step = certification.form("form:has(#skip)").submit();
		assertThat(step.path()).isEqualTo("/profil/keahlian");

		// g) skills: at least one, a known level, normalized
		WebClient.Page skills = step.form("form[action='/profil/keahlian/lanjut']").submit();
		assertThat(skills.document().select("#skill-error").text())
			.isEqualTo("Tambahkan paling sedikit satu keahlian.");
		skills = skills.form("form[action='/profil/keahlian/tambah']")
			.set("skill", "ms excel")
			.set("level", "EXPERT")
			.submit();
		assertThat(skills.document().select("#level-error").text()).isEqualTo("Pilih tingkat keahlian.");
		skills = skills.form("form[action='/profil/keahlian/tambah']")
			.set("skill", "ms excel")
			.set("level", "MAHIR")
			.submit();
		skills = skills.form("form[action='/profil/keahlian/tambah']")
			.set("skill", "Microsoft  Excel")
			.set("level", "MENENGAH")
			.submit();
		assertThat(skills.document().select("#entries li")).hasSize(1);
		assertThat(skills.document().select("#entries").text()).contains("Microsoft Excel").contains("Menengah");
		WebClient.Page dashboard = skills.form("form[action='/profil/keahlian/lanjut']").submit();
		assertThat(dashboard.path()).isEqualTo("/profil");
		// two steps were skipped: the page says so, not "complete" beside "71%"
		assertThat(dashboard.document().select("#completeness").text()).isEqualTo("Kelengkapan profil: 71%");
		assertThat(dashboard.document().select("#profile-complete").text())
			.startsWith("Semua langkah sudah Anda lalui. Profil Anda terisi 71%")
			.doesNotContain("sudah lengkap");
		assertThat(dashboard.text()).contains(person.nik().substring(0, 4) + "********").doesNotContain(person.nik());
		assertThat(dashboard.text()).as("a year takes no thousands separator").contains("2019").doesNotContain("2.019");
		// each step's part under its name, with the way to change it
		assertThat(dashboard.document().select(".card:has(a[href='/profil/pengalaman'])").text())
			.contains("Staf Gudang")
			.contains("PT Maju Jaya");
		assertThat(dashboard.document().select(".card:has(a[href='/profil/pelatihan'])").text())
			.contains("Belum diisi");
		assertThat(dashboard.document().select(".card h2 a")).hasSize(6);

		// the API gives what the dashboard shows
		JsonNode me = JSON.readTree(
				browser.getRawWith("/api/v1/me", "Authorization", "Bearer " + accessToken(browser, "openid profile"))
					.body());
		JsonNode profile = me.path("profile");
		assertThat(profile.path("complete").asBoolean()).isTrue();
		assertThat(profile.path("description").asString())
			.isEqualTo(dashboard.document().select("#description").text());
		assertThat(profile.path("skills").get(0).path("name").asString()).isEqualTo("Microsoft Excel");
		assertThat(profile.path("skills").get(0).path("normalized").asString()).isEqualTo("microsoft excel");
		assertThat(profile.path("education").path("level").asString()).isEqualTo("SMK");
		assertThat(profile.path("experiences").get(0).path("company").asString()).isEqualTo("PT Maju Jaya");
		assertThat(profile.path("desiredJobs").toString()).contains("Admin Gudang");
	}

	@Test
	void everySavedChangeIsAnEventOnTheFeed() throws Exception {
		Person person = Person.random();
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String id = this.jdbc.sql("select id::text from account where lower(email) = lower(?)")
			.param(person.email())
			.query(String.class)
			.single();
		int before = profileChanges(id);
		browser.get("/profil/foto")
			.form("form[action='/profil/foto']")
			.submitWithFile("foto", "a.jpg", "image/jpeg", PhotosTests.jpeg(300, 400));
		assertThat(profileChanges(id)).isGreaterThan(before);
		int afterPhoto = profileChanges(id);
		browser.get("/profil/foto")
			.form("form[action='/profil/foto']")
			.submitWithFile("foto", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(profileChanges(id)).as("a refused upload changes nothing").isEqualTo(afterPhoto);
	}

	private int profileChanges(String account) {
		return this.jdbc
			.sql("select count(*) from account_event where account_id = ?::uuid and type = 'ProfileChanged'")
			.param(account)
			.query(Integer.class)
			.single();
	}

}
