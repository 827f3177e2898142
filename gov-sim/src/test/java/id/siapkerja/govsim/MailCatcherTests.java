package id.siapkerja.govsim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail sent over real SMTP to gov-sim shows on its mailbox page and in the JSON, filtered
 * by recipient.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailCatcherTests {

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void caughtMailShowsOnThePageAndAsJson() throws Exception {
		String page = get("/mail");
		int smtpPort = Integer.parseInt(page.replaceAll("(?s).*port (\\d+).*", "$1"));
		int before = received();
		send(smtpPort, "siti@contoh.id", "Undangan tim PT Maju", "Buka tautan http://localhost/undangan/abc");
		send(smtpPort, "budi@contoh.id", "Kode verifikasi", "Halo Budi");

		assertThat(received()).as("the count of arrived mail, read by the bench").isEqualTo(before + 2);
		String json = get("/api/mail?to=SITI@contoh.id");
		assertThat(json).contains("\"subject\":\"Undangan tim PT Maju\"")
			.contains("http://localhost/undangan/abc")
			.contains("\"to\":[\"siti@contoh.id\"]")
			.doesNotContain("Kode verifikasi");
		assertThat(get("/api/mail")).contains("Undangan tim PT Maju").contains("Kode verifikasi");
		assertThat(getJson("/mail?to=budi@contoh.id")).as("the page's address answers JSON when asked for it")
			.startsWith("[")
			.contains("\"subject\":\"Kode verifikasi\"")
			.doesNotContain("Undangan tim");

		String filtered = get("/mail?to=budi@contoh.id");
		assertThat(filtered).contains("Kode verifikasi").contains("Halo Budi").doesNotContain("Undangan tim");
		assertThat(get("/mail?to=tidak.ada@contoh.id")).contains("Belum ada e-mail yang diterima.");
	}

	private int received() throws Exception {
		return Integer.parseInt(get("/api/mail/count").replaceAll("\\D", ""));
	}

	private void send(int smtpPort, String to, String subject, String text) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(smtpPort));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("noreply@siapkerja.local"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		Transport.send(message);
	}

	private String getJson(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private String get(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
