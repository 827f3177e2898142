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

	/** On a failure: a picture and the text of the page the browser was on. */
	@org.junit.jupiter.api.extension.RegisterExtension
	static final org.junit.jupiter.api.extension.TestWatcher PICTURE_ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {

		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (browser == null) {
				return;
			}
			try {
				String name = "GAGAL-" + context.getRequiredTestClass().getSimpleName();
				java.nio.file.Path picture = Browser.screenshot(browser, name);
				java.nio.file.Files.writeString(picture.resolveSibling(name + ".txt"), browser.getCurrentUrl() + "\n\n"
						+ browser.findElement(org.openqa.selenium.By.tagName("body")).getText());
			}
			catch (Exception ex) {
				cause.addSuppressed(ex);
			}
		}

	};

	static ChromeDriver browser;

	/** Where the run keeps what outlives a journey: JUnit closes it when the run ends. */
	private static org.junit.jupiter.api.extension.ExtensionContext.Store run;

	@org.junit.jupiter.api.extension.RegisterExtension
	static final org.junit.jupiter.api.extension.BeforeAllCallback RUN = (context) -> run = context.getRoot()
		.getStore(org.junit.jupiter.api.extension.ExtensionContext.Namespace.GLOBAL);

	/** The stack the journeys share, stopped when the whole run ends. */
	private record SharedStack(RunningStack stack) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			this.stack.stop();
		}

	}

	private static boolean onSharedStack;

	/** Starts the stack and a browser window of this size (a phone is 360×800). */
	static void start(int width, int height) throws Exception {
		notYetStarted();
		stack = RunningStack.fresh().start();
		onSharedStack = false;
		browser = Browser.open(width, height);
	}

	/**
	 * For a journey whose steps do not depend on what other journeys did to the demo data
	 * (it creates its own fair, reads only its own rows): the stack the other such
	 * journeys use, started once, which saves a stack start per journey.
	 */
	static void startOnSharedStack(int width, int height) throws Exception {
		notYetStarted();
		stack = run.computeIfAbsent(SharedStack.class, (key) -> {
			try {
				return new SharedStack(RunningStack.fresh().start());
			}
			catch (Exception ex) {
				throw new IllegalStateException("The shared stack did not start", ex);
			}
		}, SharedStack.class).stack();
		onSharedStack = true;
		browser = Browser.open(width, height);
	}

	/** Two starts in one journey (a hidden @BeforeAll that still runs) would leak one. */
	private static void notYetStarted() {
		if (browser != null || stack != null) {
			throw new IllegalStateException("This journey already started a stack and a browser");
		}
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
		if (stack != null && !onSharedStack) {
			stack.stop();
		}
		stack = null;
		if (!problems.isEmpty()) {
			throw new AssertionError("Accessibility problems (axe-core serious or critical; keyboard reach):\n"
					+ String.join("\n", problems));
		}
	}

}
