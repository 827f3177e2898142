package id.siapkerja.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The fair opening: checked-in seekers with live Jobfair sessions arrive (all in the same
 * second, or over a ramp); each opens the fair in the portfolio with the vacancies that
 * match, opens 3 of them and applies to each (with the form's CSRF token, as the page
 * does), seeing the applications page after each — ten requests. A seeker whose request
 * fails stops there. Every application Jobfair acknowledged (the redirect to the
 * applications page) is written down, for the check against the database afterwards.
 */
public class FairOpeningSimulation extends Simulation {

	/** One run: who arrives and how. */
	record Plan(String baseUrl, UUID fair, List<Seeker> seekers, int atOnce, double perSecond, Duration maxDuration,
			int closedUsers) {

		Plan(String baseUrl, UUID fair, List<Seeker> seekers, int atOnce, double perSecond, Duration maxDuration) {
			this(baseUrl, fair, seekers, atOnce, perSecond, maxDuration, 0);
		}

		/**
		 * A closed crowd: {@code users} seekers in the fair at every moment for the whole
		 * time, each one who finishes replaced by the next.
		 */
		static Plan closed(String baseUrl, UUID fair, List<Seeker> seekers, int users, Duration during) {
			return new Plan(baseUrl, fair, seekers, 0, 0, during, users);
		}

	}

	/** A seeker with the cookie of the Jobfair session. */
	record Seeker(String sub, String cookie) {
	}

	/** What the run saw, read by the scenario afterwards. */
	static final class Outcome {

		final Queue<ApplicationsCheck.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

		final AtomicInteger journeysDone = new AtomicInteger();

		final AtomicInteger journeysStarted = new AtomicInteger();

		/** Answers "coba lagi sebentar" (503) the seekers waited out and asked again. */
		final AtomicInteger busyAnswers = new AtomicInteger();

		/** When the first seeker arrived and the last one finished (System.nanoTime). */
		final java.util.concurrent.atomic.AtomicLong firstArrival = new java.util.concurrent.atomic.AtomicLong();

		final java.util.concurrent.atomic.AtomicLong lastDone = new java.util.concurrent.atomic.AtomicLong();

		/**
		 * The bench JVM's CPU seconds when the simulation began and ended (before its
		 * report).
		 */
		volatile double benchCpuAtStart;

		volatile double benchCpuAtEnd;

		/**
		 * Seekers served per minute, between the first arrival and the last seeker done.
		 */
		double servedPerMinute() {
			long span = this.lastDone.get() - this.firstArrival.get();
			return span <= 0 ? 0 : this.journeysDone.get() * 60e9 / span;
		}

	}

	/** How often a seeker answered "coba lagi sebentar" tries again before giving up. */
	static final int TRIES = 40;

	/**
	 * A request as a phone makes it: answered "coba lagi sebentar" (503), the seeker
	 * waits the Retry-After the answer gives (the page itself reloads after it) and asks
	 * again, at most {@link #TRIES} times; any other answer ends the loop.
	 */
	private static ChainBuilder patiently(Outcome outcome, HttpRequestActionBuilder request) {
		return exec((session) -> session.set("busy", true).set("tries", 0))
			.asLongAs((session) -> session.getBoolean("busy") && session.getInt("tries") < TRIES)
			.on(exec(request.check(header("Retry-After").optional().saveAs("retryAfter"))).exec((session) -> {
				boolean busy = session.contains("status") && session.getInt("status") == 503;
				if (busy) {
					outcome.busyAnswers.incrementAndGet();
				}
				return session.set("busy", busy).set("tries", session.getInt("tries") + 1).remove("status");
			})
				.doIf((session) -> session.getBoolean("busy"))
				.then(pause((session) -> Duration
					.ofSeconds(session.contains("retryAfter") ? Long.parseLong(session.getString("retryAfter")) : 5))))
			.exec((session) -> session.getBoolean("busy") ? session.markAsFailed() : session);
	}

	/** The checks of a real answer apply when the status is the one expected. */
	private static java.util.function.BiFunction<io.gatling.http.response.Response, io.gatling.javaapi.core.Session, Boolean> answered(
			int expected) {
		return (response, session) -> response.status().code() == expected;
	}

