package id.siapkerja.jobfair;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableAsync
public class JobfairApplication {

	public static void main(String[] args) {
		SpringApplication.run(JobfairApplication.class, args);
	}

	/** The time every rule reads, so that tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
