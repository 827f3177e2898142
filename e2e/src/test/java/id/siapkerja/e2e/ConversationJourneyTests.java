package id.siapkerja.e2e;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * J-S-g and J-C-q in two real browser windows: a seeker writes to a company from the
 * fair, the recruiter answers, and each sees the other's message appear without
 * reloading.
 */
class ConversationJourneyTests extends Journey {

	private static final String FAIR = "Bursa Kerja Cibinong Sedang Berlangsung";

	private static final String COMPANY = "PT Demo Maju Bersama";

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		start(1280, 1000);
	}

	@Test
	void aSeekerAndARecruiterTalkWithoutReloading() throws Exception {
		WebDriverWait seekerWait = new WebDriverWait(browser, Duration.ofSeconds(30));
		Browser.logInToJobfair(browser, stack, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(stack.jobfairUrl() + "/");
		Browser.click(browser, By.linkText(FAIR));
		Browser.click(browser, By.id("follow-seeker"));
		Browser.click(browser, By.id("follow"));
		Browser.click(browser, By.id("check-in-button"));
		seekerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("checked-in")));
		Browser.openExhibitor(browser, COMPANY);
		Browser.click(browser, By.id("message-company"));
		seekerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("message-form")));
		browser.findElement(By.id("body")).sendKeys("Halo, apakah lowongan operator masih dibuka?");
		Browser.click(browser, By.id("send"));
		seekerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
				"apakah lowongan operator masih dibuka?"));
		String conversation = browser.getCurrentUrl();

		ChromeDriver recruiter = Browser.open(1280, 1000);
		try {
			WebDriverWait recruiterWait = new WebDriverWait(recruiter, Duration.ofSeconds(30));
			Browser.logInToJobfair(recruiter, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
			recruiter.get(stack.jobfairUrl() + "/percakapan");
			assertThat(recruiter.findElement(By.id("conversations")).getText()).contains("1 belum dibaca");
			recruiter.get(conversation);
			recruiterWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
					"apakah lowongan operator masih dibuka?"));
			recruiter.findElement(By.id("body")).sendKeys("Masih, silakan lamar sebelum akhir pekan.");
			Browser.click(recruiter, By.id("send"));

			// the seeker's window shows the answer without reloading
			seekerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
					"silakan lamar sebelum akhir pekan"));
			Browser.screenshot(browser, "J-S-g-percakapan");
			browser.findElement(By.id("body")).sendKeys("Terima kasih, saya lamar hari ini.");
			Browser.click(browser, By.id("send"));
			recruiterWait
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saya lamar hari ini"));
			Browser.screenshot(recruiter, "J-C-q-percakapan");
			assertThat(recruiter.manage().logs().get("browser").getAll()).as("no errors in the recruiter's console")
				.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
		}
		finally {
			recruiter.quit();
		}
		assertThat(browser.manage().logs().get("browser").getAll()).as("no errors in the seeker's console")
			.noneMatch((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

}
