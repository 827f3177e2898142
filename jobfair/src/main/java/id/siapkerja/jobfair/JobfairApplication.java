package id.siapkerja.jobfair;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JobfairApplication {

	public static void main(String[] args) {
		SpringApplication.run(JobfairApplication.class, args);
	}

}
