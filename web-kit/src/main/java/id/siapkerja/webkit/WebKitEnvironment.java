package id.siapkerja.webkit;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The defaults every SIAPkerja app shares (messages, locale, actuator probes), as the
 * lowest-priority property source so that an app or the environment can override each of
 * them; and, when started by the stack, the watch on the stack's process so that an app
 * never outlives it.
 */
public class WebKitEnvironment implements EnvironmentPostProcessor, Ordered {

	private final Log log;

	public WebKitEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(WebKitEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (var source : new PropertiesPropertySourceLoader().load("siapkerjaWebKitDefaults",
					new ClassPathResource("webkit-defaults.properties"))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Long parent = environment.getProperty("siapkerja.parent-pid", Long.class);
		// a training run of the AOT cache (the stack's, up to the end of the context
		// refresh) stops at once: a graceful exit would wait for a refresh that may be
		// waiting for a database going away with the stack
		boolean training = "onRefresh".equals(environment.getProperty("spring.context.exit"));
		if (parent != null) {
			ProcessHandle.of(parent).ifPresentOrElse((process) -> process.onExit().thenRun(() -> {
				this.log.warn("The stack that started this app (pid " + parent + ") is gone; shutting down");
				if (training) {
					Runtime.getRuntime().halt(0);
				}
				System.exit(0);
			}), () -> System.exit(0));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

}
