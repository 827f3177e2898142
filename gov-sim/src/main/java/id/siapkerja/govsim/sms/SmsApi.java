package id.siapkerja.govsim.sms;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The gateway over HTTP. akun sends with {@code POST /sms/api/messages} and HTTP Basic
 * credentials; people read the inbox at {@code /sms}, tests and scripts at
 * {@code /api/sms?to=} (or {@code /sms} with {@code Accept: application/json}); the
 * NORMAL / FAILING switch is {@code GET}/{@code PUT /sms/api/mode} and a form on the
 * page.
 */
@Controller
class SmsApi {

	private final SmsGateway gateway;

	/**
	 * The Authorization headers of the senders (akun and Jobfair each have their own).
	 */
	private final java.util.Set<String> expectedAuthorizations;

	SmsApi(SmsGateway gateway,
			@Value("${siapkerja.govsim.sms.senders:akun:rahasia-dev,jobfair:rahasia-dev}") java.util.List<String> senders) {
		this.gateway = gateway;
		this.expectedAuthorizations = new java.util.HashSet<>();
		for (String sender : senders) {
			this.expectedAuthorizations
				.add("Basic " + Base64.getEncoder().encodeToString(sender.strip().getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** What a sender posts. */
	record SendRequest(String to, String text) {
	}

	@PostMapping("/sms/api/messages")
	@ResponseBody
	ResponseEntity<Map<String, String>> send(
			@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody SendRequest request) {
		if (authorization == null || !this.expectedAuthorizations.contains(authorization)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
		}
		if (request.to() == null || !request.to().matches("\\+\\d{8,15}") || request.text() == null
				|| request.text().isBlank()) {
			return ResponseEntity.badRequest().body(Map.of("error", "invalid"));
		}
		return switch (this.gateway.send(request.to(), request.text())) {
			case DELIVERED -> ResponseEntity.accepted().body(Map.of("status", "delivered"));
			case UNDELIVERABLE -> ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", "undeliverable"));
			case UNAVAILABLE ->
				ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "unavailable"));
		};
	}

	@GetMapping("/sms")
	String page(@RequestParam(name = "to", required = false) String to, Model model) {
		model.addAttribute("to", to);
		model.addAttribute("messages", this.gateway.messages(to));
		model.addAttribute("mode", this.gateway.mode());
		model.addAttribute("modes", SmsGateway.Mode.values());
		model.addAttribute("unreachable", this.gateway.unreachable());
		return "sms";
	}

	@GetMapping(path = { "/api/sms", "/sms" }, produces = "application/json")
	@ResponseBody
	List<Sms> messages(@RequestParam(name = "to", required = false) String to) {
		return this.gateway.messages(to);
	}

	/**
	 * How many messages arrived since gov-sim started (the inbox keeps the newest only).
	 */
	@GetMapping(path = "/api/sms/count", produces = "application/json")
	@ResponseBody
	java.util.Map<String, Long> count() {
		return java.util.Map.of("received", this.gateway.received());
	}

	@PostMapping("/sms/mode")
	String switchOnPage(@RequestParam SmsGateway.Mode mode) {
		this.gateway.switchTo(mode);
		return "redirect:/sms";
	}

	@GetMapping("/sms/api/mode")
	@ResponseBody
	Map<String, SmsGateway.Mode> mode() {
		return Map.of("mode", this.gateway.mode());
	}

	@PutMapping("/sms/api/mode")
	@ResponseBody
	Map<String, SmsGateway.Mode> switchMode(@RequestBody Map<String, SmsGateway.Mode> body) {
		SmsGateway.Mode mode = body.get("mode");
		if (mode != null) {
			this.gateway.switchTo(mode);
		}
		return mode();
	}

}
