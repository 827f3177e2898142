package id.siapkerja.e2e;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch that looks at every page of the journeys finds what it is there to find: a
 * page with one problem of each kind is reported, a clean page is not.
 */
class PageWatchTests {

	private static final String BAD = """
			<!DOCTYPE html><html lang="id"><head><title>Halaman buruk</title></head><body><main>
			<h1>Halaman buruk</h1>
			<img src="/foto.png">
			<div hx-get="/lagi">Muat lagi</div>
			<a href="/a" tabindex="3">Urutan aneh</a>
			<label for="nama">Nama</label><input id="nama" name="nama">
			<div class="invalid-feedback" style="display:block">Wajib diisi.</div>
			<p>Tunggu {0} detik sebelum meminta kode baru.</p>
			<p>??form.tidak-ada_id??</p>
			</main></body></html>
			""";

	private static final String GOOD = """
			<!DOCTYPE html><html lang="id"><head><title>Halaman baik</title></head><body><main>
			<h1>Halaman baik</h1>
			<button type="button" hx-get="/lagi">Muat lagi</button>
			<label for="nama">Nama</label>
			<input id="nama" name="nama" aria-invalid="true" aria-describedby="nama-error">
			<div class="invalid-feedback" id="nama-error" style="display:block">Wajib diisi.</div>
			</main></body></html>
			""";

	private static final String WIDE_ON_A_PHONE = """
			<!DOCTYPE html><html lang="id"><head><title>Terlalu lebar</title>
			<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>
			<h1>Terlalu lebar</h1>
			<table><tr><td style="white-space:nowrap">Nama pelamar yang sangat panjang sekali</td>
			<td style="white-space:nowrap">Sekolah Menengah Kejuruan Negeri</td><td>Diterima</td></tr></table>
			<p><input type="checkbox" id="sms" aria-label="SMS" style="width:14px;height:14px"><input type="checkbox" id="surel" aria-label="E-mail" style="width:14px;height:14px"></p>
			<p>Baca <a href="/syarat">syarat dan ketentuan</a> sebelum mendaftar.</p>
			<p><a href="/kecil" id="kecil" style="font-size:12px">kecil dan sendirian</a></p>
			</main></body></html>
			""";

	private static final String FITS_A_PHONE = """
			<!DOCTYPE html><html lang="id"><head><title>Pas di layar</title>
			<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>
			<h1>Pas di layar</h1>
			<p><label><input type="checkbox" id="sms" style="width:24px;height:24px"> SMS</label></p>
			<p>Baca <a href="/syarat">syarat dan ketentuan</a> sebelum mendaftar.</p>
			<p><a href="/satu-satunya" style="padding:4px 0">sendirian, cukup tinggi</a></p>
			</main></body></html>
			""";

	@Test
	void onAPhoneFindsAPageWiderThanTheScreenAndTapTargetsUnder24Px() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			byte[] page = (exchange.getRequestURI().getPath().equals("/lebar") ? WIDE_ON_A_PHONE : FITS_A_PHONE)
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.start();
		ChromeDriver browser = Browser.open(360, 800);
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			browser.get(base + "/pas");
			assertThat(PageWatch.problems).isEmpty();
			browser.get(base + "/lebar");
			browser.get(base + "/pas");
			assertThat(String.join("\n", PageWatch.problems)).contains("wider than the screen")
				.contains("tap target under 24 px: input#sms")
				.contains("tap target under 24 px: input#surel")
				.contains("tap target under 24 px: a#kecil")
				.doesNotContain("syarat");
			assertThat(PageWatch.problems).allMatch((problem) -> problem.contains("/lebar"));
		}
		finally {
			PageWatch.problems.clear();
			PageWatch.pagesChecked.clear();
			browser.quit();
			server.stop(0);
		}
	}

	@Test
	void findsEachKindOfProblemAndNothingOnACleanPage() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			byte[] page = (exchange.getRequestURI().getPath().equals("/buruk") ? BAD : GOOD)
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.start();
		ChromeDriver browser = Browser.open(800, 600);
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			browser.get(base + "/baik");
			assertThat(PageWatch.problems).isEmpty();
			browser.get(base + "/buruk");
			assertThat(String.join("\n", PageWatch.problems)).contains("critical image-alt")
				.contains("works by mouse only (not reachable by Tab): div")
				.contains("positive tabindex breaks the keyboard order: a")
				.contains("an error not announced with its field: \"Wajib diisi.\"")
				.contains("a message with its placeholder unfilled: \"{0}\"")
				.contains("a message key without its text: ??form.tidak-ada_id??");
			assertThat(PageWatch.problems).allMatch((problem) -> problem.contains("/buruk"));
		}
		finally {
			PageWatch.problems.clear();
			PageWatch.pagesChecked.clear();
			browser.quit();
			server.stop(0);
		}
	}

}
