package id.siapkerja.webkit.outbox;

import java.time.Duration;
import java.util.Map;

import id.siapkerja.webkit.web.RestClients;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The SMS gateway over HTTP ({@code POST <base-url>/sms/api/messages} with HTTP Basic
 * credentials): gov-sim's simulated gateway by default, a provider's endpoint with the
 * same contract in production.
 */
public class HttpSmsGateway implements SmsGateway {

	private final RestClient client;

	public HttpSmsGateway(RestClient.Builder builder, String baseUrl, String username, String password,
			Duration connectTimeout, Duration readTimeout) {
		this.client = RestClients.government(builder, baseUrl, username, password, connectTimeout, readTimeout);
	}

	@Override
	public void send(String to, String text) throws SmsNotSent {
		try {
			this.client.post()
				.uri("/sms/api/messages")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("to", to, "text", text))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException ex) {
			// the message names the status or the I/O problem, never the text
			throw new SmsNotSent(ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage()), ex);
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf(':');
		return end > 0 ? message.substring(0, end) : message.lines().findFirst().orElse("");
	}

}
