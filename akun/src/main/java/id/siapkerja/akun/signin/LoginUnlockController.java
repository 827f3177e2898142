package id.siapkerja.akun.signin;

import id.siapkerja.akun.account.Activity;
import id.siapkerja.akun.account.LinkTokens;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Buka penahanan": the link in the hold mail. Opening it shows a button (a mail scanner
 * fetching the link changes nothing); pressing it lifts every login hold of the account,
 * once.
 */
@Controller
@RequiredArgsConstructor
class LoginUnlockController {

	private final LinkTokens links;

	private final LoginThrottle throttle;

	private final Activity activity;

	@GetMapping("/login/buka")
	String page(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", this.links.find(token, LinkTokens.Purpose.LOGIN_UNLOCK).isPresent());
		return "signin/unlock";
	}

	@PostMapping("/login/buka")
	@Transactional
	String unlock(@RequestParam(name = "token", required = false) String token, HttpServletRequest request,
			Model model) {
		return this.links.use(token, LinkTokens.Purpose.LOGIN_UNLOCK).map((link) -> {
			this.throttle.liftAll(link.account());
			this.activity.record(link.account(), Activity.Kind.LOGIN_UNLOCKED, request.getRemoteAddr(), null);
			return "redirect:/login?dibuka";
		}).orElseGet(() -> {
			model.addAttribute("valid", false);
			return "signin/unlock";
		});
	}

}
