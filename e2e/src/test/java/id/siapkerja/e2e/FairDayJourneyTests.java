package id.siapkerja.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fair day from nothing, on the real clock: a gov-sim resident registers, activates
 * with the SMS code, completes the seven profile steps, changes the password and logs in
 * again (A-1 … A-7, J-S-a); an organizer creates a fair that starts in two or three
 * minutes, Admin Pusat publishes it (J-O-d … h), the demo company joins with a new
 * vacancy and is accepted (J-C-i … k, J-O-i); the new seeker follows it, receives the
 * check-in reminder on the page and by SMS, checks in by keyboard and sees no vacancies
 * before the start (J-S-b, c); the organizer writes to the company and to the seeker
 * (J-O-j); when the fair starts the seeker sees the matching vacancy and applies (J-S-d,
 * e); the company finds the applicant, accepts and records the hire; Admin Pusat sees it
 * over all of the day's fairs, as chart, table and CSV, and in the fair's own numbers.
 * Then the seeker deletes the account while Jobfair is down; back, Jobfair erases them.
 */
class FairDayJourneyTests extends Journey {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final String COMPANY = "PT Demo Maju Bersama";

	/** From saving the fair to its start: enough for the steps a fair needs before it. */
	private static final Duration LEAD = Duration.ofMinutes(2);

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		startOnSharedStack(1280, 1000);
	}

	@Test
	void aNewSeekerFollowsAFairThatStartsSoonChecksInAndAppliesWhenItRuns() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		String digits = "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
		String e164 = "+62858" + digits;
		String firstPassword = "Nasi Goreng Kampung Pedas";
		String password = "Sate Ayam Madura Enak";

		// A-1 … A-3: a resident registers and activates with the code from the SMS
		Steps.Resident resident = Steps.pickResident(browser, stack);
		browser.get(stack.akunUrl());
		Browser.click(browser, By.id("register"));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Daftar Akun SIAPkerja"));
		// page 1 by keyboard alone, with a NIK one digit short: its error announced, then
		// corrected
		fillIdentity(resident.nik().substring(0, 15), resident, digits, firstPassword);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#password-strength meter")));
		assertThat(browser.findElement(By.id("password-strength")).getText()).isIn("Kuat", "Sangat kuat");
		Browser.screenshot(browser, "A-2-daftar-identitas");
		Browser.byKeyboard(browser, By.cssSelector("form[action='/daftar'] button[type=submit]"), Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nik.is-invalid")));
		assertThat(Browser.focused(browser)).as("the focus on the field to correct").isEqualTo("nik");
		assertThat(Browser.announced(browser, "nik")).startsWith("invalid: ")
			.contains("NIK terdiri dari 16 angka. Periksa kembali NIK pada KTP Anda.");
		Browser.screenshot(browser, "A-2-daftar-kesalahan");
		fillIdentity(resident.nik(), resident, digits, firstPassword);
		// Dukcapil's answer shows under the fields as soon as the NIK and the mother's
		// name
		// are typed, before the page is sent
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registry-answer"),
				"Data Anda cocok dengan data Dukcapil."));
		Browser.byKeyboard(browser, By.cssSelector("form[action='/daftar'] button[type=submit]"), Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fullName")));
		browser.findElement(By.id("fullName")).sendKeys(resident.fullName());
		browser.findElement(By.id("birthPlace")).sendKeys(resident.birthPlace());
		Browser.setValue(browser, "birthDate", resident.birthDate());
		Browser.click(browser, By.cssSelector("input[name=gender][value=" + resident.gender() + "]"));
		new Select(browser.findElement(By.id("maritalStatus"))).selectByValue("BELUM_KAWIN");
		String village = resident.villageCode();
		Steps.choose(browser, wait, "province", village.substring(0, 2));
		Steps.choose(browser, wait, "regency", village.substring(0, 5));
		Steps.choose(browser, wait, "district", village.substring(0, 8));
		Steps.choose(browser, wait, "village", village);
		browser.findElement(By.id("street")).sendKeys("Jl. Pahlawan No. 17");
		Browser.screenshot(browser, "A-2b-daftar-profil");
		Browser.click(browser, By.cssSelector("form[action='/daftar/profil'] button[type=submit]"));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Aktivasi Akun"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("+62858****" + digits.substring(4));
		browser.findElement(By.id("code")).sendKeys(Steps.activationCode(stack, e164));
		Browser.screenshot(browser, "A-3-aktivasi");
		Browser.click(browser, By.cssSelector("form[action='/aktivasi'] button[type=submit]"));
		// the account page, the NIK masked
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activated")));
		String masked = resident.nik().substring(0, 4) + "********" + resident.nik().substring(12);
		assertThat(browser.findElement(By.id("nik-masked")).getText()).isEqualTo(masked);
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(resident.nik());
		Browser.screenshot(browser, "A-4-akun-saya");

		// the seven steps; A-4: "Pengaturan" → a new password; A-6: in again with it
		Steps.completeProfile(browser, wait, false);
		browser.get(stack.akunUrl() + "/pengaturan");
		browser.findElement(By.id("current-password")).sendKeys(firstPassword);
		browser.findElement(By.id("new-password")).sendKeys(password);
		browser.findElement(By.id("new-password-confirmation")).sendKeys(password);
		Browser.click(browser, By.cssSelector("form#password button[type=submit]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-notice"),
				"Password sudah diganti."));
		browser.get(stack.akunUrl() + "/akun");
		Browser.click(browser, By.id("logout"));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Masuk"));
		browser.findElement(By.id("identitas")).sendKeys(resident.nik());
		browser.findElement(By.id("password")).sendKeys(firstPassword);
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
		assertThat(Browser.focused(browser)).as("the old password no longer works, and that is announced")
			.isEqualTo("login-error");
		browser.findElement(By.id("password")).clear();
		browser.findElement(By.id("password")).sendKeys(password);
		Browser.screenshot(browser, "A-6-masuk");
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nik-masked")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halo, " + resident.fullName());
		browser.manage().deleteAllCookies();

		// J-O-d … f: the organizer's fair, starting in two or three minutes
		String title = "Bursa Kerja Kilat " + digits.substring(4);
		Browser.logInToJobfair(browser, stack, "penyelenggara@demo.siapkerja.id", "Penyelenggara#Demo2026");
		browser.get(stack.jobfairUrl() + "/");
		Browser.click(browser, By.cssSelector("#acting-role summary"));
		Browser.click(browser, By.linkText("Disnaker Kabupaten Bogor (demo) (penyelenggara)"));
		Browser.click(browser, By.cssSelector("a[id^='new-fair-']"));
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("description")).sendKeys("Bursa kerja satu hari untuk lowongan yang segera diisi.");
		new Select(browser.findElement(By.id("type"))).selectByValue("OFFLINE");
		new Select(browser.findElement(By.id("province"))).selectByValue("32");
		browser.findElement(By.id("venue")).sendKeys("Gedung Tegar Beriman, Cibinong");
		LocalDateTime start = LocalDateTime.now(WIB).plus(LEAD).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		Browser.setValue(browser, "startsAt", LOCAL.format(start));
		Browser.setValue(browser, "endsAt", LOCAL.format(start.plusHours(6)));
		Browser.setValue(browser, "deadline", LOCAL.format(start.minusMinutes(1)));
		browser.findElement(By.id("contactPerson")).sendKeys("Sri Wahyuni");
		browser.findElement(By.id("contactPhone")).sendKeys("021-8765432");
		Browser.click(browser, By.id("save"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Draf"));
		String manageUrl = browser.getCurrentUrl();
		Browser.click(browser, By.id("submit"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Diajukan"));
		Browser.logOutOfJobfair(browser, stack);

		// J-O-g, h: Admin Pusat verifies and publishes
		Browser.logInToJobfair(browser, stack, "admin@demo.siapkerja.id", "AdminPusat#Demo2026");
		browser.get(stack.jobfairUrl() + "/admin");
		Browser.click(browser, By.linkText(title));
		Browser.click(browser, By.id("verify"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Terverifikasi"));
		Browser.click(browser, By.id("publish"));
		wait.until(ExpectedConditions.textToBe(By.id("fair-status"), "Diterbitkan"));
		Browser.logOutOfJobfair(browser, stack);

		// J-C-i … k: the company writes a remote vacancy and joins the fair with it
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		browser.get(stack.jobfairUrl() + "/saya");
		Browser.click(browser, By.cssSelector("#acting-role summary"));
		Browser.click(browser, By.linkText(COMPANY + " (perusahaan)"));
		wait.until(ExpectedConditions.textToBe(By.id("company-name"), COMPANY));
		String companyUrl = browser.getCurrentUrl().replaceAll("[?#].*", "");
		browser.get(companyUrl + "/lowongan");
		Browser.click(browser, By.id("new-vacancy"));
		browser.findElement(By.id("title")).sendKeys("Admin Data Jarak Jauh");
		browser.findElement(By.id("description")).sendKeys("Memasukkan dan memeriksa data stok gudang dari rumah.");
		new Select(browser.findElement(By.id("employmentType"))).selectByValue("KONTRAK");
		new Select(browser.findElement(By.id("workArrangement"))).selectByValue("JARAK_JAUH");
		Browser.click(browser, By.id("next"));
		new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("minEducation")))).selectByValue("SMK");
		browser.findElement(By.id("skills")).sendKeys("ms excel");
		Browser.click(browser, By.id("next"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deadline")));
		Browser.setValue(browser, "deadline", LocalDate.now(WIB).plusDays(30).toString());
		Browser.click(browser, By.id("open"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vacancies"), "Admin Data Jarak Jauh"));
		browser.get(companyUrl + "/jobfair");
		Browser.click(browser, By.xpath("//li[contains(., '" + title + "')]//a[contains(@id, 'join-')]"));
		Browser.click(browser, By.xpath("//label[text()='Admin Data Jarak Jauh']"));
		Browser.click(browser, By.id("join"));
		wait.until(ExpectedConditions.textToBe(By.id("participation-status"), "Menunggu keputusan penyelenggara"));
		Browser.logOutOfJobfair(browser, stack);

		// J-O-i, j: the organizer accepts the company and writes to it
		Browser.logInToJobfair(browser, stack, "penyelenggara@demo.siapkerja.id", "Penyelenggara#Demo2026");
		browser.get(manageUrl);
		Browser.click(browser, By.id("companies"));
		String card = "//div[contains(@class,'card')][.//h2[text()='" + COMPANY + "']]";
		Browser.click(browser, By.xpath(card + "//button[contains(@id,'accept-')]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(card), "Diterima"));
		Browser.click(browser, By.xpath(card + "//button[starts-with(@id,'message-')]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message-form")));
		browser.findElement(By.id("body")).sendKeys("Selamat bergabung. Meja Anda nomor 12 di lantai dua.");
		Browser.click(browser, By.id("send"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Meja Anda nomor 12"));
		Browser.logOutOfJobfair(browser, stack);

		// J-S-b: the new seeker comes to Jobfair through akun and follows the fair
		Browser.logInToJobfair(browser, stack, resident.nik(), password);
		browser.get(stack.jobfairUrl() + "/");
		Browser.click(browser, By.linkText(title));
		Browser.click(browser, By.id("follow-seeker"));
		Browser.byKeyboard(browser, By.id("follow"), Keys.ENTER);
		// J-S-c: the reminder, on the page (the bell) and by SMS; check in by keyboard
		Steps.smsTo(stack, e164, "check in " + title + " sudah dibuka");
		browser.get(stack.jobfairUrl() + "/pemberitahuan");
		assertThat(browser.findElement(By.id("notifications")).getText())
			.contains("Check in " + title + " sudah dibuka");
		Browser.click(browser, By.partialLinkText("Check in " + title));
		Browser.byKeyboard(browser, By.id("check-in-button"), Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checked-in")));
		String seekerFairUrl = browser.getCurrentUrl().replaceAll("[?#].*", "");
		assertThat(LocalDateTime.now(WIB)).as("still before the start: the steps before it took longer than " + LEAD)
			.isBefore(start);
		assertThat(browser.findElement(By.id("offers-later")).getText())
			.isEqualTo("Anda sudah check in. Perusahaan dan lowongan tampil di sini saat jobfair dimulai.");
		assertThat(browser.findElements(By.id("vacancies"))).as("no vacancies before the start").isEmpty();
		assertThat(browser.findElements(By.id("message-organizer"))).as("a seeker writes once the fair runs").isEmpty();
		Browser.screenshot(browser, "J-S-c-sebelum-mulai");
		Browser.logOutOfJobfair(browser, stack);

		// J-O-j: the organizer's list of followers → "Kirim pesan" to the seeker
		Browser.logInToJobfair(browser, stack, "penyelenggara@demo.siapkerja.id", "Penyelenggara#Demo2026");
		browser.get(manageUrl);
		Browser.click(browser, By.id("seekers"));
		assertThat(browser.findElement(By.id("follower-counts")).getText()).isEqualTo("1 mengikuti, 1 sudah check-in");
		assertThat(browser.findElement(By.id("followers")).getText()).contains(resident.fullName());
		Browser.screenshot(browser, "J-O-j-pengikut");
		Browser.click(browser, By.id("message-seeker-0"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message-form")));
		browser.findElement(By.id("body")).sendKeys("Jobfair dimulai sebentar lagi. Selamat mencari kerja!");
		Browser.click(browser, By.id("send"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "sebentar lagi"));
		Browser.logOutOfJobfair(browser, stack);

		// J-S-d: once the fair runs, the matching vacancy; J-S-e: apply
		Browser.logInToJobfair(browser, stack, resident.nik(), password);
		browser.get(stack.jobfairUrl() + "/percakapan");
		assertThat(browser.findElement(By.id("conversations")).getText()).contains("Disnaker Kabupaten Bogor (demo)")
			.contains("1 belum dibaca");
		new WebDriverWait(browser, LEAD.plusMinutes(2)).pollingEvery(Duration.ofSeconds(10)).until((driver) -> {
			driver.get(seekerFairUrl);
			return !driver.findElements(By.id("vacancies")).isEmpty();
		});
		assertThat(browser.findElements(By.id("message-organizer"))).as("now the seeker may write").hasSize(1);
		assertThat(browser.findElement(By.id("vacancies")).getText()).contains("Admin Data Jarak Jauh")
			.contains(COMPANY)
			.contains("Cocok:");
		Browser.click(browser, By.xpath("//div[@id='vacancies']/a[contains(., 'Admin Data Jarak Jauh')]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-now")));
		Browser.byKeyboard(browser, By.id("apply-now"), Keys.ENTER);
		assertThat(browser.findElement(By.id("snapshot")).getText()).contains(resident.fullName())
			.contains("SMK Negeri 2 Bogor")
			.contains("Microsoft Excel");
		Browser.byKeyboard(browser, By.id("apply"), Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Lamaran terkirim"));
		Browser.logOutOfJobfair(browser, stack);

		// J-C-l, m: the company sees the fair running and the new applicant
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		browser.get(companyUrl + "/jobfair");
		assertThat(browser.findElement(By.xpath("//li[contains(., '" + title + "')]")).getText())
			.contains("Sedang berlangsung");
		Browser.click(browser, By.linkText(title));
		Browser.click(browser, By.id("applicants"));
		assertThat(browser.findElement(By.id("applicants")).getText()).contains(resident.fullName())
			.contains("Admin Data Jarak Jauh");
		// J-C-n, p: the applicant's profile as sent, and "Terima"
		Browser.click(browser,
				By.xpath("//table[@id='applicants']//tr[contains(., '" + resident.fullName() + "')]//a"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("snapshot")));
		String applicantUrl = browser.getCurrentUrl();
		assertThat(browser.findElement(By.id("snapshot")).getText()).contains("SMK Negeri 2 Bogor")
			.doesNotContain(resident.nik());
		Browser.byKeyboard(browser, By.id("accept"), Keys.ENTER);
		wait.until(ExpectedConditions.textToBe(By.id("application-status"), "Diterima"));

		// hasil rekrutmen: the company records the hire (start date, PKWT, wage band)
		Browser.click(browser, By.id("hasil-HIRED"));
		Browser.setValue(browser, "mulai", LocalDate.now(WIB).plusDays(14).toString());
		new Select(browser.findElement(By.id("kontrak"))).selectByValue("PKWT");
		new Select(browser.findElement(By.id("upah"))).selectByValue("FROM_5M");
		Browser.click(browser, By.id("save-outcome"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Hasil rekrutmen tersimpan."));
		Browser.logOutOfJobfair(browser, stack);

		// Admin Pusat: the fairs starting today or tomorrow, the new one with its hire as
		// a chart over its table, and the table as CSV
		Browser.logInToJobfair(browser, stack, "admin@demo.siapkerja.id", "AdminPusat#Demo2026");
		browser.get(stack.jobfairUrl() + "/admin");
		Browser.click(browser, By.id("dashboard"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
		Browser.setValue(browser, "dari", LocalDate.now(WIB).toString());
		Browser.setValue(browser, "sampai", LocalDate.now(WIB).plusDays(1).toString());
		Browser.click(browser, By.cssSelector("#filters button[type=submit]"));
		By fairRow = By.xpath("//table[@id='jobfair']//tr[contains(., '" + title + "')]");
		// the numbers of all fairs are recounted every half minute
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
			browser.navigate().refresh();
			return !browser.findElements(fairRow).isEmpty()
					&& Browser.text(browser, fairRow).equals(title + " 1 1 1 1 1");
		});
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jobfair-chart")));
		assertThat(Browser.text(browser, By.id("tahap"))).contains("Diterima bekerja");
		Browser.screenshot(browser, "J-A-hasil-semua-jobfair");
		String link = browser.findElement(By.id("jobfair-csv")).getDomProperty("href");
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("\uFEFF\"Jobfair\",\"Mengikuti\"")
			.contains("\"" + title + "\",1,1,1,1,1\r\n");
		// and the fair's own numbers, one click away
		Browser.click(browser, By.linkText(title));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tahap")));
		assertThat(browser.findElement(By.id("tahap")).getText()).contains("Diterima bekerja 1");
		Browser.logOutOfJobfair(browser, stack);

		// UU 27/2022: the seeker deletes the account while Jobfair is down (its process
		// frozen); back, Jobfair reads AccountDeleted on akun's feed and erases its part:
		// the company sees the application counted, from "Akun dihapus"
		browser.get(stack.akunUrl() + "/login");
		browser.findElement(By.id("identitas")).sendKeys(resident.nik());
		browser.findElement(By.id("password")).sendKeys(password);
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nik-masked")));
		ProcessHandle jobfair = stack.descendants()
			.stream()
			.filter((process) -> process.info().commandLine().orElse("").contains("jobfair"))
			.findFirst()
			.orElseThrow();
		signal(jobfair, "STOP");
		try {
			browser.get(stack.akunUrl() + "/pengaturan/hapus-akun");
			Browser.click(browser, By.id("understood"));
			browser.findElement(By.id("delete-password")).sendKeys(password);
			Browser.click(browser, By.id("delete-submit"));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deleted")));
		}
		finally {
			signal(jobfair, "CONT");
		}
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until((page) -> {
			browser.get(applicantUrl);
			return browser.findElement(By.tagName("main")).getText().contains("Akun dihapus");
		});
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(resident.fullName())
			.contains("Diterima");
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

	/** Sends a signal to a process, as {@code kill -STOP} or {@code kill -CONT} would. */
	private static void signal(ProcessHandle process, String signal) throws Exception {
		assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor()).isZero();
	}

	/** The registration's first page, every field reached with Tab and typed. */
	private static void fillIdentity(String nik, Steps.Resident resident, String digits, String password) {
		Browser.typeByKeyboard(browser, By.id("nik"), nik);
		Browser.typeByKeyboard(browser, By.id("motherName"), resident.motherName());
		Browser.typeByKeyboard(browser, By.id("email"), "hari." + digits + "@contoh.id");
		Browser.typeByKeyboard(browser, By.id("phone"), "0858" + digits);
		Browser.typeByKeyboard(browser, By.id("password"), password);
		Browser.typeByKeyboard(browser, By.id("passwordConfirmation"), password);
		if (!browser.findElement(By.id("consent")).isSelected()) {
			Browser.byKeyboard(browser, By.id("consent"), Keys.SPACE);
		}
		assertThat(browser.findElement(By.id("consent")).isSelected()).isTrue();
	}

}
