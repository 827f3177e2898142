package id.siapkerja.akun.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import id.siapkerja.webkit.test.PersonalDataScan;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Unduh data saya" (issue 22, UU 27/2022): two people; the archive one of them asks for
 * is prepared in the background from akun and from Jobfair (played by WireMock, asked
 * with a token akun signed for Jobfair and that person), kept encrypted, announced by
 * e-mail, downloaded only after the password is typed again, and then holds exactly that
 * person's data, the NIK and mother's maiden name included, nothing of the other; after 7
 * days it is gone. A service that is down is asked again, and the page says which part
 * waits.
 */
class DataArchiveTests extends AkunIntegrationTest {

	@Autowired
	DataArchives archives;

	@Autowired
	JWKSource<SecurityContext> keys;

	@Test
	void theArchiveHoldsExactlyThePersonsDataTheIdentityOnlyAfterThePassword() throws Exception {
		Person siti = Person.random().withUniqueNames("Arsip");
		Person budi = Person.random().withUniqueNames("Arsip");
		WebClient browser = browser();
		registerAndActivate(browser, siti);
		registerAndActivate(browser(), budi);
		String sitiId = id(siti);
		GOV.stubFor(get("/api/v1/data-pribadi").willReturn(
				okJson("""
						{"service":"jobfair","member":{"name":"%s"},
						 "applications":[{"fairTitle":"Jobfair Bogor","note":"Saya siap kerja shift malam","submittedAt":"2026-12-01T03:00:00Z"}]}
						"""
					.formatted(siti.fullName()))));

		WebClient.Page page = browser.get("/pengaturan").client().get("/pengaturan/unduh-data");
		assertThat(page.document().select("#archive-holds li")).hasSize(4);
		page = page.form("#archive-request-form").submit();
		assertThat(page.document().select("#done").text()).startsWith("Arsip sedang disiapkan");
		assertThat(page.document().select("#archive-parts").text()).contains("Akun SIAPkerja", "Jobfair SIAPkerja",
				"menunggu");
		assertThat(page.document().select("#archive-request-form")).as("one at a time").isEmpty();
		assertThat(browser.post("/pengaturan/unduh-data", Map.of("_csrf", csrf(browser.get("/pengaturan"))))
			.document()
			.select("#problem")
			.text()).startsWith("Arsip Anda masih disiapkan");

		prepare(sitiId, "READY");
		LoggedRequest asked = GOV.findAll(getRequestedFor(urlEqualTo("/api/v1/data-pribadi"))).getLast();
		SignedJWT token = SignedJWT.parse(asked.getHeader("Authorization").substring("Bearer ".length()));
		JWK key = this.keys
			.get(new JWKSelector(new JWKMatcher.Builder().keyID(token.getHeader().getKeyID()).build()), null)
			.get(0);
		assertThat(token.verify(new RSASSAVerifier(key.toRSAKey()))).as("signed with akun's key").isTrue();
		assertThat(token.getHeader().getType().getType()).isEqualTo("personal-data+jwt");
		assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(sitiId);
		assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("jobfair");
		assertThat(mailTo(siti.email(), "siap diunduh")).contains("/pengaturan/unduh-data");
		assertThat(PersonalDataScan.leftovers(this.jdbc, siti.nik(), siti.motherName(), "shift malam"))
			.as("kept encrypted, the NIK and mother's name not at all")
			.isEmpty();

		page = browser.get("/pengaturan/unduh-data");
		assertThat(page.document().select("#archive-ready").text()).startsWith("Arsip siap diunduh sampai");
		WebClient.Download wrong = page.form("#archive-download-form").set("password", "bukan-ini").download();
		assertThat(wrong.contentType()).startsWith("text/html");
		assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("Password sekarang salah.")
			.doesNotContain(siti.nik());

		WebClient.Download zip = page.form("#archive-download-form").set("password", siti.password()).download();
		assertThat(zip.contentType()).isEqualTo("application/zip");
		assertThat(zip.disposition()).startsWith("attachment").contains("data-saya-siapkerja-");
		Map<String, String> files = unzip(zip.body());
		assertThat(files).containsOnlyKeys("akun.json", "jobfair.json", "ringkasan.html");
		assertThat(files.get("akun.json")).contains(sitiId, siti.nik(), siti.motherName(), siti.fullName(),
				siti.email(), siti.phoneE164(), "PRIVACY_NOTICE", "ARCHIVE_REQUESTED", "\"profile\"");
		assertThat(files.get("jobfair.json")).contains("Saya siap kerja shift malam");
		assertThat(files.get("ringkasan.html")).contains("Data saya di SIAPkerja", "Nama ibu kandung",
				siti.motherName(), "Jobfair SIAPkerja", "Saya siap kerja shift malam", "01-12-2026 10:00 WIB");
		for (String file : files.values()) {
			assertThat(file).as("nothing of the other person")
				.doesNotContain(budi.nik(), budi.fullName(), budi.email(), budi.motherName(), id(budi));
		}
		assertThat(this.jdbc.sql("select kind from account_activity where account_id::text = ? order by id")
			.param(sitiId)
			.query(String.class)
			.list()).contains("ARCHIVE_REQUESTED", "ARCHIVE_DOWNLOADED");

		// seven days after it was ready the archive is deleted
		this.clock.advance(DataArchives.KEPT.plusMinutes(1));
		this.archives.prepareDue();
		assertThat(count("select count(*) from data_archive where account_id::text = ?", sitiId)).isZero();
		page = browser.get("/pengaturan/unduh-data");
		assertThat(page.document().select("#archive-status")).isEmpty();
		assertThat(page.document().select("#archive-request").text()).isEqualTo("Siapkan arsip data saya");
	}

