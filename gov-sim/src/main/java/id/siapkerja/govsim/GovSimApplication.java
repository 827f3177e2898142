package id.siapkerja.govsim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GovSimApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovSimApplication.class, args);
	}

}
