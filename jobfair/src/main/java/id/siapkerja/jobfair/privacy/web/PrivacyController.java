package id.siapkerja.jobfair.privacy.web;

import java.time.Duration;
import java.util.List;

import id.siapkerja.jobfair.privacy.Retention;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Kebijakan Privasi" of Jobfair ({@code /privasi}, linked from every page's footer):
 * what Jobfair keeps, what for, who sees it, how long (the periods its retention job
 * uses).
 */
@Controller
@RequiredArgsConstructor
class PrivacyController {

	/** One line of the retention table: what, and its period in days. */
	record Kept(String what, long days) {
	}

	private final Retention retention;

	@GetMapping("/privasi")
	String privacy(Model model) {
		Retention.Periods periods = this.retention.periods();
		model.addAttribute("kept",
				List.of(kept("privacy.jobfair.kept.applications", periods.applications()),
						kept("privacy.jobfair.kept.conversations", periods.conversations()),
						kept("privacy.jobfair.kept.notifications", periods.notifications()),
						kept("privacy.jobfair.kept.messages", periods.sentMessages())));
		return "privacy";
	}

	private static Kept kept(String what, Duration period) {
		return new Kept(what, Math.max(1, period.toDays()));
	}

}
