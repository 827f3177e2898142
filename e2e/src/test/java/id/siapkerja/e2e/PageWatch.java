package id.siapkerja.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.Response;

/**
 * Looks at every page a journey visits, once per loaded document (and again after htmx
 * swapped part of it): axe-core's serious and critical violations; what keeps a keyboard
 * user out (a clickable element Tab cannot reach, a positive tabindex that breaks the
 * order, a visible control taken out of the Tab order); an error message that is not
 * announced with its field (aria-invalid and aria-describedby); and on a phone-sized
 * screen, a page wider than the screen or a tap target under 24 px.
 */
final class PageWatch {

	/**
	 * What was found on the pages of this run; {@link Journey} fails when it is not
	 * empty.
	 */
	static final List<String> problems = Collections.synchronizedList(new ArrayList<>());

	/** Pages looked at in this run, to say how many in the report. */
	static final List<String> pagesChecked = Collections.synchronizedList(new ArrayList<>());

	private static final String KEYBOARD = """
			var found = [];
			function describe(e) {
			  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 40) + '"';
			}
			function shown(e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; }
			document.querySelectorAll('[tabindex]').forEach(function (e) {
			  if (e.tabIndex > 0) { found.push('positive tabindex breaks the keyboard order: ' + describe(e)); }
			});
			document.querySelectorAll('[hx-get],[hx-post],[hx-put],[hx-patch],[hx-delete]').forEach(function (e) {
			  var natural = /^(A|BUTTON|FORM|INPUT|SELECT|TEXTAREA)$/.test(e.tagName);
			  var trigger = e.getAttribute('hx-trigger') || 'click';
			  if (!natural && /click/.test(trigger) && e.tabIndex < 0 && shown(e)) {
			    found.push('works by mouse only (not reachable by Tab): ' + describe(e));
			  }
			});
			document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (e) {
			  if (shown(e) && !e.disabled && e.tabIndex < 0 && !e.closest('[inert]')) {
			    found.push('a visible control Tab skips: ' + describe(e));
			  }
			});
			// a message shown with its placeholder unfilled ("Tunggu {0} detik") or a key without its text
			var text = document.body ? document.body.innerText : '';
			var unfilled = text.match(/\\{\\d+(,[^}]*)?\\}/);
			if (unfilled) { found.push('a message with its placeholder unfilled: "' + unfilled[0] + '"'); }
			var missing = text.match(/\\?\\?[\\w.-]+_[a-z]{2}(_[A-Z]{2})?\\?\\?/);
			if (missing) { found.push('a message key without its text: ' + missing[0]); }
			document.querySelectorAll('.invalid-feedback').forEach(function (f) {
			  if (!shown(f) || f.textContent.trim() === '') { return; }
			  var owner = f.id && document.querySelector('[aria-invalid=true][aria-describedby~="' + f.id + '"]');
			  if (!owner) { found.push('an error not announced with its field: "' + f.textContent.trim().slice(0, 60) + '"'); }
			});
			return found;
			""";

	/**
	 * On a phone-sized screen (under 500 px): nothing wider than the screen, and every
	 * tap target at least 24×24 CSS px (WCAG 2.2, 2.5.8) unless it is a link within a
	 * sentence (stricter than WCAG, which also lets a small target with room around it
	 * pass: on a phone a thumb does not measure the room).
	 */
	static final String PHONE = """
			var found = [];
			// the layout's width: a phone zooms out (window.innerWidth grows) when a page is too wide
			if (document.documentElement.clientWidth >= 500) { return found; }
			function describe(e) {
			  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
			    + ' "' + (e.textContent || e.value || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
			}
			function shown(e) {
			  var s = getComputedStyle(e);
			  return e.getClientRects().length > 0 && s.visibility !== 'hidden' && s.display !== 'none';
			}
			var width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth > width + 1) {
			  var wide = [];
			  document.querySelectorAll('body *').forEach(function (e) {
			    var r = e.getBoundingClientRect();
			    if (r.right > width + 1 && r.width > 0 && shown(e) && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)) {
			      wide.push(describe(e) + ' reaches ' + Math.round(r.right) + ' px');
			    }
			  });
			  found.push('wider than the screen: ' + document.documentElement.scrollWidth + ' px on ' + width + ' px — ' + wide.slice(0, 3).join('; '));
			}
			var targets = Array.prototype.filter.call(document.querySelectorAll(
			    'a[href], button, input:not([type=hidden]), select, textarea, summary'), function (e) {
			  var r = e.getBoundingClientRect();
			  return shown(e) && r.width > 1 && r.height > 1 && !e.closest('.visually-hidden, .visually-hidden-focusable');
			});
			var rects = targets.map(function (e) { return e.getBoundingClientRect(); });
			function inSentence(e) {
			  if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') { return false; }
			  var block = e.parentElement;
			  while (block && getComputedStyle(block).display === 'inline') { block = block.parentElement; }
			  return block && block.textContent.trim().length > e.textContent.trim().length + 1;
			}
			function small(r) { return r.width < 23.5 || r.height < 23.5; }
			targets.forEach(function (e, i) {
			  var r = rects[i];
			  if (!small(r) || inSentence(e)) { return; }
			  found.push('tap target under 24 px: ' + describe(e) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
			});
			return found;
			""";

