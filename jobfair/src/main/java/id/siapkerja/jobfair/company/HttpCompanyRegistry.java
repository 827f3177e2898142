package id.siapkerja.jobfair.company;

import java.time.Duration;
import java.util.Map;

import id.siapkerja.webkit.web.RestClients;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * WLKP over HTTP ({@code GET <base-url>/wlkp/api/companies/{code}} with HTTP Basic
 * credentials): gov-sim's simulation by default, the ministry's service with the same
 * contract in production. Short timeouts: a person waits on the other end.
 */
@Component
class HttpCompanyRegistry implements CompanyRegistry {

	private static final Logger log = LoggerFactory.getLogger(HttpCompanyRegistry.class);

	private final RestClient client;

	HttpCompanyRegistry(RestClient.Builder builder, @Value("${siapkerja.jobfair.wlkp.base-url}") String baseUrl,
			@Value("${siapkerja.jobfair.wlkp.username}") String username,
			@Value("${siapkerja.jobfair.wlkp.password}") String password,
			@Value("${siapkerja.jobfair.wlkp.connect-timeout:2s}") Duration connectTimeout,
			@Value("${siapkerja.jobfair.wlkp.read-timeout:5s}") Duration readTimeout) {
		this.client = RestClients.government(builder, baseUrl, username, password, connectTimeout, readTimeout);
	}

	@Override
	public Lookup find(String code) {
		try {
			Map<?, ?> company = this.client.get().uri("/wlkp/api/companies/{code}", code).retrieve().body(Map.class);
			if (company == null) {
				return new Unavailable();
			}
			return new Found(text(company, "code"), text(company, "name"), text(company, "legalForm"),
					text(company, "sector"), text(company, "size"), text(company, "regionCode"),
					text(company, "address"), text(company, "phone"), text(company, "email"));
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND) {
				return new NotFound();
			}
			log.warn("WLKP refused the request: {}", ex.getStatusCode());
			return new Unavailable();
		}
		catch (RestClientException ex) {
			log.warn("WLKP unavailable: {}", ex.getClass().getSimpleName());
			return new Unavailable();
		}
	}

	private static String text(Map<?, ?> map, String key) {
		Object value = map.get(key);
		return value == null ? "" : value.toString();
	}

}
