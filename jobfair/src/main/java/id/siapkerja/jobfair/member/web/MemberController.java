package id.siapkerja.jobfair.member.web;

import id.siapkerja.jobfair.member.Members;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Akun saya di Jobfair": what Jobfair knows of the person, all of it from akun. */
@Controller
@RequiredArgsConstructor
class MemberController {

	private final Members members;

	@GetMapping("/saya")
	String me(@AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("member",
				this.members.bySub(user.getSubject()).orElseGet(() -> this.members.loggedIn(user)));
		return "member/me";
	}

	/**
	 * "Pemberitahuan": SMS for the check-in reminder and e-mail can be turned off; the
	 * page's cannot.
	 */
	@PostMapping("/saya/pemberitahuan")
	String preferences(@AuthenticationPrincipal OidcUser user, @RequestParam(defaultValue = "false") boolean sms,
			@RequestParam(defaultValue = "false") boolean email, RedirectAttributes redirect) {
		this.members.choose(user.getSubject(), sms, email);
		redirect.addFlashAttribute("preferencesSaved", true);
		return "redirect:/saya";
	}

}
