package id.siapkerja.webkit.web;

import java.io.IOException;
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
 * someone halfway through applying finishes instead of being sent back at the last step.
 * Someone who was asked to come back goes before those who come for the first time, the
 * one asked first before the others, so coming back is a place in the line, not a
 * lottery. Those not yet inside wait at most {@code newcomerWait} (a phone is not left
 * hanging): when the line ahead is longer than the instance works off in that time
 * (measured from the requests it served), the answer "coba lagi sebentar" comes at once.
 * <p>
 * Health checks and static files are not counted; a request that goes asynchronous (live
 * updates) gives its place back as soon as it has started.
 */
public class Admission extends OncePerRequestFilter {

	private static final BriefAnswer BUSY = new BriefAnswer("busy", "Coba lagi sebentar", "Sedang sangat ramai",
			"Banyak orang membuka SIAPkerja pada saat yang sama. Yang sudah Anda kirim sebelumnya tidak hilang."
					+ " Silakan coba lagi dalam %s detik.",
			"Please try again in a moment", "Very busy right now",
			"Many people are opening SIAPkerja at the same time. Nothing you sent before was lost."
					+ " Please try again in %s seconds.");

	private final int queue;

	private final Duration wait;

	private final long newcomerWaitNanos;

	private final int concurrent;

	private final int retryAfterSeconds;

	private final List<String> free;

	private final String sessionCookie;

	private final long insideNanos;

	/** Guards the places and both lines. */
	private final ReentrantLock lock = new ReentrantLock();

	private int placesFree;

	/** Those already inside, waiting for a place: served first. */
	private final ArrayDeque<Turn> insiders = new ArrayDeque<>();

	/**
	 * Those asked to come back before, waiting for a place: the one asked first comes
	 * first.
	 */
	private final java.util.PriorityQueue<Turn> returning = new java.util.PriorityQueue<>(
			java.util.Comparator.comparingLong((Turn turn) -> turn.since));

	/** Newcomers waiting for a place, in arrival order. */
	private final ArrayDeque<Turn> newcomers = new ArrayDeque<>();

	/** When each session was last let in (a hash of its cookie, nanoTime). */
	private final ConcurrentHashMap<Integer, Long> lastLetIn = new ConcurrentHashMap<>();

	/**
	 * When each session not yet let in was first asked to come back (a hash of its
	 * cookie, nanoTime).
	 */
	private final ConcurrentHashMap<Integer, Long> askedBack = new ConcurrentHashMap<>();

	/**
	 * How long a request is worked on, on average (nanoseconds, a moving average): with
	 * the line's length, how long a newcomer would wait.
	 */
	private volatile double serviceNanos;

	/**
	 * Until the first requests are measured: a page's time under load, so a surge at
	 * start-up does not all queue up.
	 */
	private static final double INITIAL_SERVICE_NANOS = 100_000_000;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicInteger working = new AtomicInteger();

	Admission(int concurrent, int queue, Duration wait, int retryAfterSeconds, List<String> free) {
		this(concurrent, queue, wait, retryAfterSeconds, free, "SESSION", Duration.ofMinutes(2));
	}

	Admission(int concurrent, int queue, Duration wait, int retryAfterSeconds, List<String> free, String sessionCookie,
			Duration inside) {
		this(concurrent, queue, wait, wait, retryAfterSeconds, free, sessionCookie, inside);
	}

	Admission(int concurrent, int queue, Duration wait, Duration newcomerWait, int retryAfterSeconds, List<String> free,
			String sessionCookie, Duration inside) {
		this.concurrent = concurrent;
		this.placesFree = concurrent;
		this.queue = queue;
		this.wait = wait;
		this.newcomerWaitNanos = Math.min(wait.toNanos(), newcomerWait.toNanos());
		this.retryAfterSeconds = retryAfterSeconds;
		this.free = List.copyOf(free);
		this.sessionCookie = sessionCookie;
		this.insideNanos = inside.toNanos();
	}

	/** One request's turn: granted when a place is handed to it. */
	private static final class Turn {

		private final Thread waiter = Thread.currentThread();

		/** When this person first asked (for one asked to come back: the first time). */
		private final long since;

		private volatile boolean granted;

		Turn(long since) {
			this.since = since;
		}

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
			if (session != null) {
				askBack(session);
			}
			this.refused.incrementAndGet();
			tryAgainSoon(request, response);
			return;
		}
		if (session != null) {
			letIn(session);
		}
		this.working.incrementAndGet();
		long began = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.working.decrementAndGet();
			long took = System.nanoTime() - began;
			double mean = this.serviceNanos;
			this.serviceNanos = (mean == 0) ? took : mean + (took - mean) / 32;
			release();
		}
	}

	private boolean admitted(Integer session) {
		long now = System.nanoTime();
		boolean inside = inside(session);
		Long askedBefore = (session != null && !inside) ? this.askedBack.get(session) : null;
		Turn turn = new Turn(askedBefore != null ? askedBefore : now);
		long maxWait;
		this.lock.lock();
		try {
			if (this.placesFree > 0) {
				this.placesFree--;
				return true;
			}
			if (this.waiting.get() >= this.queue) {
				return false;
			}
			if (inside) {
				this.insiders.addLast(turn);
				maxWait = this.wait.toNanos();
			}
			else {
				// not yet inside: waits only when its turn would come soon
				int ahead = this.insiders.size() + (askedBefore == null ? this.returning.size() + this.newcomers.size()
						: asked(this.returning, turn.since));
				double service = (this.serviceNanos == 0) ? INITIAL_SERVICE_NANOS : this.serviceNanos;
				if ((ahead + 1) * service / this.concurrent > this.newcomerWaitNanos) {
					return false;
				}
				(askedBefore != null ? this.returning : this.newcomers).add(turn);
				maxWait = this.newcomerWaitNanos;
			}
			this.waiting.incrementAndGet();
		}
		finally {
			this.lock.unlock();
		}
		long deadline = now + maxWait;
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
			if (this.insiders.remove(turn) || this.returning.remove(turn) || this.newcomers.remove(turn)) {
				this.waiting.decrementAndGet();
			}
			return false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How many of those asked back were asked before {@code since}. */
	private static int asked(java.util.PriorityQueue<Turn> returning, long since) {
		int before = 0;
		for (Turn other : returning) {
			if (other.since <= since) {
				before++;
			}
		}
		return before;
	}

	/**
	 * The place goes to the first insider waiting, else to the one asked back first, else
	 * to the first newcomer.
	 */
	private void release() {
		Turn next;
		this.lock.lock();
		try {
			next = this.insiders.pollFirst();
			if (next == null) {
				next = this.returning.poll();
			}
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
		this.askedBack.remove(session);
		if (this.lastLetIn.size() > 50_000) {
			// a bounded memory: those not seen for the inside time are outside again
			this.lastLetIn.values().removeIf((last) -> now - last >= this.insideNanos);
		}
	}

	/** Remembers when a session was first asked to come back: its place in the line. */
	private void askBack(Integer session) {
		long now = System.nanoTime();
		this.askedBack.putIfAbsent(session, now);
		if (this.askedBack.size() > 50_000) {
			// a bounded memory: whoever has not come back for a long time starts anew
			this.askedBack.values().removeIf((since) -> now - since >= this.insideNanos);
		}
	}

	private void tryAgainSoon(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// a little more for some: those sent back together do not all come back in the
		// same second
		int retryAfter = this.retryAfterSeconds
				+ java.util.concurrent.ThreadLocalRandom.current().nextInt(this.retryAfterSeconds / 2 + 1);
		BUSY.write(request, response, retryAfter);
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

}
