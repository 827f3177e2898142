package id.siapkerja.jobfair;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
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
