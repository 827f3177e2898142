package id.siapkerja.govsim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import id.siapkerja.govsim.sms.SmsGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated SMS gateway over real HTTP: sending, the inbox page and JSON, the
 * credentials, unreachable numbers and the failure switch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmsGatewayTests {

	private static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("akun:rahasia-dev".getBytes(StandardCharsets.UTF_8));

	@Value("${local.server.port}")
	int port;

	@Autowired
	SmsGateway gateway;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void backToNormal() {
		this.gateway.switchTo(SmsGateway.Mode.NORMAL);
	}

	@Test
	void aSentMessageIsInTheInboxPageAndJson() throws Exception {
		long before = received();
		HttpResponse<String> sent = send(CREDENTIALS, "+6281200000101", "Kode aktivasi SIAPkerja: 123456");
		assertThat(sent.statusCode()).isEqualTo(202);
		assertThat(received()).as("the count of arrived SMS, read by the bench").isEqualTo(before + 1);

		HttpResponse<String> json = get("/api/sms?to=%2B6281200000101", "application/json");
		assertThat(json.body()).contains("\"to\":\"+6281200000101\"")
			.contains("Kode aktivasi SIAPkerja: 123456")
			.contains("\"delivered\":true");
		assertThat(get("/sms?to=%2B6281200000101", "application/json").body()).contains("123456");
		assertThat(get("/api/sms?to=%2B6281299999999", "application/json").body()).isEqualTo("[]");

		HttpResponse<String> page = get("/sms", "text/html");
		assertThat(page.body()).contains("Kotak SMS").contains("+6281200000101").contains("123456");
	}

	private long received() throws Exception {
		return Long.parseLong(get("/api/sms/count", "application/json").body().replaceAll("\\D", ""));
	}

	@Test
	void wrongCredentialsAndBadInputAreRefused() throws Exception {
		String wrong = "Basic " + Base64.getEncoder().encodeToString("akun:salah".getBytes(StandardCharsets.UTF_8));
		assertThat(send(wrong, "+6281200000102", "x").statusCode()).isEqualTo(401);
		assertThat(send(null, "+6281200000102", "x").statusCode()).isEqualTo(401);
		assertThat(send(CREDENTIALS, "08120000", "x").statusCode()).isEqualTo(400);
		assertThat(this.gateway.messages("+6281200000102")).isEmpty();
	}

	@Test
	void anUnreachableNumberNeverReceives() throws Exception {
		HttpResponse<String> sent = send(CREDENTIALS, "+6289900000001", "Kode: 654321");
		assertThat(sent.statusCode()).isEqualTo(502);
		assertThat(get("/sms", "text/html").body()).contains("tidak terkirim");
	}

	@Test
	void aFailingGatewayTakesNothing() throws Exception {
		HttpResponse<String> switched = this.http.send(HttpRequest.newBuilder(uri("/sms/api/mode"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"FAILING\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(switched.body()).contains("FAILING");
		assertThat(send(CREDENTIALS, "+6281200000103", "Kode: 111111").statusCode()).isEqualTo(503);
		assertThat(this.gateway.messages("+6281200000103")).isEmpty();
	}

	private HttpResponse<String> send(String authorization, String to, String text) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/sms/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + to + "\",\"text\":\"" + text + "\"}"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
