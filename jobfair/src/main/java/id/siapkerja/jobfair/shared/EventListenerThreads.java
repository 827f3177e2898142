package id.siapkerja.jobfair.shared;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the listeners of events between modules run: four at a time, on their own
 * threads, the rest waiting in line. A fair opening publishes an event per application;
 * run all at once they would take the database connections the seekers' requests wait
 * for, and a request never waits for a listener (what waits is also in
 * {@code event_publication}, so a stopped instance loses nothing).
 */
@Configuration(proxyBeanMethods = false)
class EventListenerThreads implements AsyncConfigurer, DisposableBean {

	static final int AT_A_TIME = 4;

	private final ThreadPoolTaskExecutor executor;

	EventListenerThreads() {
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(AT_A_TIME);
		this.executor.setMaxPoolSize(AT_A_TIME);
		this.executor.setThreadNamePrefix("event-");
		this.executor.setDaemon(true);
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(10);
		this.executor.initialize();
	}

	@Override
	public Executor getAsyncExecutor() {
		return this.executor;
	}

	/** Lets the listeners under way finish (ten seconds at most) when the app stops. */
	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
