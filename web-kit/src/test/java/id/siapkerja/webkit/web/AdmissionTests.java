package id.siapkerja.webkit.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One place worked on, one waiting: the next is at once asked to come back, the waiting
 * one is served when the place frees, and a wait past its limit is asked to come back
 * too. Health checks always pass. Someone already inside goes before a newcomer; a page
 * asked for with GET tries again by itself, a form sent with POST does not.
 */
class AdmissionTests {

	private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors
		.newVirtualThreadPerTaskExecutor();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch started = new CountDownLatch(1);

	private final FilterChain slow = (request, response) -> {
		this.started.countDown();
		try {
			this.release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		((jakarta.servlet.http.HttpServletResponse) response).setStatus(200);
	};

	@Test
	void beyondThePlacesAndTheQueueTheAnswerIsAtOnceComeBackSoon() throws Exception {
		Admission admission = new Admission(1, 1, Duration.ofSeconds(10), 5, List.of("/actuator/"));
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture
			.supplyAsync(() -> send(admission, "/portofolio", this.slow), this.threads);
		assertThat(this.started.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture
			.supplyAsync(() -> send(admission, "/portofolio", (request, response) -> {
			}), this.threads);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == 1);

		long before = System.nanoTime();
		MockHttpServletResponse third = send(admission, "/portofolio", (request, response) -> {
		});
		assertThat(Duration.ofNanos(System.nanoTime() - before)).as("answered at once")
			.isLessThan(Duration.ofSeconds(1));
		assertThat(third.getStatus()).isEqualTo(503);
		String seconds = third.getHeader("Retry-After");
		assertThat(Integer.parseInt(seconds)).as("5 s, a little more for some").isBetween(5, 7);
		assertThat(third.getContentAsString()).contains("Silakan coba lagi dalam " + seconds + " detik")
			.contains("tidak hilang")
			.contains("lang=\"id\"");
		assertThat(send(admission, "/actuator/health", (request, response) -> {
		}).getStatus()).as("health checks pass").isEqualTo(200);

		this.release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).as("the waiting one is served in turn").isEqualTo(200);
		assertThat(admission.refused()).isEqualTo(1);
		assertThat(admission.working()).isZero();
	}

	@Test
	void aWaitPastItsLimitIsAskedToComeBackInEnglishWhenThatIsTheLanguage() throws Exception {
		Admission admission = new Admission(1, 10, Duration.ofMillis(200), 3, List.of());
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture
			.supplyAsync(() -> send(admission, "/", this.slow), this.threads);
		assertThat(this.started.await(5, TimeUnit.SECONDS)).isTrue();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setCookies(new jakarta.servlet.http.Cookie("siapkerja-lang", "en"));
		MockHttpServletResponse late = new MockHttpServletResponse();
		admission.doFilter(request, late, (req, res) -> {
		});
		assertThat(late.getStatus()).isEqualTo(503);
		String seconds = late.getHeader("Retry-After");
		assertThat(Integer.parseInt(seconds)).isBetween(3, 4);
		assertThat(late.getContentAsString()).contains("try again in " + seconds + " seconds").contains("lang=\"en\"");
		this.release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
	}

