package id.siapkerja.webkit.web;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The one way a SIAPkerja app calls another system over HTTP: HTTP/1.1 (what the
 * government gateways speak), always a connect and a read timeout; for the government
 * adapters (Dukcapil, WLKP, the SMS gateway) also their base URL and HTTP Basic
 * credentials.
 */
public final class RestClients {

	private RestClients() {
	}

	/** A copy of the builder that gives up after these timeouts. */
	public static RestClient.Builder withTimeouts(RestClient.Builder builder, Duration connect, Duration read) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect).build());
		requests.setReadTimeout(read);
		return builder.clone().requestFactory(requests);
	}

	/**
	 * A client of a government service: its base URL, HTTP Basic credentials, timeouts.
	 */
	public static RestClient government(RestClient.Builder builder, String baseUrl, String username, String password,
			Duration connect, Duration read) {
		return withTimeouts(builder, connect, read).baseUrl(baseUrl)
			.defaultHeaders((headers) -> headers.setBasicAuth(username, password))
			.build();
	}

}
