package id.siapkerja.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A-1 … in a real browser against the running stack: a resident picked from
 * gov-sim's Dukcapil registers, reads the activation code from gov-sim's SMS inbox,
 * activates, logs out and logs in again with the NIK.
 */
class AccountJourneyTests extends Journey {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		start(1280, 1000);
	}

	/** What the tester reads off gov-sim's residents page. */
	record Resident(String nik, String fullName, String motherName, String birthPlace, String birthDate, String gender,
			String villageCode) {
	}

	@Test
	void aResidentRegistersActivatesLogsOutAndLogsInAgain() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		Resident resident = pickResident();
		String digits = "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
		String phone = "0857" + digits;
		String e164 = "+62857" + digits;
		String email = "e2e." + digits + "@contoh.id";
		String password = "Nasi Goreng Kampung Pedas";

		// the portal, "Daftar Sekarang"
		browser.get(stack.akunUrl());
		Browser.click(browser, By.id("register"));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Daftar Akun SIAPkerja"));

		// page 1, "Identitas & Akun"; a mistyped NIK first: the error is announced
		browser.findElement(By.id("nik")).sendKeys(resident.nik().substring(0, 15));
		Browser.click(browser, By.cssSelector("form[action='/daftar'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nik.is-invalid")));
		assertThat(Browser.focused(browser)).as("the focus on the first field to correct").isEqualTo("nik");
		assertThat(Browser.announced(browser, "nik")).startsWith("invalid: ")
			.contains("NIK terdiri dari 16 angka. Periksa kembali NIK pada KTP Anda.");
		Browser.screenshot(browser, "A-2-daftar-kesalahan");
		browser.findElement(By.id("nik")).clear();
		browser.findElement(By.id("nik")).sendKeys(resident.nik());
		browser.findElement(By.id("motherName")).sendKeys(resident.motherName());
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("phone")).sendKeys(phone);
		browser.findElement(By.id("password")).sendKeys(password);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#password-strength meter")));
		assertThat(browser.findElement(By.id("password-strength")).getText()).isIn("Kuat", "Sangat kuat");
		browser.findElement(By.id("passwordConfirmation")).sendKeys(password);
		Browser.click(browser, By.cssSelector("label[for=consent1]"));
		assertThat(browser.findElement(By.id("consent1")).isSelected()).isTrue();
		Browser.screenshot(browser, "A-2-daftar-identitas");
		Browser.click(browser, By.cssSelector("form[action='/daftar'] button[type=submit]"));

		// A-2b: page 2, "Profil & Alamat KTP"
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fullName")));
		browser.findElement(By.id("fullName")).sendKeys(resident.fullName());
		browser.findElement(By.id("birthPlace")).sendKeys(resident.birthPlace());
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("birthDate")),
				resident.birthDate());
		Browser.click(browser, By.cssSelector("input[name=gender][value=" + resident.gender() + "]"));
		new Select(browser.findElement(By.id("maritalStatus"))).selectByValue("BELUM_KAWIN");
		String village = resident.villageCode();
		choose(wait, "province", village.substring(0, 2));
		choose(wait, "regency", village.substring(0, 5));
		choose(wait, "district", village.substring(0, 8));
		choose(wait, "village", village);
		browser.findElement(By.id("street")).sendKeys("Jl. Pahlawan No. 17");
		Browser.screenshot(browser, "A-2b-daftar-profil");
		Browser.click(browser, By.cssSelector("form[action='/daftar/profil'] button[type=submit]"));

		// activation with the code from gov-sim's SMS inbox
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Aktivasi Akun"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("+62857****" + digits.substring(4));
		String code = smsCode(e164);
		browser.findElement(By.id("code")).sendKeys(code);
		Browser.screenshot(browser, "A-3-aktivasi");
		Browser.click(browser, By.cssSelector("form[action='/aktivasi'] button[type=submit]"));

		// the account page, the NIK masked
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activated")));
		String masked = resident.nik().substring(0, 4) + "********" + resident.nik().substring(12);
		assertThat(browser.findElement(By.id("nik-masked")).getText()).isEqualTo(masked);
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(resident.nik());
		Browser.screenshot(browser, "A-4-akun-saya");

		// logout, then A-6: login with the NIK
		Browser.click(browser, By.id("logout"));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Masuk"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Anda sudah keluar");
		browser.findElement(By.id("identitas")).sendKeys(resident.nik());
		browser.findElement(By.id("password")).sendKeys(password);
		Browser.screenshot(browser, "A-6-masuk");
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nik-masked")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halo, " + resident.fullName());
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

	@Test
	void aDemoAccountLogsInWithTheReadmePassword() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.manage().deleteAllCookies();
		browser.get(stack.akunUrl() + "/login");
		browser.findElement(By.id("identitas")).sendKeys("pencaker@demo.siapkerja.id");
		browser.findElement(By.id("password")).sendKeys("Pencaker#Demo2026");
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nik-masked")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halo, Budi Santoso");
		Browser.click(browser, By.id("logout"));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Masuk"));
	}

	private static void choose(WebDriverWait wait, String id, String value) {
		wait.until((driver) -> {
			WebElement select = driver.findElement(By.id(id));
			return select.isEnabled()
					&& !select.findElements(By.cssSelector("option[value='" + value + "']")).isEmpty();
		});
		new Select(browser.findElement(By.id(id))).selectByValue(value);
		wait.until((driver) -> value.equals(driver.findElement(By.id(id)).getDomProperty("value")));
	}

	/**
	 * The first active resident on gov-sim's residents page, as a tester would pick one.
	 */
	private Resident pickResident() {
		browser.get(stack.govsimUrl() + "/dukcapil/residents?status=ACTIVE");
		List<WebElement> cells = browser.findElements(By.cssSelector("tbody tr:first-child td"));
		String[] birth = cells.get(3).getText().split(", ");
		String[] date = birth[1].split("-");
		Matcher village = Pattern.compile("kode desa ([0-9.]+)").matcher(cells.get(5).getText());
		assertThat(village.find()).isTrue();
		return new Resident(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText(), birth[0],
				date[2] + "-" + date[1] + "-" + date[0], cells.get(4).getText().equals("Perempuan") ? "FEMALE" : "MALE",
				village.group(1));
	}

	private String smsCode(String e164) {
		URI inbox = URI.create(stack.govsimUrl() + "/api/sms?to=" + URLEncoder.encode(e164, StandardCharsets.UTF_8));
		String body = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> this.http
				.send(HttpRequest.newBuilder(inbox).header("Accept", "application/json").build(),
						HttpResponse.BodyHandlers.ofString())
				.body(), (json) -> json.contains("Kode aktivasi"));
		Matcher matcher = CODE.matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
