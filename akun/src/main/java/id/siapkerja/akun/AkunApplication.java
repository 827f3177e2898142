package id.siapkerja.akun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AkunApplication {

	public static void main(String[] args) {
		SpringApplication.run(AkunApplication.class, args);
	}

}
