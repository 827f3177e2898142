package id.siapkerja.govsim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import id.siapkerja.govsim.dukcapil.Registry;
import id.siapkerja.govsim.dukcapil.Resident;
import id.siapkerja.govsim.dukcapil.Residents;
import id.siapkerja.webkit.region.Regions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated Dukcapil over real HTTP: its residents, every answer, the credentials and
 * the failure switch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DukcapilTests {

	private static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("akun:rahasia-dev".getBytes(StandardCharsets.UTF_8));

	@Value("${local.server.port}")
	int port;

	@Autowired
	Residents residents;

	@Autowired
	Registry registry;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void backToNormal() {
		this.registry.switchTo(Registry.Mode.NORMAL);
	}

	@Test
	void residentsHaveWellFormedNiksThatAgreeWithTheirData() {
		Regions regions = Regions.shipped();
		assertThat(this.residents.all()).hasSizeGreaterThanOrEqualTo(1_000);
		Set<String> seen = new HashSet<>();
		for (Resident resident : this.residents.all()) {
			String nik = resident.nik();
			assertThat(nik).matches("\\d{16}").doesNotEndWith("0000");
			String district = nik.substring(0, 2) + "." + nik.substring(2, 4) + "." + nik.substring(4, 6);
			assertThat(regions.exists(district)).as(nik).isTrue();
			assertThat(resident.districtCode()).isEqualTo(district);
			assertThat(resident.villageCode()).startsWith(district);
			int day = resident.birthDate().getDayOfMonth() + (resident.gender().equals("PEREMPUAN") ? 40 : 0);
			assertThat(nik.substring(6, 12)).isEqualTo("%02d%02d%02d".formatted(day,
					resident.birthDate().getMonthValue(), resident.birthDate().getYear() % 100));
			if (resident.status() != Resident.Status.DUPLICATE) {
				assertThat(seen.add(nik)).as("unique NIK " + nik).isTrue();
			}
		}
		assertThat(new Residents().all()).as("the same people on every run").isEqualTo(this.residents.all());
	}

	@Test
	void everyAnswer() throws Exception {
		Resident active = this.residents.first(Resident.Status.ACTIVE).orElseThrow();
		assertThat(verify(active.nik(), active.motherName().toLowerCase(), active.fullName(), active.birthDate()))
			.contains("\"answer\":\"MATCH\"")
			.contains(active.fullName());
		assertThat(verify(active.nik(), "  " + active.motherName().replace(" ", "   ") + " ", null, null))
			.as("spacing and case do not matter")
			.contains("\"answer\":\"MATCH\"");
		assertThat(verify(active.nik(), "Orang Lain", null, null)).contains("\"answer\":\"MOTHER_NAME_MISMATCH\"");
		assertThat(verify(active.nik(), active.motherName(), "Nama Lain", null))
			.contains("\"answer\":\"IDENTITY_MISMATCH\"")
			.doesNotContain(active.fullName());
		assertThat(verify(active.nik(), active.motherName(), null, active.birthDate().plusDays(1)))
			.contains("\"answer\":\"IDENTITY_MISMATCH\"");
		assertThat(verify("3201011708900003", "Siti", null, null)).contains("\"answer\":\"NOT_FOUND\"");
		for (Resident.Status status : new Resident.Status[] { Resident.Status.INACTIVE, Resident.Status.DECEASED,
				Resident.Status.DUPLICATE }) {
			Resident resident = this.residents.first(status).orElseThrow();
			assertThat(verify(resident.nik(), resident.motherName(), null, null))
				.contains("\"answer\":\"" + status.name() + "\"");
		}
	}

	@Test
	void withoutCredentialsNothingIsAnswered() throws Exception {
		HttpResponse<String> response = post("/dukcapil/api/verify", "{\"nik\":\"3201011708900003\"}", null);
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void theSwitchMakesTheRegistryFail() throws Exception {
		HttpResponse<String> switched = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/dukcapil/api/mode"))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"FAILING\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(switched.body()).contains("FAILING");
		Resident active = this.residents.first(Resident.Status.ACTIVE).orElseThrow();
		HttpResponse<String> response = post("/dukcapil/api/verify",
				"{\"nik\":\"" + active.nik() + "\",\"motherName\":\"" + active.motherName() + "\"}", CREDENTIALS);
		assertThat(response.statusCode()).isEqualTo(503);
	}

	@Test
	void theResidentsPageListsThemForATester() throws Exception {
		Resident deceased = this.residents.first(Resident.Status.DECEASED).orElseThrow();
		String page = get("/dukcapil/residents");
		assertThat(page).contains(deceased.nik()).contains(deceased.motherName()).contains("Meninggal");
		assertThat(get("/dukcapil/residents?status=DECEASED")).contains(deceased.nik())
			.doesNotContain(this.residents.first(Resident.Status.INACTIVE).orElseThrow().nik());
		assertThat(get("/dukcapil/residents?page=2")).contains("halaman 2 dari");
	}

	private String verify(String nik, String motherName, String fullName, java.time.LocalDate birthDate)
			throws Exception {
		String body = "{\"nik\":\"" + nik + "\",\"motherName\":\"" + motherName + "\""
				+ (fullName == null ? "" : ",\"fullName\":\"" + fullName + "\"")
				+ (birthDate == null ? "" : ",\"birthDate\":\"" + birthDate + "\"") + "}";
		HttpResponse<String> response = post("/dukcapil/api/verify", body, CREDENTIALS);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> post(String path, String json, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String get(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
