package id.siapkerja.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: nothing is downloaded.
 * Set {@code SIAPKERJA_CHROMIUM} and {@code SIAPKERJA_CHROMEDRIVER} to use other paths.
 */
final class Browser {

	private Browser() {
	}

	/** Headless Chromium's narrowest window; narrower screens are emulated phones. */
	static final int PHONE_WIDTH = 500;

	static ChromeDriver open(int width, int height, String... extraArguments) throws IOException {
		Path chromium = Path.of(env("SIAPKERJA_CHROMIUM", "/usr/bin/chromium"));
		Path driver = Path.of(env("SIAPKERJA_CHROMEDRIVER", "/usr/bin/chromedriver"));
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			throw new IllegalStateException("The browser tests need Chromium and chromedriver at " + chromium + " and "
					+ driver + ". On Debian: apt-get install -y chromium chromium-driver (.ci/run does it).");
		}
		Path profile = Files.createDirectories(Path.of(System.getProperty("siapkerja.e2e.work-dir", "target/e2e"))
			.resolve("chromium-" + System.nanoTime()));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		boolean phone = width < PHONE_WIDTH;
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile.toAbsolutePath(),
				"--window-size=" + (phone ? PHONE_WIDTH : width) + "," + height);
		options.addArguments(extraArguments);
		if (phone) {
			// headless Chromium makes no window narrower than 500 px: a phone's screen is
			// emulated (its width in CSS px, a cheap Android phone's pixel ratio, touch)
			options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
					java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
		}
		var logging = new org.openqa.selenium.logging.LoggingPreferences();
		logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = PageWatch.open(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return browser;
	}

	/** Logs in to Jobfair through akun's login page (SSO). */
	static void logInToJobfair(ChromeDriver browser, RunningStack stack, String email, String password) {
		var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(stack.jobfairUrl() + "/oauth2/authorization/akun");
		wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(stack.akunUrl() + "/login"));
		browser.findElement(org.openqa.selenium.By.id("identitas")).sendKeys(email);
		browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
		click(browser, org.openqa.selenium.By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(stack.jobfairUrl()));
	}

	/** "Keluar" on Jobfair: the session ends there and at akun. */
	static void logOutOfJobfair(ChromeDriver browser, RunningStack stack) {
		var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(stack.jobfairUrl() + "/saya");
		click(browser, org.openqa.selenium.By.id("logout"));
		wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(stack.jobfairUrl() + "/"));
	}

	/** Clicks like a person: the element scrolled into the middle of the screen first. */
	/**
	 * From a fair's page to one of its companies: among the first companies shown, or
	 * through "Lihat semua perusahaan".
	 */
	static void openExhibitor(ChromeDriver browser, String company) {
		org.openqa.selenium.By link = org.openqa.selenium.By.partialLinkText(company);
		if (browser.findElement(org.openqa.selenium.By.id("exhibitors")).findElements(link).isEmpty()) {
			click(browser, org.openqa.selenium.By.id("all-exhibitors"));
		}
		org.openqa.selenium.WebElement element = browser.findElement(org.openqa.selenium.By.id("exhibitors"))
			.findElement(link);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	static void click(ChromeDriver browser, org.openqa.selenium.By locator) {
		org.openqa.selenium.WebElement element = browser.findElement(locator);
		openMenuFor(browser, element);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/**
	 * On a narrow screen the header's items are behind the "Menu" button: a person opens
	 * it first.
	 */
	static void openMenuFor(ChromeDriver browser, org.openqa.selenium.WebElement element) {
		if (element.isDisplayed() || !Boolean.TRUE
			.equals(browser.executeScript("return !!arguments[0].closest('#siapkerja-menu')", element))) {
			return;
		}
		org.openqa.selenium.WebElement button = browser
			.findElement(org.openqa.selenium.By.cssSelector("[data-siapkerja-menu]"));
		if (button.isDisplayed() && !"true".equals(button.getDomAttribute("aria-expanded"))) {
			button.click();
		}
	}

	/** What an element says, also when it is folded away in the header's menu. */
	static String text(ChromeDriver browser, org.openqa.selenium.By locator) {
		return String.valueOf(browser.findElement(locator).getDomProperty("textContent"))
			.trim()
			.replaceAll("\\s+", " ");
	}

	/**
	 * Sets an input's value directly (date and month inputs type differently in every
	 * locale).
	 */
	static void setValue(ChromeDriver browser, String id, String value) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(org.openqa.selenium.By.id(id)),
				value);
	}

	/**
	 * Checks the page now on screen (axe-core and keyboard reach) if it was not checked
	 * since it loaded; every page is anyway checked before the journey leaves it.
	 */
	static void checkAccessibility(ChromeDriver browser, String page) {
		PageWatch.check(browser, page);
	}

	/**
	 * What a screen reader user hears of a field: whether it is marked invalid and the
	 * text of everything that describes it (its help and its error).
	 */
	static String announced(ChromeDriver browser, String fieldId) {
		return (String) browser.executeScript(
				"""
						var field = document.getElementById(arguments[0]);
						var ids = (field.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
						return (field.getAttribute('aria-invalid') === 'true' ? 'invalid: ' : 'valid: ')
						  + ids.map(function (id) { var e = document.getElementById(id); return e ? e.textContent.trim() : ''; }).join(' ');
						""",
				fieldId);
	}

	/**
	 * Reaches an element with the Tab key alone, the way a keyboard user does, and checks
	 * that the focus is visible on it.
	 */
	static org.openqa.selenium.WebElement tabTo(ChromeDriver browser, org.openqa.selenium.By target) {
		org.openqa.selenium.WebElement element = browser.findElement(target);
		var keyboard = new org.openqa.selenium.interactions.Actions(browser);
		for (int tab = 0; tab < 200 && !element.equals(browser.switchTo().activeElement()); tab++) {
			keyboard.sendKeys(org.openqa.selenium.Keys.TAB).perform();
		}
		if (!element.equals(browser.switchTo().activeElement())) {
			throw new AssertionError("Tab never reaches " + target + " on " + browser.getCurrentUrl());
		}
		Object visible = browser.executeScript(
				"""
						var style = getComputedStyle(document.activeElement);
						return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
						""");
		if (!Boolean.TRUE.equals(visible)) {
			throw new AssertionError("No visible focus on " + target + " on " + browser.getCurrentUrl());
		}
		return element;
	}

	/**
	 * Reaches an element with the Tab key alone and presses a key on it (Enter on a link
	 * or button, Space on a checkbox).
	 */
	static void byKeyboard(ChromeDriver browser, org.openqa.selenium.By target, CharSequence key) {
		tabTo(browser, target);
		new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
	}

	/** Types into a field reached with the Tab key alone, replacing what it held. */
	static void typeByKeyboard(ChromeDriver browser, org.openqa.selenium.By target, String text) {
		org.openqa.selenium.WebElement field = tabTo(browser, target);
		var keyboard = new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.END);
		String held = field.getDomProperty("value");
		for (int i = 0; held != null && i < held.length(); i++) {
			keyboard.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
		}
		keyboard.sendKeys(text).perform();
	}

	/** The id of the element that has the keyboard focus. */
	static String focused(ChromeDriver browser) {
		return (String) browser.executeScript("return document.activeElement ? document.activeElement.id : null");
	}

	/**
	 * Keeps what the person saw, under target/e2e/screenshots; a phone-sized window's
	 * pictures end in "-hp". The page's accessibility is checked at the same time.
	 */
	static Path screenshot(ChromeDriver browser, String name) throws IOException {
		checkAccessibility(browser, name);
		Path folder = Files.createDirectories(
				Path.of(System.getProperty("siapkerja.e2e.work-dir", "target/e2e")).resolve("screenshots"));
		boolean phone = ((Number) browser.executeScript("return document.documentElement.clientWidth"))
			.intValue() < PHONE_WIDTH;
		Path file = folder.resolve(name + (phone && !name.endsWith("-hp") ? "-hp" : "") + ".png");
		Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		return file;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
