package id.siapkerja.akun.breach;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The breach record (issue 22): Admin Pusat records a personal-data incident, which
 * starts the 3 × 24-hour clock; the notice to the people affected is prepared from the
 * record, confirmed once and sent through the outbox (here to a list of addresses, one of
 * them twice). Nobody else reaches the pages.
 */
class BreachTests extends AkunIntegrationTest {

	@Autowired
	Breaches breaches;

	@Test
	void anIncidentIsRecordedAndItsNoticeSentOnceWithinTheClock() {
		Person someone = Person.random();
		WebClient person = browser();
		registerAndActivate(person, someone);
		assertThat(person.get("/admin/insiden").status()).as("not for everybody").isEqualTo(404);

		WebClient admin = browser();
		assertThat(login(admin, "admin@demo.siapkerja.id", "AdminPusat#Demo2026").path()).isEqualTo("/akun");
		assertThat(person.get("/akun").document().select("#breaches-link")).as("only Admin Pusat sees the way")
			.isEmpty();
		WebClient.Page page = admin.get(admin.get("/akun").document().select("#breaches-link").attr("href"));
		assertThat(page.status()).isEqualTo(200);

		// bad input is explained at each field and records nothing
		int before = this.breaches.all().size();
		page = page.form("#incident-form").set("affected", "-3").submit();
		assertThat(page.document().select("#foundAt-error").text()).isEqualTo("Wajib diisi.");
		assertThat(page.document().select("#data-error").text()).isEqualTo("Pilih paling sedikit satu jenis data.");
		assertThat(page.document().select("#affected-error").text()).isEqualTo("Paling kecil 0.");
		assertThat(this.breaches.all()).hasSize(before);

		LocalDateTime found = LocalDateTime.ofInstant(this.clock.instant(), ZoneId.of("Asia/Jakarta"))
			.minusHours(10)
			.truncatedTo(ChronoUnit.MINUTES);
		page = page.form("#incident-form")
			.set("foundAt", found.toString())
			.set("data", "CONTACT")
			.set("affected", "2")
			.set("description", "Ekspor daftar peserta terkirim ke alamat yang salah.")
			.set("measures", "Penerima diminta menghapus berkas; akses ekspor dibatasi.")
			.submit();
		assertThat(page.path()).startsWith("/admin/insiden/");
		assertThat(page.document().select("#deadline").text()).contains("sisa 62 jam");
		assertThat(page.document().select("#body").text()).contains("Kontak (e-mail, nomor HP)")
			.contains("akses ekspor dibatasi");

		String listed = someone.email() + "\n" + someone.email().toUpperCase() + "\nkedua." + someone.email();
		page = page.form("#notice-form").set("recipients", "LIST").set("list", listed).submit();
		assertThat(page.document().select("#done").text()).startsWith("Pemberitahuan disimpan.");
		page = page.form("#confirm-form").submit();
		assertThat(page.document().select("#done").text()).startsWith("Pemberitahuan sedang dikirim");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(findMail(someone.email(), "insiden data pribadi")).isPresent());
		assertThat(mailTo("kedua." + someone.email(), "insiden data pribadi")).contains("Ekspor daftar peserta")
			.doesNotContain("{0}");
		assertThat(this.jdbc.sql("select count(*) from breach_recipient where email = lower(?)")
			.param(someone.email())
			.query(Integer.class)
			.single()).as("once, though listed twice").isOne();
		// and once only
		assertThat(admin.get(page.path()).document().select("#confirm-form")).isEmpty();
		assertThat(person.get(page.path()).status()).isEqualTo(404);
	}

}
