package id.siapkerja.jobfair.support;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

/**
 * One SMTP server (GreenMail) and one SMS gateway (WireMock) for every test context of
 * the run: the contexts Spring keeps cached all poll the same outbox table, so whichever
 * one sends a message, it arrives where the test reads it.
 */
public class SharedOutsideWorld implements ContextCustomizerFactory {

	public static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	public static final WireMockServer SMS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		MAIL.start();
		SMS.start();
		SMS.stubFor(post("/sms/api/messages").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"delivered\"}")));
	}

	/** The properties that point an application at them. */
	public static Map<String, Object> properties() {
		return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", MAIL.getSmtp().getPort(),
				"siapkerja.sms.base-url", SMS.baseUrl());
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new PointedAtThem();
	}

	/**
	 * Adds the properties to a test context (the same for every context: caching
	 * unchanged).
	 */
	record PointedAtThem() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sharedOutsideWorld", properties()));
		}

	}

}
