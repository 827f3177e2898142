package id.siapkerja.jobfair.signin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy the configuration lists (here: this machine), Jobfair knows the
 * request was secure, as akun does: HSTS is sent and the session cookie is {@code Secure}
 * (issue 20, item 8).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=127.0.0.1/32, ::1/128")
class ForwardedRequestsTests {

	@Value("${local.server.port}")
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void behindAListedTlsProxyTheRequestIsSecure() throws Exception {
		HttpResponse<String> front = send("/");
		assertThat(front.headers().firstValue("Strict-Transport-Security")).isPresent();

		// the login starts a session: its cookie may travel only over TLS
		HttpResponse<String> login = send("/oauth2/authorization/akun");
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
	}

	private HttpResponse<String> send(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.7")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
