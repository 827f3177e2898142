package id.siapkerja.govsim.mail;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The caught e-mail: a page for people ({@code /mail}), and JSON for tests and scripts
 * ({@code /api/mail}, or {@code /mail} asked with {@code Accept: application/json}); both
 * take {@code ?to=} to keep one recipient's mail.
 */
@Controller
@RequiredArgsConstructor
class MailController {

	private final MailCatcher catcher;

	@GetMapping("/mail")
	String page(@RequestParam(name = "to", required = false) String to, Model model) {
		model.addAttribute("to", to);
		model.addAttribute("messages", this.catcher.messages(to));
		model.addAttribute("smtpPort", this.catcher.port());
		return "mail";
	}

	/** How many messages arrived since gov-sim started, without reading them. */
	@GetMapping(path = "/api/mail/count", produces = "application/json")
	@ResponseBody
	java.util.Map<String, Integer> count() {
		return java.util.Map.of("received", this.catcher.received());
	}

	@GetMapping(path = { "/api/mail", "/mail" }, produces = "application/json")
	@ResponseBody
	List<CaughtMail> messages(@RequestParam(name = "to", required = false) String to) {
		return this.catcher.messages(to);
	}

}
