package id.siapkerja.govsim.dukcapil;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's HTTP API, as akun's adapter calls it: {@code POST /dukcapil/api/verify}
 * with HTTP Basic credentials; {@code GET}/{@code PUT /dukcapil/api/mode} reads and flips
 * the NORMAL / SLOW / FAILING switch.
 */
@RestController
class DukcapilApi {

	private final Registry registry;

	private final String expectedAuthorization;

	DukcapilApi(Registry registry, @Value("${siapkerja.govsim.dukcapil.username:akun}") String username,
			@Value("${siapkerja.govsim.dukcapil.password:rahasia-dev}") String password) {
		this.registry = registry;
		this.expectedAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** What akun asks. */
	record VerifyRequest(String nik, String motherName, String fullName, LocalDate birthDate) {
	}

	@PostMapping("/dukcapil/api/verify")
	ResponseEntity<?> verify(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody VerifyRequest request) throws InterruptedException {
		if (!this.expectedAuthorization.equals(authorization)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
		}
		switch (this.registry.mode()) {
			case FAILING -> {
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "unavailable"));
			}
			case SLOW -> Thread.sleep(Registry.SLOW_DELAY);
			case NORMAL -> {
			}
		}
		Registry.Verification verification = this.registry.verify(request.nik(), request.motherName(),
				request.fullName(), request.birthDate());
		return ResponseEntity.ok(verification.resident() == null ? Map.of("answer", verification.answer())
				: Map.of("answer", verification.answer(), "resident", verification.resident()));
	}

	@GetMapping("/dukcapil/api/mode")
	Map<String, Registry.Mode> mode() {
		return Map.of("mode", this.registry.mode());
	}

	@PutMapping("/dukcapil/api/mode")
	Map<String, Registry.Mode> switchMode(@RequestBody Map<String, Registry.Mode> body) {
		Registry.Mode mode = body.get("mode");
		if (mode != null) {
			this.registry.switchTo(mode);
		}
		return mode();
	}

}
