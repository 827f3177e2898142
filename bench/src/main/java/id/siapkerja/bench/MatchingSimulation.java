package id.siapkerja.bench;

import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The matched-vacancies page of one seeker, one request after the other, over fairs of
 * growing size: how the page's time grows with the fair. A few requests per fair warm up
 * first and are reported apart.
 */
public class MatchingSimulation extends Simulation {

	/** The fairs (by vacancies) the seeker has checked in to. */
	record Plan(String baseUrl, String cookie, List<Fair> fairs, int warmUp, int requests) {
	}

	record Fair(String id, int vacancies) {
	}

	static volatile Plan plan;

	public MatchingSimulation() {
		Plan plan = MatchingSimulation.plan;
		HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.disableFollowRedirect();
		ChainBuilder chain = exec(
				addCookie(Cookie(JobfairSessions.COOKIE, plan.cookie()).withDomain("localhost").withPath("/")));
		for (Fair fair : plan.fairs()) {
			String page = "/portofolio/jobfair/" + fair.id();
			String name = "matches, fair of " + fair.vacancies() + " vacancies";
			chain = chain
				.exec(group("warm-up").on(repeat(plan.warmUp())
					.on(exec(http("warm-up " + fair.vacancies()).get(page).check(status().is(200))))))
				.exec(repeat(plan.requests())
					.on(exec(http(name).get(page).check(status().is(200), css("a[id^=vacancy-]").count().gt(0)))));
		}
		ScenarioBuilder seeker = scenario("one seeker").exec(chain);
		setUp(seeker.injectOpen(atOnceUsers(1))).protocols(protocol);
	}

}
