package id.siapkerja.webkit.outbox;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

/**
 * The outbox of an app that sets {@code siapkerja.outbox.enabled=true} and has the
 * {@code outbox_message} table: SMS through the HTTP gateway ({@code siapkerja.sms.*}),
 * e-mail from {@code siapkerja.mail.from}, retries from
 * {@code siapkerja.outbox.retry-delay}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnProperty(name = "siapkerja.outbox.enabled", havingValue = "true")
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OutboxSeal outboxSeal() {
		return OutboxSeal.PLAIN;
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, OutboxSeal seal,
			Clock clock) {
		return new Outbox(jdbc, jdbcTemplate, seal, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	SmsGateway smsGateway(RestClient.Builder builder, @Value("${siapkerja.sms.base-url}") String baseUrl,
			@Value("${siapkerja.sms.username}") String username, @Value("${siapkerja.sms.password}") String password,
			@Value("${siapkerja.sms.connect-timeout:2s}") Duration connectTimeout,
			@Value("${siapkerja.sms.read-timeout:5s}") Duration readTimeout) {
		return new HttpSmsGateway(builder, baseUrl, username, password, connectTimeout, readTimeout);
	}

	@Bean
	OutboxDispatcher outboxDispatcher(JdbcClient jdbc, SmsGateway sms, JavaMailSender mail, OutboxSeal seal,
			Clock clock, @Value("${siapkerja.outbox.retry-delay:10s}") Duration retryDelay,
			@Value("${siapkerja.mail.from}") String from, @Value("${siapkerja.outbox.parallel:8}") int parallel) {
		return new OutboxDispatcher(jdbc, sms, mail, seal, clock, retryDelay, from, parallel);
	}

	/** The outbox per channel: sent, failed attempts, waiting, and the oldest wait. */
	@Bean
	io.micrometer.core.instrument.binder.MeterBinder outboxMetrics(OutboxDispatcher outbox) {
		return (registry) -> {
			for (String channel : OutboxDispatcher.channels()) {
				String name = channel.toLowerCase(java.util.Locale.ROOT);
				io.micrometer.core.instrument.FunctionCounter
					.builder("siapkerja.outbox.sent", outbox, (o) -> (double) o.sent(channel))
					.tag("channel", name)
					.description("messages sent")
					.register(registry);
				io.micrometer.core.instrument.FunctionCounter
					.builder("siapkerja.outbox.failed", outbox, (o) -> (double) o.failed(channel))
					.tag("channel", name)
					.description("failed attempts (retried later)")
					.register(registry);
				io.micrometer.core.instrument.Gauge
					.builder("siapkerja.outbox.waiting", outbox, (o) -> o.waiting(channel))
					.tag("channel", name)
					.description("messages waiting to be sent")
					.register(registry);
				io.micrometer.core.instrument.Gauge
					.builder("siapkerja.outbox.oldest", outbox, (o) -> o.oldestSeconds(channel))
					.tag("channel", name)
					.baseUnit("seconds")
					.description("how long the oldest waiting message has waited")
					.register(registry);
			}
		};
	}

}
