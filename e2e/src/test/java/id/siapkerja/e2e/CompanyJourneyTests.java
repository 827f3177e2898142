package id.siapkerja.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * J-C-a … l and J-O-i in a real browser: a company registers by its WLKP code (from
 * gov-sim's WLKP), invites a member whose link is read from gov-sim's mail catcher, the
 * member accepts, ownership is handed over after the password is asked again at akun, a
 * vacancy is written in three steps and the company joins a published fair; the organizer
 * accepts it and rejects another company with a reason.
 */
class CompanyJourneyTests extends Journey {

	private static final Pattern INVITATION = Pattern.compile("(http://\\S+/undangan/[A-Za-z0-9_-]+)");

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		// a company's people on a phone (360×800): every page must fit it
		start(360, 800);
	}

	@Test
	void aCompanyRegistersByWlkpBuildsItsTeamWritesAVacancyAndJoinsAFair() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

		// a WLKP code, as a recruiter would copy it from the company's report
		browser.get(stack.govsimUrl() + "/wlkp/companies?page=2");
		String code = browser.findElement(By.cssSelector("tbody tr:first-child td")).getText();
		String officialName = browser.findElement(By.cssSelector("tbody tr:first-child td:nth-child(2)")).getText();

		// J-C-a, b: "Daftar" → "Daftar sebagai Perusahaan" with the WLKP code
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		browser.get(stack.jobfairUrl() + "/saya");
		Browser.click(browser, By.id("register-company"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wlkpCode"))).sendKeys(code);
		Browser.click(browser, By.id("wlkp-lookup"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wlkp-found")));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(officialName);
		Browser.screenshot(browser, "J-C-b-wlkp");
		Browser.click(browser, By.id("register"));
		wait.until(ExpectedConditions.textToBe(By.id("company-name"), officialName));
		String companyUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

		// J-C-d … f: "Tim Perusahaan" → "Undang Pengguna"; the invitee is pending
		Browser.click(browser, By.id("menu-team"));
		browser.findElement(By.id("email")).sendKeys("pencaker@demo.siapkerja.id");
		browser.findElement(By.id("name")).sendKeys("Budi Pencaker");
		Browser.click(browser, By.id("invite"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(browser.findElement(By.id("team")).getText()).contains("Budi Pencaker").contains("Pending");
		Browser.screenshot(browser, "J-C-f-tim-pending");
		String link = invitationLink("pencaker@demo.siapkerja.id");
		Browser.logOutOfJobfair(browser, stack);

		// the invitee opens the link, logs in, accepts
		Browser.logInToJobfair(browser, stack, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(link);
		Browser.click(browser, By.id("accept"));
		wait.until(ExpectedConditions.textToBe(By.id("company-name"), officialName));
		Browser.logOutOfJobfair(browser, stack);

		// J-C-g: the owner hands ownership over after confirming the password at akun
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		browser.get(companyUrl + "/tim");
		assertThat(browser.findElement(By.id("team")).getText()).contains("Aktif").doesNotContain("Pending");
		Browser.click(browser, By.linkText("Transfer kepemilikan"));
		Browser.click(browser, By.id("confirm-password"));
		wait.until(ExpectedConditions.urlContains(stack.akunUrl() + "/login"));
		browser.findElement(By.id("identitas")).sendKeys("perusahaan@demo.siapkerja.id");
		browser.findElement(By.id("password")).sendKeys("Perusahaan#Demo2026");
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-confirmed")));
		Browser.click(browser, By.id("transfer"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Kepemilikan sudah diserahkan"));

		// J-C-h … k: a vacancy in three steps, then "Ikuti Jobfair" on a published fair
		browser.get(companyUrl + "/lowongan");
		Browser.click(browser, By.id("new-vacancy"));
		browser.findElement(By.id("title")).sendKeys("Operator Produksi");
		browser.findElement(By.id("description"))
			.sendKeys("Menjalankan mesin pengemasan dan menjaga kebersihan area produksi.");
		new Select(browser.findElement(By.id("employmentType"))).selectByValue("KONTRAK");
		new Select(browser.findElement(By.id("workArrangement"))).selectByValue("DI_KANTOR");
		Browser.click(browser, By.id("next"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("minEducation")));
		new Select(browser.findElement(By.id("minEducation"))).selectByValue("SMK");
		browser.findElement(By.id("skills")).sendKeys("ms excel, K3");
		Browser.screenshot(browser, "J-C-i-lowongan-persyaratan");
		Browser.click(browser, By.id("next"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deadline")));
		Browser.setValue(browser, "deadline", LocalDate.now().plusDays(30).toString());
		Browser.click(browser, By.id("open"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vacancies"), "Operator Produksi"));

		browser.get(companyUrl + "/jobfair");
		Browser.click(browser,
				By.xpath("//li[contains(., 'Pameran Kerja Bogor Bulan Depan')]//a[contains(@id, 'join-')]"));
		Browser.click(browser, By.xpath("//label[text()='Operator Produksi']"));
		Browser.click(browser, By.id("join"));
		wait.until(ExpectedConditions.textToBe(By.id("participation-status"), "Menunggu keputusan penyelenggara"));
		Browser.screenshot(browser, "J-C-k-ikuti-jobfair");
		Browser.logOutOfJobfair(browser, stack);

		// J-O-i: the organizer accepts the company
		Browser.logInToJobfair(browser, stack, "penyelenggara@demo.siapkerja.id", "Penyelenggara#Demo2026");
		browser.get(stack.jobfairUrl() + "/kelola");
		Browser.click(browser, By.linkText("Pameran Kerja Bogor Bulan Depan"));
		Browser.click(browser, By.id("companies"));
		String card = "//div[contains(@class,'card')][.//h2[text()='" + officialName + "']]";
		Browser.click(browser, By.xpath(card + "//button[contains(@id,'accept-')]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(card), "Diterima"));
		Browser.screenshot(browser, "J-O-i-perusahaan-diterima");
		// ... and rejects another, first without a reason (refused, and said so), then
		// with
		// one
		String other = "//div[contains(@class,'card')][.//h2[text()='PT Demo Maju Bersama']]";
		Browser.click(browser, By.xpath(other + "//button[starts-with(@id,'reject-')]"));
		wait.until(ExpectedConditions.textToBe(By.id("problem"),
				"Tulis alasan penolakan agar perusahaan tahu apa yang perlu diperbaiki."));
		assertThat(Browser.focused(browser)).as("the problem announced").isEqualTo("problem");
		browser.findElement(By.xpath(other + "//input[starts-with(@id,'reason-')]"))
			.sendKeys("Lowongan belum sesuai tema jobfair ini.");
		Browser.click(browser, By.xpath(other + "//button[starts-with(@id,'reject-')]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(other), "Ditolak"));
		assertThat(browser.findElement(By.xpath(other)).getText())
			.contains("Alasan: Lowongan belum sesuai tema jobfair ini.");
		assertThat(browser.findElements(By.xpath(other + "//button[starts-with(@id,'message-')]")))
			.as("only accepted companies are written to")
			.isEmpty();
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

	private String invitationLink(String to) {
		URI inbox = URI.create(stack.govsimUrl() + "/api/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
		String body = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> this.http.send(HttpRequest.newBuilder(inbox).build(), HttpResponse.BodyHandlers.ofString())
				.body(), (json) -> INVITATION.matcher(json).find());
		Matcher matcher = INVITATION.matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
