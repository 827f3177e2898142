package id.siapkerja.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Ministry staff at the hiring-outcomes dashboard: each of {@code admins} Admin Pusat
 * users opens, one after the other, all fairs, the fairs of one province, one quarter's
 * offline fairs, the regencies' CSV and one fair's own numbers; a warm-up first, reported
 * apart.
 */
public class OutcomeDashboardSimulation extends Simulation {

	record Plan(String baseUrl, String cookie, String fairId, String province, String from, String to, int admins,
			int warmUpSeconds, int seconds) {
	}

	static volatile Plan plan;

	public OutcomeDashboardSimulation() {
		Plan plan = OutcomeDashboardSimulation.plan;
		HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("id")
			.disableFollowRedirect();
		ScenarioBuilder admins = scenario("Admin Pusat")
			.exec(addCookie(Cookie(JobfairSessions.COOKIE, plan.cookie()).withDomain("localhost").withPath("/")))
			.exec(group("warm-up").on(during(plan.warmUpSeconds()).on(pages(plan, "warm-up: "))))
			.exec(during(plan.seconds()).on(pages(plan, "")));
		setUp(admins.injectOpen(atOnceUsers(plan.admins()))).protocols(protocol);
	}

	/** The five pages one after the other, their requests named with the prefix. */
	private static ChainBuilder pages(Plan plan, String prefix) {
		return exec(http(prefix + "all fairs").get("/admin/hasil")
			.check(status().is(200), css("#tahap tbody tr").count().gt(5)))
			.exec(http(prefix + "one province").get("/admin/hasil?provinsi=" + plan.province())
				.check(status().is(200), css("#tahap").exists()))
			.exec(http(prefix + "a quarter's offline fairs")
				.get("/admin/hasil?dari=" + plan.from() + "&sampai=" + plan.to() + "&jenis=OFFLINE")
				.check(status().is(200), css("#tahap").exists()))
			.exec(http(prefix + "regencies as CSV").get("/admin/hasil.csv?tabel=kabupaten").check(status().is(200)))
			.exec(http(prefix + "one fair").get("/admin/jobfair/" + plan.fairId() + "/hasil")
				.check(status().is(200), css("#lowongan").exists()));
	}

}
