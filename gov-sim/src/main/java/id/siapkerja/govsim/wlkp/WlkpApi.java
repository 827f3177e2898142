package id.siapkerja.govsim.wlkp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * WLKP over HTTP as Jobfair's adapter calls it: {@code GET /wlkp/api/companies/{code}}
 * with HTTP Basic credentials (200 with the company, 404 for an unknown code, 503 when
 * failing); {@code GET}/{@code PUT /wlkp/api/mode} reads and flips the switch. The page
 * {@code /wlkp/companies} lists the companies for a tester.
 */
@Controller
class WlkpApi {

	static final int PAGE_SIZE = 50;

	static final Duration SLOW_DELAY = Duration.ofSeconds(15);

	private final Wlkp wlkp;

	private final String expectedAuthorization;

	WlkpApi(Wlkp wlkp, @Value("${siapkerja.govsim.wlkp.username:jobfair}") String username,
			@Value("${siapkerja.govsim.wlkp.password:rahasia-dev}") String password) {
		this.wlkp = wlkp;
		this.expectedAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/wlkp/api/companies/{code}")
	@ResponseBody
	ResponseEntity<?> company(@RequestHeader(name = "Authorization", required = false) String authorization,
			@PathVariable String code) throws InterruptedException {
		if (!this.expectedAuthorization.equals(authorization)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
		}
		switch (this.wlkp.mode()) {
			case FAILING -> {
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "unavailable"));
			}
			case SLOW -> Thread.sleep(SLOW_DELAY);
			case NORMAL -> {
			}
		}
		return this.wlkp.byCode(code)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found")));
	}

	@GetMapping("/wlkp/api/mode")
	@ResponseBody
	Map<String, Wlkp.Mode> mode() {
		return Map.of("mode", this.wlkp.mode());
	}

	@PutMapping("/wlkp/api/mode")
	@ResponseBody
	Map<String, Wlkp.Mode> switchMode(@RequestBody Map<String, Wlkp.Mode> body) {
		Wlkp.Mode mode = body.get("mode");
		if (mode != null) {
			this.wlkp.switchTo(mode);
		}
		return mode();
	}

	@GetMapping("/wlkp/companies")
	String companies(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		List<ReportedCompany> all = this.wlkp.all();
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.clamp(page, 1, pages);
		model.addAttribute("companies",
				all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", all.size());
		model.addAttribute("mode", this.wlkp.mode());
		model.addAttribute("modes", Wlkp.Mode.values());
		return "wlkp/companies";
	}

	@PostMapping("/wlkp/mode")
	String switchOnPage(@RequestParam("mode") Wlkp.Mode mode) {
		this.wlkp.switchTo(mode);
		return "redirect:/wlkp/companies";
	}

}
