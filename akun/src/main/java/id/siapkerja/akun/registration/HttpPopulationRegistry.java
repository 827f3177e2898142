package id.siapkerja.akun.registration;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import id.siapkerja.webkit.web.RestClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Dukcapil over HTTP: {@code POST <base-url>/dukcapil/api/verify} with HTTP Basic
 * credentials and a JSON body, answered with {@code {"answer": "MATCH", ...}}. gov-sim
 * serves this contract in development and tests; the base URL, credentials and timeouts
 * come from {@code siapkerja.akun.dukcapil.*}.
 */
@Component
class HttpPopulationRegistry implements PopulationRegistry {

	private static final Logger log = LoggerFactory.getLogger(HttpPopulationRegistry.class);

	private final RestClient client;

	HttpPopulationRegistry(RestClient.Builder builder, @Value("${siapkerja.akun.dukcapil.base-url}") String baseUrl,
			@Value("${siapkerja.akun.dukcapil.username}") String username,
			@Value("${siapkerja.akun.dukcapil.password}") String password,
			@Value("${siapkerja.akun.dukcapil.connect-timeout:2s}") Duration connectTimeout,
			@Value("${siapkerja.akun.dukcapil.read-timeout:5s}") Duration readTimeout) {
		this.client = RestClients.government(builder, baseUrl, username, password, connectTimeout, readTimeout);
	}

	record Reply(String answer) {
	}

	@Override
	public Answer verify(Query query) throws Unavailable {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("nik", query.nik());
		body.put("motherName", query.motherName());
		if (query.fullName() != null) {
			body.put("fullName", query.fullName());
		}
		if (query.birthDate() != null) {
			body.put("birthDate", query.birthDate().toString());
		}
		Reply reply;
		try {
			reply = this.client.post()
				.uri("/dukcapil/api/verify")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(body)
				.retrieve()
				.body(Reply.class);
		}
		catch (RestClientException ex) {
			// the exception names the status or the I/O problem; the body is not logged
			log.warn("Dukcapil did not answer: {} ({})", ex.getClass().getSimpleName(),
					ex.getMostSpecificCause().getClass().getSimpleName());
			throw new Unavailable(ex.getClass().getSimpleName(), ex);
		}
		if (reply == null || reply.answer() == null) {
			throw new Unavailable("no answer", null);
		}
		try {
			return Answer.valueOf(reply.answer());
		}
		catch (IllegalArgumentException ex) {
			throw new Unavailable("unknown answer " + reply.answer(), ex);
		}
	}

}
