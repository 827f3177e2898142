package id.siapkerja.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeker's journey (J-S-b … h) again on a 360×800 phone screen: a job seeker's cheap
 * phone. Every page it visits is checked to fit the screen with tap targets of 24 px.
 */
class SeekerJourneyOnAPhoneTests extends SeekerJourney {

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		start(360, 800);
	}

	@Test
	void theHeaderFoldsIntoAMenuThatTheKeyboardOpensAndEscapeCloses() {
		browser.get(stack.jobfairUrl() + "/");
		WebElement button = browser.findElement(By.cssSelector("[data-siapkerja-menu]"));
		WebElement english = browser.findElement(By.id("lang-en"));
		assertThat(button.isDisplayed()).as("the menu button on a phone").isTrue();
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(english.isDisplayed()).as("the language switch is folded away").isFalse();

		Browser.byKeyboard(browser, By.cssSelector("[data-siapkerja-menu]"), Keys.ENTER);
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(english.isDisplayed()).isTrue();
		assertThat(english.getRect().getX() + english.getRect().getWidth()).as("within the screen")
			.isLessThanOrEqualTo(360);
		assertThat(browser.findElement(By.linkText("Akun SIAPkerja")).isDisplayed()).isTrue();

		new Actions(browser).sendKeys(Keys.ESCAPE).perform();
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(english.isDisplayed()).isFalse();
		assertThat(browser.switchTo().activeElement()).as("the focus back on the button").isEqualTo(button);
	}

}
