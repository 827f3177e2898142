package id.siapkerja.e2e;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * J-S-b … f, h with J-C-m … p, r in a real browser: the demo seeker (whose profile akun's
 * demo data filled) follows the ongoing demo fair, checks in, sees the vacancies that
 * match, applies after seeing the profile that will be sent; the demo company finds the
 * applicant, schedules an interview and answers a question; the seeker sees the interview
 * in "Lamaran saya" and reads the company's FAQ; after the interview the company rejects
 * the application with a reason the seeker reads (J-C-p). Then the seeker downloads their
 * data from akun ("Unduh data saya"), which holds what Jobfair keeps of them, and opens
 * the profile to the fair's companies, where the demo company finds it.
 */
abstract class SeekerJourney extends Journey {

	private static final String FAIR = "Bursa Kerja Cibinong Sedang Berlangsung";

	private static final String COMPANY = "PT Demo Maju Bersama";

	@Test
	void aSeekerFollowsChecksInAppliesAndSeesTheInterview() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

		// J-S-b: the fair on the front page → "Ikuti sebagai pencaker"
		Browser.logInToJobfair(browser, stack, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(stack.jobfairUrl() + "/");
		Browser.click(browser, By.linkText(FAIR));
		Browser.click(browser, By.id("follow-seeker"));
		Browser.click(browser, By.id("follow"));
		// J-S-c: check in (the fair runs, so check-in is open)
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-in-button")));
		Browser.screenshot(browser, "J-S-c-check-in");
		Browser.click(browser, By.id("check-in-button"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checked-in")));

		// J-S-d: the vacancies that match the profile (SMK, Kabupaten Bogor, Excel and
		// K3)
		String vacancies = browser.findElement(By.id("vacancies")).getText();
		assertThat(vacancies).contains(COMPANY).contains("Cocok:");
		Browser.screenshot(browser, "J-S-d-lowongan-cocok");
		Browser.click(browser, By.xpath("//div[@id='vacancies']/a[contains(., '" + COMPANY + "')][1]"));

		// J-S-e: "Lamar sekarang" shows the profile that will be sent → "Lanjutkan"
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-now")));
		String title = browser.findElement(By.id("vacancy-title")).getText();
		assertThat(browser.findElement(By.id("snapshot")).isDisplayed()).as("the profile shows after 'Lamar sekarang'")
			.isFalse();
		Browser.click(browser, By.id("apply-now"));
		assertThat(browser.findElement(By.id("snapshot")).getText()).contains("SMK").contains("Microsoft Excel");
		browser.findElement(By.id("note")).sendKeys("Bisa mulai bekerja minggu depan.");
		Browser.screenshot(browser, "J-S-e-lamar");
		Browser.click(browser, By.id("apply"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Lamaran terkirim"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(title).contains("Terkirim");
		Browser.logOutOfJobfair(browser, stack);

		// J-C-m … o: the company finds the applicant and schedules an interview
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		openTheFairAsTheCompany();
		Browser.click(browser, By.id("applicants"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicants")));
		Browser.screenshot(browser, "J-C-m-pelamar");
		Browser.click(browser, By.cssSelector("#applicants tbody tr:first-child a"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("snapshot")));
		String applicant = browser.getCurrentUrl();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bisa mulai bekerja minggu depan.");
		Browser.setValue(browser, "date", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(2).toString());
		Browser.setValue(browser, "time", "10:00");
		new Select(browser.findElement(By.id("mode"))).selectByValue("ONLINE");
		browser.findElement(By.id("location")).sendKeys("https://meet.contoh.id/wawancara-demo");
		browser.findElement(By.id("contact")).sendKeys("Rina (HRD) 0812-0000-1111");
		Browser.click(browser, By.id("schedule"));
		wait.until(ExpectedConditions.textToBe(By.id("application-status"), "Wawancara"));
		Browser.screenshot(browser, "J-C-o-wawancara");

		// J-C-r: "Tambah Pertanyaan"
		openTheFairAsTheCompany();
		Browser.click(browser, By.id("faq"));
		browser.findElement(By.id("question")).sendKeys("Apakah disediakan mes karyawan?");
		browser.findElement(By.id("answer")).sendKeys("Ya, mes disediakan gratis di dekat pabrik.");
		Browser.click(browser, By.id("add-faq"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		Browser.logOutOfJobfair(browser, stack);

		// J-S-f, h: the seeker sees the interview, and reads the company's FAQ
		Browser.logInToJobfair(browser, stack, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(stack.jobfairUrl() + "/portofolio/lamaran");
		String applications = browser.findElement(By.tagName("main")).getText();
		assertThat(applications).contains(title)
			.contains("Wawancara")
			.contains("10:00 WIB")
			.contains("https://meet.contoh.id/wawancara-demo");
		Browser.screenshot(browser, "J-S-f-lamaran");
		// the interview also reached the seeker's phone, through gov-sim's SMS gateway
		HttpClient http = HttpClient.newHttpClient();
		URI inbox = URI.create(stack.govsimUrl() + "/api/sms?to=%2B6281100000001");
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> http
				.send(HttpRequest.newBuilder(inbox).header("Accept", "application/json").build(),
						HttpResponse.BodyHandlers.ofString())
				.body(), (body) -> body.contains("wawancara " + title));
		browser.get(stack.jobfairUrl() + "/portofolio");
		Browser.click(browser, By.linkText(FAIR));
		Browser.openExhibitor(browser, COMPANY);
		assertThat(browser.findElement(By.id("faq")).getText()).contains("Apakah disediakan mes karyawan?");
		Browser.screenshot(browser, "J-S-h-pertanyaan-umum");
		Browser.logOutOfJobfair(browser, stack);

		// J-C-p: after the interview the company decides, with a reason the seeker reads
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		browser.get(applicant);
		browser.findElement(By.id("reason")).sendKeys("Posisi sudah terisi oleh pelamar lain.");
		Browser.click(browser, By.id("reject"));
		wait.until(ExpectedConditions.textToBe(By.id("application-status"), "Ditolak"));
		Browser.logOutOfJobfair(browser, stack);
		Browser.logInToJobfair(browser, stack, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(stack.jobfairUrl() + "/portofolio/lamaran");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ditolak")
			.contains("Posisi sudah terisi oleh pelamar lain.");

		// the seeker opens the profile to the companies of the fairs they follow (akun's
		// opt-in consent); the demo company then finds them under "Pencaker terbuka"
		browser.get(stack.akunUrl() + "/persetujuan");
		assertThat(browser.findElement(By.id("consent-PROFILE_TO_FAIR_COMPANIES-state")).getText())
			.isEqualTo("Belum diberikan.");
		Browser.click(browser, By.id("consent-PROFILE_TO_FAIR_COMPANIES-change"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consent-PROFILE_TO_FAIR_COMPANIES-state"),
				"Disetujui"));

		// "Unduh data saya" in akun: the archive, prepared in the background, holds
		// Jobfair's part too (asked with a token akun signed), and the NIK only after
		// the password is typed again
		browser.get(stack.akunUrl() + "/pengaturan");
		Browser.click(browser, By.id("download-data-link"));
		Browser.click(browser, By.id("archive-request"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Arsip sedang disiapkan"));
		new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2)).until((page) -> {
			browser.get(stack.akunUrl() + "/pengaturan/unduh-data");
			return !browser.findElements(By.id("archive-ready")).isEmpty();
		});
		assertThat(browser.findElement(By.id("archive-parts")).getText()).contains("Jobfair SIAPkerja: selesai");
		Browser.screenshot(browser, "unduh-data-saya");
		browser.findElement(By.id("archive-password")).sendKeys("bukan-password-saya");
		Browser.click(browser, By.id("archive-download"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive-password-error")));
		Map<String, String> archive = download(stack.akunUrl() + "/pengaturan/unduh-data/unduh",
				browser.findElement(By.cssSelector("#archive-download-form input[name=_csrf]")).getDomProperty("value"),
				"Pencaker#Demo2026");
		assertThat(archive).containsKeys("akun.json", "jobfair.json", "ringkasan.html");
		assertThat(archive.get("akun.json")).contains("3201011505959001", "Budi Santoso");
		assertThat(archive.get("jobfair.json")).contains("Bisa mulai bekerja minggu depan.",
				"Posisi sudah terisi oleh pelamar lain.", FAIR);
		assertThat(archive.get("ringkasan.html")).contains("Data saya di SIAPkerja", "Jobfair SIAPkerja",
				"Bisa mulai bekerja minggu depan.");
		Browser.logOutOfJobfair(browser, stack);
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		openTheFairAsTheCompany();
		Browser.click(browser, By.id("open-profiles-link"));
		String openProfiles = browser.getCurrentUrl();
		new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until((page) -> {
			browser.get(openProfiles);
			return browser.findElement(By.tagName("main")).getText().contains("Budi Santoso");
		});
		assertThat(browser.findElement(By.id("open-profiles")).getText()).contains("SMK")
			.doesNotContain("pencaker@demo.siapkerja.id")
			.doesNotContain("0811");
		Browser.screenshot(browser, "pencaker-terbuka");
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

	/**
	 * The logged-in recruiter acts for the demo company and opens its page of the fair.
	 */
	private static void openTheFairAsTheCompany() {
		browser.get(stack.jobfairUrl() + "/saya");
		Browser.click(browser, By.cssSelector("#acting-role summary"));
		Browser.click(browser, By.linkText(COMPANY + " (perusahaan)"));
		Browser.click(browser, By.id("menu-fairs"));
		Browser.click(browser, By.linkText(FAIR));
	}

	/** The archive as the browser would save it, sent with the browser's akun session. */
	private static Map<String, String> download(String url, String csrf, String password) throws Exception {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", cookies)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()),
				StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
