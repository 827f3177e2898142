package id.siapkerja.webkit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app takes on what it can carry: at most {@code concurrent} requests are worked on
 * at once, the others wait their turn in a bounded queue (first come, first served, for
 * at most {@code wait}); beyond the queue, or after the wait, the answer is at once a
 * friendly "coba lagi sebentar" (503 with {@code Retry-After}) that changes nothing. So a
 * surge of seekers is served in turn instead of every request slowing until all time out,
 * and what was acknowledged before stays acknowledged.
 * <p>
 * Health checks and static files are not counted; a request that goes asynchronous (live
 * updates) gives its place back as soon as it has started.
 */
public class Admission extends OncePerRequestFilter {

	private final Semaphore places;

	private final int queue;

	private final Duration wait;

	private final int retryAfterSeconds;

	private final List<String> free;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicInteger working = new AtomicInteger();

	Admission(int concurrent, int queue, Duration wait, int retryAfterSeconds, List<String> free) {
		this.places = new Semaphore(concurrent, true);
		this.queue = queue;
		this.wait = wait;
		this.retryAfterSeconds = retryAfterSeconds;
		this.free = List.copyOf(free);
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
		if (!admitted()) {
			this.refused.incrementAndGet();
			tryAgainSoon(request, response);
			return;
		}
		this.working.incrementAndGet();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.working.decrementAndGet();
			this.places.release();
		}
	}

	private boolean admitted() {
		if (this.places.tryAcquire()) {
			return true;
		}
		if (this.waiting.incrementAndGet() > this.queue) {
			this.waiting.decrementAndGet();
			return false;
		}
		try {
			return this.places.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.waiting.decrementAndGet();
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
		response.getOutputStream().write(page(english).getBytes(StandardCharsets.UTF_8));
	}

	private String page(boolean english) {
		String seconds = Integer.toString(this.retryAfterSeconds);
		return english ? """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Please try again in a moment — SIAPkerja</title>
				<link rel="stylesheet" href="/webkit/siapkerja.css"></head>
				<body><main class="container py-4"><h1>Very busy right now</h1>
				<p>Many people are opening SIAPkerja at the same time. Nothing you sent before was lost.
				Please try again in %s seconds.</p><p><a href="">Try again</a></p></main></body></html>
				""".formatted(seconds) : """
				<!DOCTYPE html>
				<html lang="id"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Coba lagi sebentar — SIAPkerja</title>
				<link rel="stylesheet" href="/webkit/siapkerja.css"></head>
				<body><main class="container py-4"><h1>Sedang sangat ramai</h1>
				<p>Banyak orang membuka SIAPkerja pada saat yang sama. Yang sudah Anda kirim sebelumnya tidak hilang.
				Silakan coba lagi dalam %s detik.</p><p><a href="">Coba lagi</a></p></main></body></html>
				""".formatted(seconds);
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
