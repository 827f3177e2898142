package id.siapkerja.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When to start a crashed app again: after 1 s, then doubling up to a minute; an app that
 * crashed {@value #CRASH_LOOP} times within {@link #WINDOW} is in a crash loop and is
 * left stopped (restarting it would only hide the fault). Crashes older than the window
 * are forgotten, so an app that ran well for a while starts again from 1 s.
 */
final class Restarts {

	static final int CRASH_LOOP = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	private static final Duration LONGEST_DELAY = Duration.ofMinutes(1);

	private final Deque<Instant> crashes = new ArrayDeque<>();

	/**
	 * Records a crash; the wait before the next start, or null when it is a crash loop.
	 */
	Duration crashed(Instant at) {
		while (!this.crashes.isEmpty() && this.crashes.peekFirst().isBefore(at.minus(WINDOW))) {
			this.crashes.removeFirst();
		}
		this.crashes.addLast(at);
		if (this.crashes.size() >= CRASH_LOOP) {
			return null;
		}
		Duration delay = FIRST_DELAY.multipliedBy(1L << (this.crashes.size() - 1));
		return (delay.compareTo(LONGEST_DELAY) > 0) ? LONGEST_DELAY : delay;
	}

	/** Crashes within the window. */
	int recent() {
		return this.crashes.size();
	}

}
