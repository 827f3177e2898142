package id.siapkerja.e2e;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person opens Jobfair in Bahasa Indonesia, switches to English, and keeps English on
 * the next page.
 */
class LanguageSwitchJourneyTests extends Journey {

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		startOnSharedStack(1280, 900);
	}

	@Test
	void jobfairHomePageSwitchesToEnglish() throws Exception {
		browser.get(stack.jobfairUrl());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jobfair SIAPkerja");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
		assertThat(browser.findElement(By.tagName("footer")).getText())
			.contains("Kementerian Ketenagakerjaan Republik Indonesia");
		Browser.screenshot(browser, "jobfair-home-id");

		browser.findElement(By.id("lang-en")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "SIAPkerja Jobfair"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.tagName("footer")).getText())
			.contains("Ministry of Manpower of the Republic of Indonesia");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Upcoming job fairs");
		Browser.screenshot(browser, "jobfair-home-en");

		browser.get(stack.jobfairUrl() + "/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is remembered")
			.isEqualTo("SIAPkerja Jobfair");
		assertThat(browser.manage().logs().get("browser").getAll())
			.as("no errors in the browser console (e.g. a Content-Security-Policy violation)")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

}
