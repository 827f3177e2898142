package id.siapkerja.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A-5 on a phone-sized screen (360×800): a job seeker completes all seven steps of
 * "Lengkapi Profil" and sees the dashboard.
 */
class ProfileJourneyTests extends Journey {

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		start(360, 800);
	}

	@Test
	void aJobSeekerCompletesTheSevenStepsOnAPhone() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		browser.get(stack.akunUrl() + "/login");
		browser.findElement(By.id("identitas")).sendKeys("pencaker@demo.siapkerja.id");
		browser.findElement(By.id("password")).sendKeys("Pencaker#Demo2026");
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-profile")));
		Browser.click(browser, By.id("my-profile"));
		Browser.click(browser, By.id("resume"));

		// a) photo
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 1 dari 7: Foto"));
		Path photo = Files.createTempFile("pas-foto", ".jpg");
		BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(200, 220, 240));
		graphics.fillRect(0, 0, 600, 800);
		graphics.setColor(new Color(140, 100, 80));
		graphics.fillOval(200, 180, 200, 260);
		graphics.dispose();
		ImageIO.write(image, "jpeg", photo.toFile());
		browser.findElement(By.id("foto")).sendKeys(photo.toString());
		Browser.screenshot(browser, "A-5a-foto-hp");
		Browser.click(browser, By.id("save"));

		// b) personal data, domicile same as the KTP address
		wait.until(ExpectedConditions.textToBe(By.id("step-of"), "Langkah 2 dari 7: Data diri"));
		browser.findElement(By.id("description")).sendKeys("Pencari kerja yang rajin dan teliti.");
		new Select(browser.findElement(By.id("maritalStatus"))).selectByValue("KAWIN");
		Browser.click(browser, By.id("sameAsKtp"));
		wait.until((driver) -> !driver.findElement(By.id("village")).getDomProperty("value").isEmpty());
		browser.findElement(By.id("postalCode")).sendKeys("16911");
		browser.findElement(By.id("job0")).sendKeys("Admin Gudang");
		Browser.screenshot(browser, "A-5b-data-diri-hp");
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
		browser.findElement(By.id("institution")).sendKeys("SMK Negeri 2 Bogor");
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
		browser.findElement(By.id("skill")).sendKeys("ms excel");
		new Select(browser.findElement(By.id("level"))).selectByValue("MAHIR");
		Browser.click(browser, By.id("add-entry"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "Microsoft Excel"));
		Browser.screenshot(browser, "A-5g-keahlian-hp");
		Browser.click(browser, By.id("finish"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-complete")));
		assertThat(browser.findElement(By.id("skills")).getText()).contains("Microsoft Excel (Mahir)");
		assertThat(browser.findElement(By.id("completeness")).getText()).isEqualTo("Kelengkapan profil: 100%");
		Number overflow = (Number) browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
		Browser.screenshot(browser, "A-5-dashboard-hp");
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

}
