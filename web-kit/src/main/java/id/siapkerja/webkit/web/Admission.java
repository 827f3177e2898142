package id.siapkerja.webkit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app takes on what it can carry: at most {@code concurrent} requests are worked on
 * at once, the others wait their turn for at most {@code wait} in a bounded queue; beyond
 * the queue, or after the wait, the answer is at once a friendly "coba lagi sebentar"
 * (503 with {@code Retry-After}) that changes nothing, and a page asked for with GET
 * tries again by itself after that time. So a surge of seekers is served in turn instead
 * of every request slowing until all time out, and what was acknowledged before stays
 * acknowledged.
 * <p>
 * A waiting room, as at a fair's gate: a person already inside (whose session was let in
 * during the last {@code inside} time) goes before newcomers when a place frees, so
 * someone halfway through applying finishes instead of being sent back at the last step;
 * newcomers wait in arrival order.
 * <p>
 * Health checks and static files are not counted; a request that goes asynchronous (live
 * updates) gives its place back as soon as it has started.
 */
public class Admission extends OncePerRequestFilter {

	private final int queue;

	private final Duration wait;

	private final int retryAfterSeconds;

	private final List<String> free;

	private final String sessionCookie;

	private final long insideNanos;

	/** Guards the places and both lines. */
	private final ReentrantLock lock = new ReentrantLock();

	private int placesFree;

	/** Those already inside, waiting for a place: served first. */
	private final ArrayDeque<Turn> insiders = new ArrayDeque<>();

	/** Newcomers waiting for a place, in arrival order. */
	private final ArrayDeque<Turn> newcomers = new ArrayDeque<>();

	/** When each session was last let in (a hash of its cookie, nanoTime). */
	private final ConcurrentHashMap<Integer, Long> lastLetIn = new ConcurrentHashMap<>();

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicInteger working = new AtomicInteger();

	Admission(int concurrent, int queue, Duration wait, int retryAfterSeconds, List<String> free) {
		this(concurrent, queue, wait, retryAfterSeconds, free, "SESSION", Duration.ofMinutes(2));
	}

	Admission(int concurrent, int queue, Duration wait, int retryAfterSeconds, List<String> free, String sessionCookie,
			Duration inside) {
		this.placesFree = concurrent;
		this.queue = queue;
		this.wait = wait;
		this.retryAfterSeconds = retryAfterSeconds;
		this.free = List.copyOf(free);
		this.sessionCookie = sessionCookie;
		this.insideNanos = inside.toNanos();
	}

	/** One request's turn: granted when a place is handed to it. */
	private static final class Turn {

		private final Thread waiter = Thread.currentThread();

