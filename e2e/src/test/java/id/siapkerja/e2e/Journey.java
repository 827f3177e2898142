package id.siapkerja.e2e;

import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every journey has: a fresh stack (free ports, its own data directory) started from
 * the built jar, and a headless Chromium of the journey's screen size; both stopped after
 * the journey's tests.
 */
abstract class Journey {

	static RunningStack stack;

	static ChromeDriver browser;

	/** Starts the stack and a browser window of this size (a phone is 360×800). */
	static void start(int width, int height) throws Exception {
		stack = RunningStack.fresh().start();
		browser = Browser.open(width, height);
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (browser != null) {
			PageWatch.check(browser, null);
		}
		java.util.List<String> problems = java.util.List.copyOf(PageWatch.problems);
		PageWatch.problems.clear();
		System.out.println("Pages checked for accessibility (axe-core, keyboard): "
				+ new java.util.LinkedHashSet<>(PageWatch.pagesChecked).size() + " addresses, "
				+ PageWatch.pagesChecked.size() + " loads");
		PageWatch.pagesChecked.clear();
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (stack != null) {
			stack.stop();
			stack = null;
		}
		if (!problems.isEmpty()) {
			throw new AssertionError("Accessibility problems (axe-core serious or critical; keyboard reach):\n"
					+ String.join("\n", problems));
		}
	}

}
