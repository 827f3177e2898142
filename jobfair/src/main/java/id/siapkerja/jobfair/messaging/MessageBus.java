package id.siapkerja.jobfair.messaging;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live delivery across instances: a sent message is announced with PostgreSQL
 * {@code NOTIFY} when its transaction commits; every instance {@code LISTEN}s on its own
 * connection and tells the browsers it serves that have the conversation open
 * (Server-Sent Events), which then fetch the new messages.
 */
@Component
public class MessageBus implements InitializingBean, DisposableBean {

	static final String CHANNEL = "jobfair_messages";

	private static final Logger log = LoggerFactory.getLogger(MessageBus.class);

	private final Map<UUID, Set<SseEmitter>> open = new ConcurrentHashMap<>();

	private final Environment environment;

	private volatile boolean running = true;

	private Thread listener;

	MessageBus(Environment environment, MeterRegistry meters) {
		this.environment = environment;
		Gauge
			.builder("siapkerja.live.connections", this.open,
					(open) -> open.values().stream().mapToInt(Set::size).sum())
			.description("browsers connected for live updates (Server-Sent Events)")
			.register(meters);
	}

	/** A browser watching a conversation; forgotten when it goes away. */
	public SseEmitter watch(UUID conversation) {
		SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
		Set<SseEmitter> watchers = this.open.computeIfAbsent(conversation, (id) -> ConcurrentHashMap.newKeySet());
		watchers.add(emitter);
		Runnable forget = () -> watchers.remove(emitter);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError((ex) -> forget.run());
		try {
			emitter.send(SseEmitter.event().name("ready").data("ok"));
		}
		catch (IOException ex) {
			forget.run();
		}
		return emitter;
	}

	/**
	 * How many browsers this instance serves for a conversation (for tests and health).
	 */
	int watching(UUID conversation) {
		return this.open.getOrDefault(conversation, Set.of()).size();
	}

	void deliver(UUID conversation) {
		for (SseEmitter emitter : this.open.getOrDefault(conversation, Set.of())) {
			try {
				emitter.send(SseEmitter.event().name("pesan").data(conversation.toString()));
			}
			catch (IOException | IllegalStateException ex) {
				this.open.getOrDefault(conversation, Set.of()).remove(emitter);
			}
		}
	}

	@Override
	public void afterPropertiesSet() {
		this.listener = Thread.ofPlatform().daemon().name("jobfair-message-bus").start(this::listen);
	}

	@Override
	public void destroy() {
		this.running = false;
		if (this.listener != null) {
			this.listener.interrupt();
		}
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(
					this.environment.getRequiredProperty("spring.datasource.url"),
					this.environment.getProperty("spring.datasource.username"),
					this.environment.getProperty("spring.datasource.password"))) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(5_000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(UUID.fromString(notification.getParameter()));
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					log.warn("Listening for messages stopped ({}); trying again", ex.getClass().getSimpleName());
					try {
						Thread.sleep(2_000);
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}
	}

}
