package id.siapkerja.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Steps several journeys take the way a person takes them: picking a resident off
 * gov-sim's Dukcapil page, reading an SMS from gov-sim's inbox, the seven steps of
 * "Lengkapi Profil".
 */
final class Steps {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Steps() {
	}

	/** What the tester reads off gov-sim's residents page. */
	record Resident(String nik, String fullName, String motherName, String birthPlace, String birthDate, String gender,
			String villageCode) {
	}

	/**
	 * The first active resident on gov-sim's residents page, as a tester would pick one.
	 */
	static Resident pickResident(ChromeDriver browser, RunningStack stack) {
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

	/** The SMS inbox of a number at gov-sim's gateway, once it holds the words. */
	static String smsTo(RunningStack stack, String e164, String words) {
		URI inbox = URI.create(stack.govsimUrl() + "/api/sms?to=" + URLEncoder.encode(e164, StandardCharsets.UTF_8));
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> HTTP
				.send(HttpRequest.newBuilder(inbox).header("Accept", "application/json").build(),
						HttpResponse.BodyHandlers.ofString())
				.body(), (json) -> json.contains(words));
	}

	/** The six-digit code of the activation SMS. */
	static String activationCode(RunningStack stack, String e164) {
		Matcher matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(smsTo(stack, e164, "Kode aktivasi"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/**
	 * Chooses an option of a select once the page has loaded it (regions come by htmx).
	 */
	static void choose(ChromeDriver browser, WebDriverWait wait, String id, String value) {
		wait.until((driver) -> {
			WebElement select = driver.findElement(By.id(id));
			return select.isEnabled()
					&& !select.findElements(By.cssSelector("option[value='" + value + "']")).isEmpty();
		});
		new Select(browser.findElement(By.id(id))).selectByValue(value);
		wait.until((driver) -> value.equals(driver.findElement(By.id(id)).getDomProperty("value")));
	}

	/**
	 * the seven steps of "Lengkapi Profil" from the account page, ending on the
	 * dashboard, with screenshots of the steps when {@code pictures}.
	 */
	static void completeProfile(ChromeDriver browser, WebDriverWait wait, boolean pictures) throws IOException {
		Browser.click(browser, By.id("my-profile"));
		Browser.click(browser, By.id("resume"));

		// a) photo
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 1 dari 7: Foto"));
		browser.findElement(By.id("foto")).sendKeys(passPhoto().toString());
		if (pictures) {
			Browser.screenshot(browser, "A-5a-foto");
		}
		Browser.click(browser, By.id("save"));

		// b) personal data, domicile same as the KTP address
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 2 dari 7: Data diri"));
		browser.findElement(By.id("description")).clear();
		browser.findElement(By.id("description")).sendKeys("Pencari kerja yang rajin dan teliti.");
		new Select(browser.findElement(By.id("maritalStatus"))).selectByValue("KAWIN");
		if (!browser.findElement(By.id("sameAsKtp")).isSelected()) {
			Browser.click(browser, By.id("sameAsKtp"));
		}
		wait.until((driver) -> !driver.findElement(By.id("village")).getDomProperty("value").isEmpty());
		browser.findElement(By.id("postalCode")).clear();
		browser.findElement(By.id("postalCode")).sendKeys("16911");
		browser.findElement(By.id("job0")).clear();
		browser.findElement(By.id("job0")).sendKeys("Admin Gudang");
		if (pictures) {
			Browser.screenshot(browser, "A-5b-data-diri");
		}
		Browser.click(browser, By.id("save"));

		// c) one job, d) one training, e) education, f) one certification
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 3 dari 7: Pengalaman kerja"));
		browser.findElement(By.id("company")).sendKeys("PT Sentosa Abadi");
		browser.findElement(By.id("position")).sendKeys("Staf Gudang");
		Browser.setValue(browser, "start", "2021-03");
		Browser.click(browser, By.id("current"));
		new Select(browser.findElement(By.id("employmentType"))).selectByValue("PENUH_WAKTU");
		Browser.click(browser, By.id("add-entry"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "PT Sentosa Abadi"));
		Browser.click(browser, By.id("carry-on"));
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 4 dari 7: Pelatihan"));
		browser.findElement(By.id("name")).sendKeys("Operator Forklift");
		browser.findElement(By.id("institution")).sendKeys("BLK Bekasi");
		browser.findElement(By.id("year")).sendKeys("2020");
		Browser.click(browser, By.id("add-entry"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "BLK Bekasi"));
		Browser.click(browser, By.id("carry-on"));
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 5 dari 7: Pendidikan terakhir"));
		new Select(browser.findElement(By.id("level"))).selectByValue("SMK");
		browser.findElement(By.id("institution")).clear();
		browser.findElement(By.id("institution")).sendKeys("SMK Negeri 2 Bogor");
		browser.findElement(By.id("year")).clear();
		browser.findElement(By.id("year")).sendKeys("2018");
		Browser.click(browser, By.id("save"));
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 6 dari 7: Sertifikasi"));
		browser.findElement(By.id("name")).sendKeys("Juru Gudang");
		browser.findElement(By.id("issuer")).sendKeys("BNSP");
		Browser.setValue(browser, "issuedOn", "2022-08-17");
		Browser.click(browser, By.id("add-entry"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "BNSP"));
		Browser.click(browser, By.id("carry-on"));

		// g) skills, then "Simpan dan Selesai"
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 7 dari 7: Keahlian"));
		for (String skill : List.of("ms excel", "K3")) {
			browser.findElement(By.id("skill")).sendKeys(skill);
			new Select(browser.findElement(By.id("level"))).selectByValue("MAHIR");
			Browser.click(browser, By.id("add-entry"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"),
					skill.equals("K3") ? "K3" : "Microsoft Excel"));
		}
		if (pictures) {
			Browser.screenshot(browser, "A-5g-keahlian");
		}
		Browser.click(browser, By.id("finish"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-complete")));
		assertThat(browser.findElement(By.id("skills")).getText()).contains("Microsoft Excel (Mahir)");
		assertThat(browser.findElement(By.id("completeness")).getText()).isEqualTo("Kelengkapan profil: 100%");
	}

	/** A pass photo: a face on a light background. */
	private static Path passPhoto() throws IOException {
		Path photo = Files.createTempFile("pas-foto", ".jpg");
		BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(200, 220, 240));
		graphics.fillRect(0, 0, 600, 800);
		graphics.setColor(new Color(140, 100, 80));
		graphics.fillOval(200, 180, 200, 260);
		graphics.dispose();
		ImageIO.write(image, "jpeg", photo.toFile());
		return photo;
	}

}
