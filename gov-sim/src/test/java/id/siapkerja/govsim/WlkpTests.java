package id.siapkerja.govsim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import id.siapkerja.govsim.wlkp.ReportedCompany;
import id.siapkerja.govsim.wlkp.Wlkp;
import id.siapkerja.webkit.region.Regions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated WLKP over real HTTP: its companies, the answers, the credentials, the
 * switch, the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WlkpTests {

	private static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("jobfair:rahasia-dev".getBytes(StandardCharsets.UTF_8));

	@Value("${local.server.port}")
	int port;

	@Autowired
	Wlkp wlkp;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void backToNormal() {
		this.wlkp.switchTo(Wlkp.Mode.NORMAL);
	}

	@Test
	void severalHundredDistinctCompaniesInRealRegions() {
		Regions regions = Regions.shipped();
		assertThat(this.wlkp.all()).hasSizeGreaterThanOrEqualTo(300);
		Set<String> codes = new HashSet<>();
		for (ReportedCompany company : this.wlkp.all()) {
			assertThat(codes.add(company.code())).as(company.code()).isTrue();
			assertThat(company.code()).matches("WLKP-\\d{4}-\\d{6}");
			assertThat(regions.exists(company.regionCode())).isTrue();
			assertThat(company.legalForm()).isIn("PT", "CV", "KOPERASI", "YAYASAN", "BUMN_BUMD", "PERORANGAN");
			assertThat(company.kbli()).matches("\\d{5}");
		}
		assertThat(new Wlkp().all()).as("the same companies every time").isEqualTo(this.wlkp.all());
	}

	@Test
	void answersByCodeWithCredentialsAndFailsWhenSwitched() throws Exception {
		ReportedCompany first = this.wlkp.all().get(0);
		HttpResponse<String> found = get("/wlkp/api/companies/" + first.code(), CREDENTIALS);
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("\"name\":\"" + first.name() + "\"").contains(first.kbli());
		assertThat(get("/wlkp/api/companies/WLKP-0000-000000", CREDENTIALS).statusCode()).isEqualTo(404);
		assertThat(get("/wlkp/api/companies/" + first.code(), null).statusCode()).isEqualTo(401);
		this.wlkp.switchTo(Wlkp.Mode.FAILING);
		assertThat(get("/wlkp/api/companies/" + first.code(), CREDENTIALS).statusCode()).isEqualTo(503);
	}

	@Test
	void thePageListsTheCodesAndTheSwitch() throws Exception {
		HttpResponse<String> page = get("/wlkp/companies", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(this.wlkp.all().get(0).code()).contains("WLKP (simulasi)");
		// the switch of the service's state, in WLKP's own words
		assertThat(page.body()).contains("action=\"/wlkp/mode\"")
			.contains("Kondisi layanan WLKP")
			.contains("Lambat (15 detik)")
			.contains("Gagal (tidak tersedia)");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