	@Override
	public void before() {
		outcome.benchCpuAtStart = ProcessCpu.self();
	}

	@Override
	public void after() {
		outcome.benchCpuAtEnd = ProcessCpu.self();
	}

	static volatile Plan plan;

	static volatile Outcome outcome;

	public FairOpeningSimulation() {
		Plan plan = FairOpeningSimulation.plan;
		Outcome outcome = FairOpeningSimulation.outcome;
		HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("id-ID,id;q=0.9,en;q=0.8")
			.userAgentHeader("Mozilla/5.0 (Linux; Android 12) SIAPkerja-bench")
			.disableFollowRedirect();
		List<Map<String, Object>> records = plan.seekers()
			.stream()
			.map((seeker) -> Map.<String, Object>of("sub", seeker.sub(), "cookie", seeker.cookie()))
			.toList();
		String fairPage = "/portofolio/jobfair/" + plan.fair();
		ScenarioBuilder seekers = scenario("seekers").feed(listFeeder(records).queue())
			.exec(addCookie(Cookie(JobfairSessions.COOKIE, "#{cookie}").withDomain("localhost").withPath("/")))
			.exec((session) -> {
				outcome.journeysStarted.incrementAndGet();
				outcome.firstArrival.compareAndSet(0, System.nanoTime());
				return session;
			})
			.exec(patiently(outcome,
					http("1 fair with matches").get(fairPage)
						.check(status().in(200, 503).saveAs("status"))
						.checkIf(answered(200))
						.then(css("a[id^=vacancy-]", "href").findAll().saveAs("vacancies"))))
			.exitHereIfFailed()
			.exec((session) -> {
				List<String> found = new ArrayList<>(session.getList("vacancies"));
				Collections.shuffle(found, ThreadLocalRandom.current());
				return session.set("chosen", found.subList(0, Math.min(3, found.size())));
			})
			.foreach("#{chosen}", "vacancy")
			.on(exec(patiently(outcome,
					http("2 vacancy").get("#{vacancy}")
						.check(status().in(200, 503).saveAs("status"))
						.checkIf(answered(200))
						.then(css("#apply-form input[name=_csrf]", "value").saveAs("csrf"))))
				.exitHereIfFailed()
				.exec(patiently(outcome,
						http("3 apply").post("#{vacancy}")
							.formParam("note", "")
							.formParam("_csrf", "#{csrf}")
							.check(status().in(302, 503).saveAs("status"))
							.checkIf(answered(302))
							.then(header("Location")
								.transform((location) -> location != null && location.endsWith("/portofolio/lamaran")
										? "acknowledged" : null)
								.exists())))
				.exitHereIfFailed()
				.exec((session) -> {
					String vacancy = session.getString("vacancy");
					outcome.acknowledged.add(new ApplicationsCheck.Acknowledged(session.getString("sub"),
							UUID.fromString(vacancy.substring(vacancy.lastIndexOf('/') + 1))));
					return session;
				})
				.exec(patiently(outcome,
						http("4 my applications").get("/portofolio/lamaran")
							.check(status().in(200, 503).saveAs("status"))))
				.exitHereIfFailed())
			.exec((session) -> {
				outcome.journeysDone.incrementAndGet();
				outcome.lastDone.accumulateAndGet(System.nanoTime(), Math::max);
				return session;
			});
		if (plan.closedUsers() > 0) {
			setUp(seekers.injectClosed(constantConcurrentUsers(plan.closedUsers()).during(plan.maxDuration())))
				.protocols(protocol)
				.maxDuration(plan.maxDuration());
			return;
		}
		List<OpenInjectionStep> steps = new ArrayList<>();
		if (plan.atOnce() > 0) {
			steps.add(atOnceUsers(plan.atOnce()));
		}
		if (plan.perSecond() > 0) {
			int rest = plan.seekers().size() - plan.atOnce();
			steps.add(constantUsersPerSec(plan.perSecond())
				.during(Duration.ofMillis(Math.round(rest * 1000 / plan.perSecond()))));
		}
		setUp(seekers.injectOpen(steps)).protocols(protocol).maxDuration(plan.maxDuration());
	}

}
