package id.siapkerja.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Onsite entry on a 360×800 phone (issue 21): the demo organizer opens arrival sessions
 * for the hybrid demo fair and names gate staff; the demo seeker follows the fair, is
 * given the first session with room, sees the ticket with its QR code and receives it by
 * e-mail; the gate staff opens "Pintu masuk" and checks the code typed in: a ticket for
 * the fair's second day is refused today, in red, as the wrong day; at the fair running
 * now a ticket for a session starting in minutes is read by the gate phone's camera and
 * let in once, and refused when typed in again as already used; Admin Pusat sees the
 * fair's hiring outcomes as a chart over its table. Every page is checked to fit the
 * phone.
 */
class EntryJourneyOnAPhoneTests extends Journey {

	private static final String FAIR = "Pameran Kerja Bogor Bulan Depan";

	private static final String NOW = "Bursa Kerja Cibinong Sedang Berlangsung";

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@BeforeAll
	static void startStackAndBrowser() throws Exception {
		startOnSharedStack(360, 800);
	}

	@Test
	void sessionsTicketAndGate() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

		// the organizer: a session on the fair's second day, 09:00–11:00, and gate staff
		Browser.logInToJobfair(browser, stack, "penyelenggara@demo.siapkerja.id", "Penyelenggara#Demo2026");
		browser.get(stack.jobfairUrl() + "/kelola");
		Browser.click(browser, By.linkText(FAIR));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fair-when")));
		Matcher starts = Pattern.compile("(\\d{2}-\\d{2}-\\d{4})").matcher(Browser.text(browser, By.id("fair-when")));
		assertThat(starts.find()).isTrue();
		LocalDate secondDay = LocalDate.parse(starts.group(1), DateTimeFormatter.ofPattern("dd-MM-yyyy")).plusDays(1);
		Browser.click(browser, By.id("entry-sessions"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-form")));
		Browser.setValue(browser, "day", secondDay.toString());
		Browser.setValue(browser, "from", "09:00");
		Browser.setValue(browser, "to", "11:00");
		browser.findElement(By.id("capacity")).sendKeys("250");
		Browser.click(browser, By.id("add-session"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Sesi kedatangan ditambahkan."));
		assertThat(Browser.text(browser, By.id("sessions"))).contains("09:00–11:00 WIB").contains("0 dari 250");
		browser.findElement(By.id("email")).sendKeys("perusahaan@demo.siapkerja.id");
		Browser.click(browser, By.id("add-staff"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Petugas pintu ditambahkan"));
		Browser.screenshot(browser, "J-O-sesi-kedatangan");
		Browser.logOutOfJobfair(browser, stack);

		// the seeker: follows, takes the first session with room, keeps the ticket
		Browser.logInToJobfair(browser, stack, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(stack.jobfairUrl() + "/");
		Browser.click(browser, By.linkText(FAIR));
		Browser.click(browser, By.id("follow-seeker"));
		Browser.click(browser, By.id("follow"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("entry-booking")));
		Browser.click(browser, By.id("entry-booking"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-form")));
		Browser.click(browser, By.id("book-first"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-code")));
		String code = Browser.text(browser, By.id("ticket-code"));
		String fairId = browser.getCurrentUrl().replaceAll(".*/portofolio/jobfair/([0-9a-f-]+)/tiket.*", "$1");
		assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
		assertThat(browser.findElement(By.cssSelector("#ticket-qr svg")).getRect().getWidth()).as("the QR code fits")
			.isBetween(150, 330);
		assertThat(Browser.text(browser, By.id("ticket-window"))).contains("09:00–11:00 WIB");
		Browser.screenshot(browser, "J-S-tiket-masuk");
		// the ticket page keeps itself for a weak signal at the gate: once the service
		// worker looks after it, the page is in the phone's cache and opens offline
		String ticketPage = browser.getCurrentUrl();
		wait.until((driver) -> Boolean.TRUE
			.equals(browser.executeScript("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)")));
		browser.navigate().refresh();
		wait.until((driver) -> String.valueOf(browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				caches.open('tiket-v1').then(function (c) { return c.match(location.pathname); })
					.then(function (r) { return r ? r.text() : ''; }).then(done, function () { done(''); });
				""")).contains(code));
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		browser.setNetworkConditions(offline);
		try {
			browser.get(ticketPage);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-code")));
			assertThat(Browser.text(browser, By.id("ticket-code"))).as("offline").isEqualTo(code);
		}
		finally {
			ChromiumNetworkConditions online = new ChromiumNetworkConditions();
			online.setOffline(false);
			browser.setNetworkConditions(online);
			browser.deleteNetworkConditions();
		}
		// back online: the ticket page comes from the server again
		browser.get(ticketPage);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-code"), code));
		// the same ticket by e-mail (gov-sim's mail catcher)
		URI inbox = URI.create(stack.govsimUrl() + "/api/mail?to="
				+ URLEncoder.encode("pencaker@demo.siapkerja.id", StandardCharsets.UTF_8));
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> http.send(HttpRequest.newBuilder(inbox).build(), HttpResponse.BodyHandlers.ofString()).body(),
					(mail) -> mail.contains(code) && mail.contains("Tiket masuk"));
		Browser.logOutOfJobfair(browser, stack);

		// the gate staff: the code typed in today is for another day
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		browser.get(stack.jobfairUrl() + "/pintu");
		Browser.click(browser, By.linkText(FAIR));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gate-form")));
		browser.findElement(By.id("kode")).sendKeys(code.toLowerCase());
		Browser.click(browser, By.id("gate-check"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gate-result")));
		assertThat(Browser.text(browser, By.id("gate-result"))).startsWith("BUKAN HARINYA");
		assertThat(browser.findElement(By.id("gate-result")).getDomAttribute("class")).contains("refused");
		Browser.screenshot(browser, "J-O-pintu-masuk");
		browser.get(stack.jobfairUrl() + "/kelola");
		assertThat(browser.findElement(By.tagName("main")).getText()).as("gate staff manage nothing")
			.doesNotContain(FAIR);
		Browser.logOutOfJobfair(browser, stack);

		// the fair running now: a session starting in a few minutes, booked by the
		// seeker,
		// whose ticket the gate lets in once and refuses the second time
		ZonedDateTime soon = ZonedDateTime.now(WIB).plusMinutes(6).truncatedTo(ChronoUnit.MINUTES);
		LocalTime until = soon.toLocalTime().isAfter(LocalTime.of(21, 58)) ? LocalTime.of(23, 59)
				: soon.toLocalTime().plusHours(2);
		Browser.logInToJobfair(browser, stack, "penyelenggara@demo.siapkerja.id", "Penyelenggara#Demo2026");
		browser.get(stack.jobfairUrl() + "/kelola");
		Browser.click(browser, By.linkText(NOW));
		Browser.click(browser, By.id("entry-sessions"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-form")));
		Browser.setValue(browser, "day", soon.toLocalDate().toString());
		Browser.setValue(browser, "from", soon.toLocalTime().toString());
		Browser.setValue(browser, "to", until.toString());
		browser.findElement(By.id("capacity")).sendKeys("500");
		Browser.click(browser, By.id("add-session"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Sesi kedatangan ditambahkan."));
		Browser.logOutOfJobfair(browser, stack);

		Browser.logInToJobfair(browser, stack, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
		browser.get(stack.jobfairUrl() + "/");
		Browser.click(browser, By.linkText(NOW));
		if (!browser.findElements(By.id("follow-seeker")).isEmpty()) {
			Browser.click(browser, By.id("follow-seeker"));
			Browser.click(browser, By.id("follow"));
		}
		else {
			browser.get(stack.jobfairUrl() + "/portofolio");
			Browser.click(browser, By.linkText(NOW));
		}
		wait.until(ExpectedConditions.elementToBeClickable(By.id("entry-booking")));
		Browser.click(browser, By.id("entry-booking"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-form")));
		Browser.click(browser, By.id("book-first"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-code")));
		String today = Browser.text(browser, By.id("ticket-code"));
		Browser.logOutOfJobfair(browser, stack);

		// the gate staff's phone camera is held over the ticket (Chromium's fake camera
		// plays its QR code): the page reads it — with jsQR, as on a phone without
		// BarcodeDetector — and lets the ticket in, once
		ChromeDriver gatePhone = Browser.open(360, 800, "--use-fake-ui-for-media-stream",
				"--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + FakeCamera.showing(today));
		try {
			Browser.logInToJobfair(gatePhone, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
			gatePhone.get(stack.jobfairUrl() + "/pintu");
			Browser.click(gatePhone, By.linkText(NOW));
			new WebDriverWait(gatePhone, Duration.ofSeconds(30))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("gate-result")));
			assertThat(Browser.text(gatePhone, By.id("gate-result"))).startsWith("BOLEH MASUK");
			Browser.screenshot(gatePhone, "J-O-pintu-boleh-masuk");
			// the ticket stays before the camera: it is not sent again
			Thread.sleep(4000);
			assertThat(Browser.text(gatePhone, By.id("gate-result"))).startsWith("BOLEH MASUK");
		}
		finally {
			gatePhone.quit();
		}

		// typed in at another gate, the same ticket is refused as already used
		Browser.logInToJobfair(browser, stack, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
		browser.get(stack.jobfairUrl() + "/pintu");
		Browser.click(browser, By.linkText(NOW));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gate-form")));
		browser.findElement(By.id("kode")).sendKeys(today);
		Browser.click(browser, By.id("gate-check"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gate-result"), "SUDAH DIPAKAI"));
		assertThat(Browser.text(browser, By.id("first-scan"))).startsWith("Pertama dipindai pukul");
		assertThat(browser.findElement(By.id("gate-result")).getDomAttribute("class")).contains("refused");
		Browser.logOutOfJobfair(browser, stack);

		// Admin Pusat: the fair's hiring outcomes, a chart drawn from the table beneath
		// it
		Browser.logInToJobfair(browser, stack, "admin@demo.siapkerja.id", "AdminPusat#Demo2026");
		browser.get(stack.jobfairUrl() + "/admin/jobfair/" + fairId + "/hasil");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tahap-chart")));
		assertThat(Browser.text(browser, By.id("tahap"))).contains("Mengikuti").contains("Bekerja, terkonfirmasi");
		Browser.screenshot(browser, "J-A-hasil-rekrutmen");
		Browser.logOutOfJobfair(browser, stack);
	}

}
