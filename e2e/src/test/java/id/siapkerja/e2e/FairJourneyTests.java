package id.siapkerja.e2e;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * J-O-a … h in a real browser: a person registers as organizer, creates a fair and
 * submits it; Admin Pusat verifies and publishes it; the fair is on the front page and
 * found by its words.
 */
class FairJourneyTests extends Journey {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		// an organizer and Admin Pusat on a phone (360×800): every page must fit it
		startOnSharedStack(360, 800);
	}

	@Test
	void organizerSubmitsAdminPublishesTheFrontPageShowsIt() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		String title = "Bursa Kerja Cibinong Raya " + System.currentTimeMillis() % 10000;

		// J-O-a, b: a person registers as organizer ("Daftar sebagai Penyelenggara"); the
		// form's errors first
		String organizer = "BLK Komunitas Cibinong " + title.substring(title.lastIndexOf(' ') + 1);
		logIn(wait, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(stack.jobfairUrl() + "/saya");
		Browser.click(browser, By.id("register-organizer"));
		Browser.click(browser, By.id("register"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
		assertThat(Browser.focused(browser)).isEqualTo("name");
		assertThat(Browser.announced(browser, "name")).isEqualTo("invalid: Wajib diisi.");
		browser.findElement(By.id("name")).sendKeys(organizer);
		new Select(browser.findElement(By.id("type"))).selectByValue("BLK");
		new Select(browser.findElement(By.id("province"))).selectByValue("32");
		browser.findElement(By.id("address")).sendKeys("Jl. Raya Bogor Km 46, Cibinong");
		browser.findElement(By.id("phone")).sendKeys("021-8750000");
		Browser.screenshot(browser, "J-O-b-daftar-penyelenggara");
		Browser.click(browser, By.id("register"));
		wait.until(ExpectedConditions.urlContains("/kelola"));

		// J-O-c: the visible switch of the acting role: seeker by default, the organizer
		// on
		// choice
		browser.get(stack.jobfairUrl() + "/");
		assertThat(Browser.text(browser, By.cssSelector("#acting-role summary"))).isEqualTo("Sebagai: Pencari kerja");
		Browser.click(browser, By.cssSelector("#acting-role summary"));
		Browser.click(browser, By.linkText(organizer + " (penyelenggara)"));
		wait.until(ExpectedConditions.urlToBe(stack.jobfairUrl() + "/kelola"));
		assertThat(Browser.text(browser, By.cssSelector("#acting-role summary")))
			.isEqualTo("Sebagai: " + organizer + " (penyelenggara)");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), organizer));
		Browser.click(browser, By.cssSelector("a[id^='new-fair-']"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fair-form")));
		// "Simpan" on the empty form: every error announced, the focus on the first
		Browser.click(browser, By.id("save"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title-error")));
		assertThat(Browser.focused(browser)).isEqualTo("title");
		assertThat(Browser.announced(browser, "title")).isEqualTo("invalid: Wajib diisi.");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("description"))
			.sendKeys("Lowongan pekerjaan dari perusahaan manufaktur dan jasa di Kabupaten Bogor.");
		new Select(browser.findElement(By.id("type"))).selectByValue("OFFLINE");
		new Select(browser.findElement(By.id("province"))).selectByValue("32");
		browser.findElement(By.id("venue")).sendKeys("Stadion Pakansari, Cibinong");
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(14).withHour(9).withMinute(0);
		Browser.setValue(browser, "startsAt", LOCAL.format(start));
		Browser.setValue(browser, "endsAt", LOCAL.format(start.plusHours(7)));
		Browser.setValue(browser, "deadline", LOCAL.format(start.minusDays(7)));
		browser.findElement(By.id("contactPerson")).sendKeys("Sri Wahyuni");
		browser.findElement(By.id("contactPhone")).sendKeys("021-8765432");
		Browser.screenshot(browser, "J-O-e-jobfair-baru");
		Browser.click(browser, By.id("save"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Draf"));
		Browser.click(browser, By.id("submit"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Diajukan"));
		Browser.screenshot(browser, "J-O-f-diajukan");
		logOut(wait);

		// Admin Pusat: the queue, "Verifikasi", "Terbitkan"
		logIn(wait, "admin@demo.siapkerja.id", "AdminPusat#Demo2026");
		browser.get(stack.jobfairUrl() + "/admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
		Browser.click(browser, By.linkText(title));
		Browser.click(browser, By.id("verify"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Terverifikasi"));
		Browser.click(browser, By.id("publish"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Diterbitkan"));
		assertThat(browser.findElement(By.id("history")).getText()).contains("Draf").contains("Diterbitkan");
		Browser.screenshot(browser, "J-O-h-diterbitkan");

		// the front page, and search by an Indonesian word
		browser.get(stack.jobfairUrl() + "/?q=pekerjaan");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fairs")));
		assertThat(browser.findElement(By.id("fairs")).getText()).contains(title);
		Browser.screenshot(browser, "J-O-h-beranda");
		Browser.click(browser, By.linkText(title));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fair-details"), "Stadion Pakansari"));
		assertThat(browser.findElement(By.id("fair-when")).getText()).endsWith("WIB");
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

	private static void logIn(WebDriverWait wait, String email, String password) {
		Browser.logInToJobfair(browser, stack, email, password);
	}

	private static void logOut(WebDriverWait wait) {
		Browser.logOutOfJobfair(browser, stack);
	}

}
