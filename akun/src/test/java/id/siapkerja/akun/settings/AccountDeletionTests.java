package id.siapkerja.akun.settings;

import java.util.List;

import id.siapkerja.akun.support.AkunIntegrationTest;
import id.siapkerja.akun.support.Person;
import id.siapkerja.akun.support.WebClient;
import id.siapkerja.webkit.test.PersonalDataScan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Hapus akun" (issue 22, UU 27/2022): the password asked again and what is kept read and
 * ticked; then nothing of the person is left in any column of any table of akun, the feed
 * says AccountDeleted without naming anybody, every session is over, and the NIK, e-mail
 * and number may register again.
 */
class AccountDeletionTests extends AkunIntegrationTest {

	@Test
	void aDeletedAccountLeavesNothingOfThePersonAndMayRegisterAgain() {
		Person person = Person.random().withUniqueNames("Hapus");
		WebClient browser = browser();
		registerAndActivate(browser, person);
		WebClient elsewhere = browser();
		assertThat(login(elsewhere, person.email(), person.password()).path()).isEqualTo("/akun");
		String account = this.jdbc.sql("select id::text from account where email = ?")
			.param(person.email())
			.query(String.class)
			.single();

		// the page says what goes and what stays; a wrong password or no tick changes
		// nothing
		WebClient.Page page = browser.get("/pengaturan/hapus-akun");
		assertThat(page.document().select("#delete-goes li")).hasSize(4);
		assertThat(page.document().select("#delete-stays").text()).contains("statistik");
		page = page.form("#delete-form").set("understood", "true").set("password", "bukan-ini").submit();
		assertThat(page.document().select("#delete-password-error").text()).isEqualTo("Password sekarang salah.");
		page = page.form("#delete-form").remove("understood").set("password", person.password()).submit();
		assertThat(page.document().select("#understood-error").text()).startsWith("Centang bahwa");
		assertThat(count("select count(*) from account where id::text = ?", account)).isOne();

		page = page.form("#delete-form").set("understood", "true").set("password", person.password()).submit();
		assertThat(page.path()).isEqualTo("/akun-dihapus");
		assertThat(page.document().select("#deleted").text()).isEqualTo("Akun Anda sudah dihapus");
		assertThat(browser.get("/akun").path()).isEqualTo("/login");
		assertThat(elsewhere.get("/akun").path()).as("every session is over").isEqualTo("/login");
		assertThat(login(browser(), person.email(), person.password()).path()).isEqualTo("/login");

		// the feed tells the services, naming nobody
		assertThat(this.jdbc.sql("select type, payload::text from account_event where account_id::text = ? order by id")
			.param(account)
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
			.list()).last().isEqualTo("AccountDeleted {}");
		assertThat(leftovers(person)).as("no column of any table holds the person").isEmpty();

		// and the same NIK, e-mail and number may register again (the second code sent to
		// the number)
		WebClient.Page again = registerUntilActivation(browser(), person);
		assertThat(again.path()).isEqualTo("/aktivasi");
		assertThat(again.form("form[action='/aktivasi']").set("code", smsCode(person.phoneE164(), 2)).submit().path())
			.isEqualTo("/akun");
	}

	/** Every column of every table of akun holding one of the person's words. */
	private List<String> leftovers(Person person) {
		List<String> words = List.of(person.nik(), person.motherName(), person.fullName(), person.email(),
				person.phoneE164(), person.phoneE164().replace("+62", "0"));
		return PersonalDataScan.leftovers(this.jdbc, words.toArray(String[]::new));
	}

	private int count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Integer.class).single();
	}

}