	@Test
	void aServiceThatIsDownIsAskedAgainAndOneThatKeepsNothingIsSaidSo() {
		Person person = Person.random().withUniqueNames("Arsip");
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String id = id(person);
		GOV.stubFor(get("/api/v1/data-pribadi").willReturn(aResponse().withStatus(503)));

		WebClient.Page page = browser.get("/pengaturan/unduh-data").form("#archive-request-form").submit();
		this.archives.prepareDue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("select attempts from data_archive where account_id::text = ?", id) == 1);
		page = browser.get("/pengaturan/unduh-data");
		assertThat(page.document().select("#archive-preparing")).isNotEmpty();
		assertThat(page.document().select("#archive-parts").text()).contains("Akun SIAPkerja: selesai",
				"belum dapat dihubungi, dicoba lagi otomatis (percobaan 1)");

		// Jobfair is back, and never saw this person: the archive is ready without it
		GOV.stubFor(get("/api/v1/data-pribadi").willReturn(aResponse().withStatus(404)));
		this.clock.advance(Duration.ofMinutes(2));
		prepare(id, "READY");
		page = browser.get("/pengaturan/unduh-data");
		assertThat(page.document().select("#archive-parts").text()).contains("tidak menyimpan data Anda");
		Map<String, String> files = unzip(
				page.form("#archive-download-form").set("password", person.password()).download().body());
		assertThat(files).containsOnlyKeys("akun.json", "ringkasan.html");

		// at most three a day
		for (int i = 0; i < 2; i++) {
			browser.get("/pengaturan/unduh-data").form("#archive-request-form").submit();
			prepare(id, "READY");
		}
		page = browser.get("/pengaturan/unduh-data").form("#archive-request-form").submit();
		assertThat(page.document().select("#problem").text()).startsWith("Anda sudah meminta 3 arsip");
	}

	@Test
	void aSlowServiceIsAskedWithoutHoldingTheArchive() throws Exception {
		Person person = Person.random().withUniqueNames("Arsip");
		WebClient browser = browser();
		registerAndActivate(browser, person);
		String id = id(person);
		GOV.stubFor(get("/api/v1/data-pribadi").willReturn(okJson("{\"catatan\":\"lambat\"}").withFixedDelay(8000)));

		browser.get("/pengaturan/unduh-data").form("#archive-request-form").submit();
		CompletableFuture<Integer> preparing = CompletableFuture.supplyAsync(this.archives::prepareDue);
		// akun's part is kept as soon as it is made, while Jobfair is still being asked
		await().atMost(Duration.ofSeconds(6)).until(() -> count("""
				select count(*) from data_archive_part p join data_archive a on a.id = p.archive_id
				where a.account_id::text = ? and p.service = 'akun' and p.status = 'DONE'
				""", id) == 1);
		assertThat(this.jdbc.sql("select status from data_archive where account_id::text = ? for update nowait")
			.param(id)
			.query(String.class)
			.single()).as("nobody holds the archive's row while a service is asked").isEqualTo("PREPARING");
		preparing.get(30, TimeUnit.SECONDS);
		prepare(id, "READY");
	}

	private void prepare(String account, String status) {
		this.archives.prepareDue();
		await().atMost(Duration.ofSeconds(15)).until(() -> {
			this.archives.prepareDue();
			return status.equals(this.jdbc
				.sql("select status from data_archive where account_id::text = ? order by requested_at desc limit 1")
				.param(account)
				.query(String.class)
				.optional()
				.orElse(""));
		});
	}

	private String id(Person person) {
		return this.jdbc.sql("select id::text from account where email = ?")
			.param(person.email())
			.query(String.class)
			.single();
	}

	private static String csrf(WebClient.Page page) {
		return page.document().select("input[name=_csrf]").first().val();
	}

	private int count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Integer.class).single();
	}

	private static Map<String, String> unzip(byte[] zip) {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return files;
	}

}
