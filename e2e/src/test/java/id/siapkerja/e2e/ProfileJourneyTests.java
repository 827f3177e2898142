package id.siapkerja.e2e;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
		Steps.completeProfile(browser, wait, true);
		Number overflow = (Number) browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
		Browser.screenshot(browser, "A-5-dashboard-hp");
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

}
