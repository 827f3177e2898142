package id.siapkerja.e2e;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A-7 in a real browser against the running stack: "Masuk" on Jobfair leads to akun's
 * login and back, logged in; "Keluar" on akun ends the Jobfair session too (back-channel
 * logout), and "Keluar" on Jobfair ends the akun session (RP-initiated logout).
 */
class SingleSignOnJourneyTests extends Journey {

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		startOnSharedStack(1280, 1000);
	}

	@Test
	void oneLoginForJobfairAndOneLogoutForAll() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

		// Jobfair → "Masuk" → akun's login → back to Jobfair, logged in
		browser.get(stack.jobfairUrl());
		Browser.click(browser, By.id("login"));
		wait.until(ExpectedConditions.urlContains(stack.akunUrl() + "/login"));
		browser.findElement(By.id("identitas")).sendKeys("pencaker@demo.siapkerja.id");
		browser.findElement(By.id("password")).sendKeys("Pencaker#Demo2026");
		Browser.screenshot(browser, "A-7-masuk-dari-jobfair");
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.urlToBe(stack.jobfairUrl() + "/saya"));
		assertThat(browser.findElement(By.id("member-name")).getText()).isEqualTo("Halo, Budi Santoso");
		assertThat(browser.findElement(By.id("member-email")).getText()).isEqualTo("pencaker@demo.siapkerja.id");
		Browser.screenshot(browser, "A-7-jobfair-saya");

		// the akun session exists too: no second login
		browser.get(stack.akunUrl() + "/akun");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nik-masked")));

		// "Keluar" on akun ends the Jobfair session (back-channel logout through the
		// outbox)
		Browser.click(browser, By.id("logout"));
		wait.until(ExpectedConditions.urlContains(stack.akunUrl() + "/login"));
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				browser.get(stack.jobfairUrl() + "/saya");
				return browser.getCurrentUrl().startsWith(stack.akunUrl() + "/login");
			});

		// log in again from Jobfair, then "Keluar" on Jobfair ends the akun session
		browser.findElement(By.id("identitas")).sendKeys("pencaker@demo.siapkerja.id");
		browser.findElement(By.id("password")).sendKeys("Pencaker#Demo2026");
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.urlContains(stack.jobfairUrl() + "/saya"));
		Browser.click(browser, By.id("logout"));
		wait.until(ExpectedConditions.urlToBe(stack.jobfairUrl() + "/"));
		assertThat(browser.findElements(By.id("login"))).hasSize(1);
		browser.get(stack.akunUrl() + "/akun");
		wait.until(ExpectedConditions.urlContains(stack.akunUrl() + "/login"));
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

}
