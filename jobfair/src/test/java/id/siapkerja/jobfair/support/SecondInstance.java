package id.siapkerja.jobfair.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.siapkerja.jobfair.JobfairApplication;
import id.siapkerja.webkit.test.TestClock;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A second instance of the whole Jobfair application next to the test's: its own web
 * server, scheduler, connection pool and message listener, on the same database and moved
 * by the same clock.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	public static ConfigurableApplicationContext start(Environment first, TestClock clock, String... arguments) {
		String[] all = new String[arguments.length + 8];
		all[0] = "--server.port=0";
		all[1] = "--spring.main.banner-mode=off";
		all[2] = "--spring.datasource.url=" + first.getProperty("spring.datasource.url");
		all[3] = "--spring.datasource.username=" + first.getProperty("spring.datasource.username");
		all[4] = "--spring.datasource.password=" + first.getProperty("spring.datasource.password");
		all[5] = "--spring.mail.host=127.0.0.1";
		all[6] = "--spring.mail.port=" + SharedOutsideWorld.MAIL.getSmtp().getPort();
		all[7] = "--siapkerja.sms.base-url=" + SharedOutsideWorld.SMS.baseUrl();
		System.arraycopy(arguments, 0, all, 8, arguments.length);
		return new SpringApplicationBuilder(JobfairApplication.class).initializers((context) -> {
			context.getBeanFactory().registerSingleton("noTestConfigurations", new NoTestConfigurations());
			((GenericApplicationContext) context).registerBean("secondInstanceClock", TestClock.class, () -> clock,
					(definition) -> definition.setPrimary(true));
		}).run(all);
	}

	/**
	 * The whole application on an embedded PostgreSQL of its own (in the data directory),
	 * for fault tests that stop the database.
	 */
	public static ConfigurableApplicationContext alone(Path dataDir, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--siapkerja.data-dir=" + dataDir, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + SharedOutsideWorld.MAIL.getSmtp().getPort(),
				"--siapkerja.sms.base-url=" + SharedOutsideWorld.SMS.baseUrl()));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(JobfairApplication.class)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("noTestConfigurations", new NoTestConfigurations()))
			.run(all.toArray(String[]::new));
	}

	/**
	 * The second instance scans the same packages as the first, test classes included;
	 * like Spring Boot's test support, it leaves the tests' own configurations out.
	 */
	static final class NoTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
					|| reader.getClassMetadata().getClassName().endsWith("Tests")
					|| reader.getClassMetadata().getClassName().contains(".support.");
		}

	}

}