	private static final String AXE = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
			  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
			    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' — '
			      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));
			}, function (error) { done(['axe-core failed: ' + error]); });
			""";

	private static final java.util.Set<String> shapes = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private static String axeSource;

	private static final java.util.Set<String> BEFORE = java.util.Set.of("get", "clickElement", "submitElement",
			"quit");

	private static final java.util.Set<String> AFTER = java.util.Set.of("get", "clickElement", "actions");

	private PageWatch() {
	}

	/**
	 * A Chromium whose every page is checked before the journey leaves it: before and
	 * after each navigation and click, and after keys typed with the keyboard.
	 */
	static ChromeDriver open(ChromeDriverService service, ChromeOptions options) {
		return new ChromeDriver(service, options) {

			@Override
			protected Response execute(CommandPayload payload) {
				String command = payload.getName();
				if (BEFORE.contains(command)) {
					check(this, null);
				}
				Response response = super.execute(payload);
				if (AFTER.contains(command)) {
					check(this, null);
				}
				return response;
			}

		};
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Checks the page now on screen unless it was checked since it loaded. */
	static void check(ChromeDriver browser, String page) {
		try {
			String url = browser.getCurrentUrl();
			if (url == null || !url.startsWith("http")) {
				return;
			}
			// a page still loading (the URL already the next page's, its document still
			// empty) is checked once it has loaded
			for (int i = 0; i < 50 && !"complete".equals(browser.executeScript("return document.readyState")); i++) {
				pause();
			}
			if (Boolean.TRUE.equals(browser.executeScript("return window.__siapkerjaChecked === true"))) {
				return;
			}
			// the same page again (a reload while waiting, say) is not checked twice
			String shape = url + " " + browser.executeScript(
					"return document.title + ' ' + document.getElementsByTagName('*').length + ' ' + document.body.innerText.length");
			if (!shapes.add(shape)) {
				browser.executeScript("window.__siapkerjaChecked = true");
				return;
			}
			if (!Boolean.TRUE.equals(browser.executeScript("return typeof axe !== 'undefined'"))) {
				browser.executeScript(axe());
				browser.executeScript(
						"""
								document.addEventListener('htmx:afterSettle', function () { window.__siapkerjaChecked = false; });
								""");
			}
			String where = (page == null ? browser.getTitle() : page) + " (" + url + ")";
			List<Object> found = new ArrayList<>();
			if (browser.executeAsyncScript(AXE) instanceof List<?> violations) {
				found.addAll(violations);
			}
			if (browser.executeScript(KEYBOARD) instanceof List<?> keyboard) {
				found.addAll(keyboard);
			}
			if (browser.executeScript(PHONE) instanceof List<?> phone) {
				found.addAll(phone);
			}
			browser.executeScript("window.__siapkerjaChecked = true");
			pagesChecked.add(url);
			for (Object problem : found) {
				if (!problems.contains(where + ": " + problem)) {
					problems.add(where + ": " + problem);
				}
			}
		}
		catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.JavascriptException
				| org.openqa.selenium.ScriptTimeoutException | org.openqa.selenium.UnhandledAlertException ex) {
			// the page changed under the check: the next action looks at the new one
		}
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			Path file = Path.of(System.getenv().getOrDefault("SIAPKERJA_AXE", ".axe/axe.min.js"));
			if (!Files.isReadable(file)) {
				throw new IllegalStateException("The accessibility checks need axe-core at " + file.toAbsolutePath()
						+ ": curl -sSfL https://registry.npmjs.org/axe-core/-/axe-core-4.10.3.tgz | tar -xzO package/axe.min.js > e2e/.axe/axe.min.js (.ci/run does it).");
			}
			try {
				axeSource = Files.readString(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

}