	@Test
	void someoneAlreadyInsideGoesBeforeANewcomerWhenAPlaceFrees() throws Exception {
		Admission admission = new Admission(1, 10, Duration.ofSeconds(10), 5, List.of(), "SESSION",
				Duration.ofMinutes(2));
		assertThat(send(admission, "GET", "/lowongan/1", "inside", (request, response) -> {
		}).getStatus()).as("the seeker who is inside opened a vacancy").isEqualTo(200);
		CompletableFuture<MockHttpServletResponse> holder = CompletableFuture
			.supplyAsync(() -> send(admission, "GET", "/", "holder", this.slow), this.threads);
		assertThat(this.started.await(5, TimeUnit.SECONDS)).isTrue();
		java.util.Queue<String> served = new java.util.concurrent.ConcurrentLinkedQueue<>();
		CompletableFuture<MockHttpServletResponse> newcomer = CompletableFuture.supplyAsync(
				() -> send(admission, "GET", "/", "newcomer", (request, response) -> served.add("newcomer")),
				this.threads);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == 1);
		CompletableFuture<MockHttpServletResponse> insider = CompletableFuture.supplyAsync(
				() -> send(admission, "POST", "/lowongan/1", "inside", (request, response) -> served.add("inside")),
				this.threads);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == 2);

		this.release.countDown();
		assertThat(holder.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(insider.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(newcomer.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(served).as("the one halfway through applying first, then the newcomer")
			.containsExactly("inside", "newcomer");
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void aPageAskedForWithGetTriesAgainByItselfAFormSentWithPostDoesNot() throws Exception {
		Admission admission = new Admission(1, 0, Duration.ofMillis(100), 4, List.of());
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture
			.supplyAsync(() -> send(admission, "/", this.slow), this.threads);
		assertThat(this.started.await(5, TimeUnit.SECONDS)).isTrue();
		MockHttpServletResponse page = send(admission, "GET", "/portofolio", null, (request, response) -> {
		});
		MockHttpServletResponse form = send(admission, "POST", "/lowongan/1", null, (request, response) -> {
		});
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getContentAsString())
			.contains("<meta http-equiv=\"refresh\" content=\"" + page.getHeader("Retry-After") + "\">");
		assertThat(form.getStatus()).isEqualTo(503);
		assertThat(form.getContentAsString()).doesNotContain("http-equiv=\"refresh\"").contains("Coba lagi");
		this.release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
	}

	@Test
	void whenTheLineIsLongerThanANewcomersWaitTheAnswerComesAtOnceAndWhoWasAskedBackFirstComesInFirst()
			throws Exception {
		Admission admission = new Admission(1, 100, Duration.ofSeconds(10), Duration.ofMillis(300), 5, List.of(),
				"SESSION", Duration.ofMinutes(2));
		// the instance learns how long a request takes: about 200 ms
		FilterChain measured = (request, response) -> sleep(200);
		send(admission, "GET", "/", "early", measured);
		send(admission, "GET", "/", "early", measured);
		CompletableFuture<MockHttpServletResponse> holder = CompletableFuture
			.supplyAsync(() -> send(admission, "GET", "/", "holder", this.slow), this.threads);
		assertThat(this.started.await(5, TimeUnit.SECONDS)).isTrue();
		// one newcomer waits (its turn would come within 300 ms)...
		java.util.Queue<String> served = new java.util.concurrent.ConcurrentLinkedQueue<>();
		CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(
				() -> send(admission, "GET", "/", "first", (request, response) -> served.add("first")), this.threads);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == 1);
		// ...the next would wait longer: asked to come back at once, not after 300 ms
		long before = System.nanoTime();
		MockHttpServletResponse second = send(admission, "GET", "/", "second", (request, response) -> {
		});
		assertThat(Duration.ofNanos(System.nanoTime() - before)).as("answered at once")
			.isLessThan(Duration.ofMillis(150));
		assertThat(second.getStatus()).isEqualTo(503);
		MockHttpServletResponse third = send(admission, "GET", "/", "third", (request, response) -> {
		});
		assertThat(third.getStatus()).isEqualTo(503);
		assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).as("its wait is bounded").isEqualTo(503);

		// they come back, the one asked later first: the one asked first still goes first
		CompletableFuture<MockHttpServletResponse> thirdAgain = CompletableFuture.supplyAsync(
				() -> send(admission, "GET", "/", "third", (request, response) -> served.add("third")), this.threads);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == 1);
		CompletableFuture<MockHttpServletResponse> secondAgain = CompletableFuture.supplyAsync(
				() -> send(admission, "GET", "/", "second", (request, response) -> served.add("second")), this.threads);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == 2);
		this.release.countDown();
		assertThat(holder.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(secondAgain.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(thirdAgain.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(served).containsExactly("second", "third");
	}

	@Test
	void aSurgeBeforeAnythingWasMeasuredDoesNotAllQueueUp() throws Exception {
		// nothing measured yet: a page is taken to need 100 ms, so with one place and a
		// newcomer's wait of 2 s twenty newcomers may wait and the next is answered at
		// once
		Admission admission = new Admission(1, 100, Duration.ofSeconds(10), Duration.ofSeconds(2), 5, List.of(),
				"SESSION", Duration.ofMinutes(2));
		CompletableFuture<MockHttpServletResponse> holder = CompletableFuture
			.supplyAsync(() -> send(admission, "GET", "/", "holder", this.slow), this.threads);
		assertThat(this.started.await(5, TimeUnit.SECONDS)).isTrue();
		List<CompletableFuture<MockHttpServletResponse>> waiting = new java.util.ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			String session = "newcomer-" + i;
			waiting
				.add(CompletableFuture.supplyAsync(() -> send(admission, "GET", "/", session, (request, response) -> {
				}), this.threads));
			int expected = i;
			org.awaitility.Awaitility.await()
				.pollInterval(Duration.ofMillis(2))
				.atMost(Duration.ofSeconds(1))
				.until(() -> admission.waiting() == expected);
		}
		long before = System.nanoTime();
		assertThat(send(admission, "GET", "/", "newcomer-21", (request, response) -> {
		}).getStatus()).isEqualTo(503);
		assertThat(Duration.ofNanos(System.nanoTime() - before)).as("answered at once")
			.isLessThan(Duration.ofMillis(500));
		assertThat(admission.waiting()).isEqualTo(20);
		this.release.countDown();
		assertThat(holder.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		for (CompletableFuture<MockHttpServletResponse> each : waiting) {
			each.get(5, TimeUnit.SECONDS);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static MockHttpServletResponse send(Admission admission, String method, String path, String session,
			FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (session != null) {
			request.setCookies(new jakarta.servlet.http.Cookie("SESSION", session));
		}
		try {
			admission.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static MockHttpServletResponse send(Admission admission, String path, FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			admission.doFilter(new MockHttpServletRequest("GET", path), response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

}