		private volatile boolean granted;

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : this.free) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Integer session = session(request);
		if (!admitted(session)) {
			this.refused.incrementAndGet();
			tryAgainSoon(request, response);
			return;
		}
		if (session != null) {
			letIn(session);
		}
		this.working.incrementAndGet();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.working.decrementAndGet();
			release();
		}
	}

	private boolean admitted(Integer session) {
		Turn turn = new Turn();
		this.lock.lock();
		try {
			if (this.placesFree > 0) {
				this.placesFree--;
				return true;
			}
			if (this.waiting.get() >= this.queue) {
				return false;
			}
			(inside(session) ? this.insiders : this.newcomers).addLast(turn);
			this.waiting.incrementAndGet();
		}
		finally {
			this.lock.unlock();
		}
		long deadline = System.nanoTime() + this.wait.toNanos();
		while (!turn.granted) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			if (Thread.interrupted()) {
				Thread.currentThread().interrupt();
				break;
			}
			LockSupport.parkNanos(this, left);
		}
		this.lock.lock();
		try {
			if (turn.granted) {
				return true;
			}
			// gave up: leave the line (a place handed over meanwhile counts as granted)
			if (this.insiders.remove(turn) || this.newcomers.remove(turn)) {
				this.waiting.decrementAndGet();
			}
			return false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The place goes to the first insider waiting, else the first newcomer. */
	private void release() {
		Turn next;
		this.lock.lock();
		try {
			next = this.insiders.pollFirst();
			if (next == null) {
				next = this.newcomers.pollFirst();
			}
			if (next == null) {
				this.placesFree++;
				return;
			}
			this.waiting.decrementAndGet();
			next.granted = true;
		}
		finally {
			this.lock.unlock();
		}
		LockSupport.unpark(next.waiter);
	}

	private Integer session(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
				if (this.sessionCookie.equals(cookie.getName()) && cookie.getValue() != null) {
					return cookie.getValue().hashCode();
				}
			}
		}
		return null;
	}

	private boolean inside(Integer session) {
		Long last = session != null ? this.lastLetIn.get(session) : null;
		return last != null && System.nanoTime() - last < this.insideNanos;
	}

	private void letIn(Integer session) {
		long now = System.nanoTime();
		this.lastLetIn.put(session, now);
		if (this.lastLetIn.size() > 50_000) {
			// a bounded memory: those not seen for the inside time are outside again
			this.lastLetIn.values().removeIf((last) -> now - last >= this.insideNanos);
		}
	}

	private void tryAgainSoon(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(this.retryAfterSeconds));
		response.setHeader("Cache-Control", "no-store");
		String accept = request.getHeader("Accept");
		boolean english = english(request);
		if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
			response.setContentType("application/json");
			response.getOutputStream()
				.write(("{\"status\":503,\"error\":\"busy\",\"message\":\""
						+ (english ? "Very busy right now. Please try again in a moment."
								: "Sedang sangat ramai. Silakan coba lagi sebentar lagi.")
						+ "\",\"retryAfterSeconds\":" + this.retryAfterSeconds + "}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream()
			.write(page(english, "GET".equals(request.getMethod())).getBytes(StandardCharsets.UTF_8));
	}

	private String page(boolean english, boolean reload) {
		String seconds = Integer.toString(this.retryAfterSeconds);
		// a page asked for with GET asks again by itself (nothing is sent twice); a form
		// sent with POST waits for the person's "Coba lagi"
		String refresh = reload ? "<meta http-equiv=\"refresh\" content=\"" + seconds + "\">\n" : "";
		return english ? """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				%s<title>Please try again in a moment — SIAPkerja</title>
				<link rel="stylesheet" href="/webkit/siapkerja.css"></head>
				<body><main class="container py-4"><h1>Very busy right now</h1>
				<p>Many people are opening SIAPkerja at the same time. Nothing you sent before was lost.
				Please try again in %s seconds.</p><p><a href="">Try again</a></p></main></body></html>
				""".formatted(refresh, seconds) : """
				<!DOCTYPE html>
				<html lang="id"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				%s<title>Coba lagi sebentar — SIAPkerja</title>
				<link rel="stylesheet" href="/webkit/siapkerja.css"></head>
				<body><main class="container py-4"><h1>Sedang sangat ramai</h1>
				<p>Banyak orang membuka SIAPkerja pada saat yang sama. Yang sudah Anda kirim sebelumnya tidak hilang.
				Silakan coba lagi dalam %s detik.</p><p><a href="">Coba lagi</a></p></main></body></html>
				""".formatted(refresh, seconds);
	}

	/** Requests being worked on now. */
	public int working() {
		return this.working.get();
	}

	/** Requests waiting their turn now. */
	public int waiting() {
		return Math.max(0, this.waiting.get());
	}

	/** Requests answered "coba lagi sebentar" since the start. */
	public long refused() {
		return this.refused.get();
	}

	/**
	 * The language of the answer: the language cookie, else the browser's first choice.
	 */
	private static boolean english(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
				if ("siapkerja-lang".equals(cookie.getName())) {
					return "en".equals(cookie.getValue());
				}
			}
		}
		String language = request.getHeader("Accept-Language");
		return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
	}

}
