package id.siapkerja.jobfair.signin.web;

import id.siapkerja.jobfair.signin.ReAuthentication;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /masuk-ulang?kembali=...}: confirming a sensitive action with the password, then
 * back to where the person was (a path of Jobfair only).
 */
@Controller
@RequiredArgsConstructor
class ReAuthenticationController {

	private final ReAuthentication reAuthentication;

	@GetMapping("/masuk-ulang")
	String reAuthenticate(@RequestParam(name = "kembali", defaultValue = "/saya") String back,
			@AuthenticationPrincipal OidcUser user, HttpServletRequest request, HttpServletResponse response) {
		String target = back.startsWith("/") && !back.startsWith("//") ? back : "/saya";
		if (this.reAuthentication.isFresh(user)) {
			return "redirect:" + target;
		}
		// back here after the login, and from here to where the person was
		return this.reAuthentication.request(request, response);
	}

}
