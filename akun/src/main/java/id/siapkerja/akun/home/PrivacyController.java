package id.siapkerja.akun.home;

import java.time.Duration;
import java.util.List;

import id.siapkerja.akun.account.Retention;
import id.siapkerja.akun.archive.DataArchives;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Kebijakan Privasi" ({@code /privasi}, linked from every page's footer): what akun
 * keeps, what for, how long (the periods the retention job uses), the person's rights and
 * the promise about breaches.
 */
@Controller
@RequiredArgsConstructor
class PrivacyController {

	/** One line of the retention table: what, and its period in days or hours. */
	record Kept(String what, long amount, boolean hours) {
	}

	private final Retention retention;

	@GetMapping("/privasi")
	String privacy(Model model) {
		Retention.Periods periods = this.retention.periods();
		model.addAttribute("kept",
				List.of(new Kept("privacy.akun.kept.registrations", 24, true),
						days("privacy.akun.kept.codes", periods.codes()),
						days("privacy.akun.kept.activity", periods.activity()),
						days("privacy.akun.kept.registry", periods.registryChecks()),
						days("privacy.akun.kept.login-failures", periods.loginFailures()),
						days("privacy.akun.kept.feed", periods.feedEvents()),
						days("privacy.akun.kept.messages", periods.sentMessages()),
						new Kept("privacy.akun.kept.archives", DataArchives.KEPT.toDays(), false)));
		return "privacy";
	}

	private static Kept days(String what, Duration period) {
		return new Kept(what, Math.max(1, period.toDays()), false);
	}

}
