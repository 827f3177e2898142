package id.siapkerja.govsim.sms;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The gateway's memory: the last messages sent through it (newest first), the numbers
 * that never receive anything, and the switch that makes the whole gateway fail, so that
 * akun's outbox, retries and e-mail fallback can be seen and tested.
 */
@Service
public class SmsGateway {

	/** How the gateway behaves right now. */
	public enum Mode {

		NORMAL, FAILING

	}

	/** What became of a message handed to the gateway. */
	public enum Outcome {

		DELIVERED, UNDELIVERABLE, UNAVAILABLE

	}

	static final int KEPT = 5_000;

	private final Deque<Sms> messages = new ArrayDeque<>();

	private final AtomicLong ids = new AtomicLong();

	private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);

	private final Set<String> unreachable;

	private final Clock clock;

	SmsGateway(@Value("${siapkerja.govsim.sms.unreachable:+6289900000001,+6289900000002}") Set<String> unreachable) {
		this.unreachable = Set.copyOf(unreachable);
		this.clock = Clock.systemUTC();
	}

	public Mode mode() {
		return this.mode.get();
	}

	public void switchTo(Mode mode) {
		this.mode.set(mode);
	}

	/** The numbers configured never to receive anything. */
	public Set<String> unreachable() {
		return this.unreachable;
	}

	/** Takes a message: delivered, refused for an unreachable number, or not at all. */
	public Outcome send(String to, String text) {
		if (mode() == Mode.FAILING) {
			return Outcome.UNAVAILABLE;
		}
		boolean delivered = !this.unreachable.contains(to);
		synchronized (this.messages) {
			this.messages.addFirst(new Sms(this.ids.incrementAndGet(), to, text, this.clock.instant(), delivered));
			while (this.messages.size() > KEPT) {
				this.messages.removeLast();
			}
		}
		return delivered ? Outcome.DELIVERED : Outcome.UNDELIVERABLE;
	}

	/**
	 * How many messages the gateway took since it started, also those no longer kept (the
	 * bench waits for this number).
	 */
	public long received() {
		return this.ids.get();
	}

	/** The messages to one number (or all when {@code to} is blank), newest first. */
	public List<Sms> messages(String to) {
		List<Sms> found = new ArrayList<>();
		synchronized (this.messages) {
			for (Iterator<Sms> it = this.messages.iterator(); it.hasNext();) {
				Sms sms = it.next();
				if (to == null || to.isBlank() || sms.to().equals(to.strip())) {
					found.add(sms);
				}
			}
		}
		return found;
	}

}
